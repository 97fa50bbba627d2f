// glibc's iconv, one descriptor per charset kept for the whole run (the generator is
// single-threaded), reset before each text.
#include "charset.hpp"

#include <iconv.h>

#include <cerrno>
#include <map>

namespace cvdex::gen {
namespace {

// The open descriptors, closed when the program ends (so leak checkers see none left open).
class Converters {
public:
    Converters() = default;
    Converters(const Converters&) = delete;
    Converters& operator=(const Converters&) = delete;
    ~Converters() {
        for (auto& [name, cd] : open_)
            if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
    }

    iconv_t get(std::string_view charset) {
        auto found = open_.find(charset);
        if (found != open_.end()) return found->second;
        iconv_t cd = iconv_open(std::string(charset).c_str(), "UTF-8");
        open_.emplace(std::string(charset), cd);
        return cd;
    }

private:
    std::map<std::string, iconv_t, std::less<>> open_;
};

iconv_t converter(std::string_view charset) {
    static Converters converters;
    return converters.get(charset);
}

}  // namespace

bool encode_legacy(std::string& text, std::string_view charset) {
    iconv_t cd = converter(charset);
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    std::string out(text.size(), '\0');  // single-byte charsets never grow the text
    char* in = text.data();
    std::size_t in_left = text.size();
    char* to = out.data();
    std::size_t to_left = out.size();
    if (iconv(cd, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1)) return false;
    out.resize(out.size() - to_left);
    text = std::move(out);
    return true;
}

}  // namespace cvdex::gen
