#include "record_view.hpp"

#include <cstring>

namespace cvdex::query {
namespace {

struct Malformed {};

class Scanner {
public:
    explicit Scanner(std::string_view s) : s_(s) {}

    void ws() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r')) ++pos_;
    }
    char peek() {
        ws();
        if (pos_ >= s_.size()) throw Malformed{};
        return s_[pos_];
    }
    void expect(char c) {
        if (peek() != c) throw Malformed{};
        ++pos_;
    }
    bool consume(char c) {
        if (peek() != c) return false;
        ++pos_;
        return true;
    }

    // A string's raw bytes between the quotes (escapes undecoded), found with memchr.
    std::string_view raw_string() {
        expect('"');
        std::size_t start = pos_;
        for (;;) {
            const void* hit = std::memchr(s_.data() + pos_, '"', s_.size() - pos_);
            if (!hit) throw Malformed{};
            std::size_t quote = static_cast<std::size_t>(static_cast<const char*>(hit) - s_.data());
            std::size_t backslashes = 0;
            while (quote - backslashes > start && s_[quote - backslashes - 1] == '\\') ++backslashes;
            pos_ = quote + 1;
            if (backslashes % 2 == 0) return s_.substr(start, quote - start);
        }
    }

    std::string string() {
        std::string_view raw = raw_string();
        if (raw.find('\\') == std::string_view::npos) return std::string(raw);
        std::string out;
        out.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\' || i + 1 >= raw.size()) {
                // Copy the run up to the next escape in one go.
                std::size_t next = raw.find('\\', i + 1);
                if (next == std::string_view::npos || next + 1 >= raw.size()) next = raw.size();
                out.append(raw.substr(i, next - i));
                i = next - 1;
                continue;
            }
            char e = raw[++i];
            switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    unsigned cp = hex4(raw, i + 1);
                    i += 4;
                    if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < raw.size() && raw.substr(i + 1, 2) == "\\u") {
                        unsigned low = hex4(raw, i + 3);
                        if (low >= 0xDC00 && low < 0xE000) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            i += 6;
                        }
                    }
                    append_utf8(out, cp);
                    break;
                }
                default: out += e; break;  // \" \\ \/
            }
        }
        return out;
    }

    double number() {
        ws();
        std::size_t start = pos_;
        while (pos_ < s_.size() && (std::strchr("+-.eE", s_[pos_]) || (s_[pos_] >= '0' && s_[pos_] <= '9'))) ++pos_;
        if (start == pos_) throw Malformed{};
        return std::strtod(std::string(s_.substr(start, pos_ - start)).c_str(), nullptr);
    }

    bool boolean_or_null() {
        ws();
        for (std::string_view word : {"true", "false", "null"})
            if (s_.substr(pos_, word.size()) == word) {
                pos_ += word.size();
                return word == "true";
            }
        throw Malformed{};
    }

    bool is_null() {
        ws();
        if (s_.substr(pos_, 4) != "null") return false;
        pos_ += 4;
        return true;
    }

    void skip_value(int depth = 0) {
        if (depth > 200) throw Malformed{};
        char c = peek();
        if (c == '"') {
            raw_string();
        } else if (c == '{') {
            ++pos_;
            if (consume('}')) return;
            do {
                raw_string();
                expect(':');
                skip_value(depth + 1);
            } while (consume(','));
            expect('}');
        } else if (c == '[') {
            ++pos_;
            if (consume(']')) return;
            do skip_value(depth + 1);
            while (consume(','));
            expect(']');
        } else if (c == 't' || c == 'f' || c == 'n') {
            boolean_or_null();
        } else {
            number();
        }
    }

    // Calls on_key(key) for each member of an object; on_key reads or skips the value.
    template <typename F>
    void object(F&& on_key) {
        expect('{');
        if (consume('}')) return;
        do {
            std::string_view key = raw_string();
            expect(':');
            on_key(key);
        } while (consume(','));
        expect('}');
    }
    template <typename F>
    void array(F&& on_item) {
        expect('[');
        if (consume(']')) return;
        do on_item();
        while (consume(','));
        expect(']');
    }

    std::string string_or_empty() {
        if (peek() == '"') return string();
        skip_value();
        return {};
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;

    static unsigned hex4(std::string_view raw, std::size_t at) {
        if (at + 4 > raw.size()) throw Malformed{};
        unsigned v = 0;
        for (std::size_t k = at; k < at + 4; ++k) {
            char c = raw[k];
            v <<= 4;
            if (c >= '0' && c <= '9') v |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f') v |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') v |= static_cast<unsigned>(c - 'A' + 10);
            else throw Malformed{};
        }
        return v;
    }
    static void append_utf8(std::string& out, unsigned cp) {
        if (cp >= 0xD800 && cp < 0xE000) cp = 0xFFFD;
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
};

}  // namespace

bool read_record(std::string_view data, RecordView& out, bool want_text) {
    Scanner in(data);
    try {
        in.object([&](std::string_view key) {
            if (key == "name") {
                out.name = in.string_or_empty();
            } else if (key == "location") {
                out.location = in.string_or_empty();
            } else if (key == "experience_months") {
                if (in.is_null()) return;
                out.experience_months = static_cast<int>(in.number());
            } else if (key == "text" && want_text) {
                out.text = in.string_or_empty();
            } else if (key == "file") {
                in.object([&](std::string_view k) {
                    if (k == "path") out.path = in.string_or_empty();
                    else in.skip_value();
                });
            } else if (key == "jobs") {
                in.array([&] {
                    RecordView::Job job;
                    in.object([&](std::string_view k) {
                        if (k == "employer") job.employer = in.string_or_empty();
                        else if (k == "title") job.title = in.string_or_empty();
                        else if (k == "location") job.location = in.string_or_empty();
                        else if (k == "current") job.current = in.boolean_or_null();
                        else in.skip_value();
                    });
                    out.jobs.push_back(std::move(job));
                });
            } else if (key == "skills") {
                in.array([&] {
                    RecordView::SkillEntry skill;
                    in.object([&](std::string_view k) {
                        if (k == "name") {
                            skill.name = in.string_or_empty();
                        } else if (k == "months") {
                            if (!in.is_null()) skill.months = static_cast<int>(in.number());
                        } else if (k == "last_used") {
                            if (!in.is_null()) skill.last_used = YearMonth::parse(in.string_or_empty());
                        } else {
                            in.skip_value();
                        }
                    });
                    out.skills.push_back(std::move(skill));
                });
            } else {
                in.skip_value();
            }
        });
    } catch (const Malformed&) {
        return false;
    }
    return true;
}

}  // namespace cvdex::query
