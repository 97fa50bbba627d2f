// Recursive descent over the tokens:
//   query   := or_expr
//   or_expr := and_expr ("OR" and_expr)*
//   and_expr:= unary ( ["AND"] unary | ["AND"] ("NOT" | "-") unary )*
//   unary   := ["+"] primary
//   primary := "(" or_expr ")" | FIELD value | PHRASE | WORD
#include "parser.hpp"

#include <cctype>
#include <charconv>
#include <cmath>

#include "cvdex/schema.hpp"
#include "cvdex/search_errors.hpp"
#include "lexer.hpp"

namespace cvdex::query {
namespace {

constexpr std::size_t max_depth = 64;  // parentheses nesting; deeper is an error, not a stack overflow
constexpr std::size_t max_skill_run = 3;  // "google cloud platform"
constexpr std::size_t max_terms = 64;     // bounds the work one query can ask for

std::optional<double> parse_number(std::string_view text) {
    if (text.empty()) return std::nullopt;
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return value;
}

class Parser {
public:
    Parser(const CleanText& clean, const Taxonomy& taxonomy)
        : clean_(clean), taxonomy_(taxonomy), tokens_(tokenize(clean)) {}

    Node parse() {
        if (tokens_.empty()) return Node{};
        Node node = or_expr(0);
        if (pos_ < tokens_.size()) {
            const Token& t = tokens_[pos_];
            throw error(t.kind == Token::Kind::close ? "unbalanced ')'" : "unexpected '" + t.text + "'", t.begin);
        }
        return node;
    }

private:
    const CleanText& clean_;
    const Taxonomy& taxonomy_;
    std::vector<Token> tokens_;
    std::size_t pos_ = 0;
    std::size_t terms_ = 0;

    QuerySyntaxError error(const std::string& message, std::size_t byte) const {
        return QuerySyntaxError(message, clean_.original_position(byte));
    }
    bool at(Token::Kind kind) const { return pos_ < tokens_.size() && tokens_[pos_].kind == kind; }
    std::size_t here() const { return pos_ < tokens_.size() ? tokens_[pos_].begin : clean_.text.size(); }

    Node or_expr(std::size_t depth) {
        Node first = and_expr(depth);
        if (!at(Token::Kind::op_or)) return first;
        Node any;
        any.kind = Node::Kind::any_of;
        any.children.push_back(std::move(first));
        while (at(Token::Kind::op_or)) {
            ++pos_;
            if (pos_ >= tokens_.size() || at(Token::Kind::close) || at(Token::Kind::op_or))
                throw error("OR needs a term after it", here());
            any.children.push_back(and_expr(depth));
        }
        return any;
    }

    Node and_expr(std::size_t depth) {
        std::vector<Node> positive, negative;
        bool expect_term = false;
        std::size_t operator_at = 0;
        while (pos_ < tokens_.size() && !at(Token::Kind::op_or) && !at(Token::Kind::close)) {
            if (at(Token::Kind::op_and)) {
                if (positive.empty() && negative.empty()) throw error("AND needs a term before it", here());
                operator_at = here();
                expect_term = true;
                ++pos_;
                continue;
            }
            bool negate = false;
            if (at(Token::Kind::op_not) || at(Token::Kind::minus)) {
                operator_at = here();
                negate = true;
                ++pos_;
            } else if (at(Token::Kind::plus)) {
                ++pos_;
            }
            if (pos_ >= tokens_.size() || at(Token::Kind::op_or) || at(Token::Kind::close) ||
                at(Token::Kind::op_and) || at(Token::Kind::op_not))
                throw error(negate ? "NOT needs a term after it" : "AND needs a term after it",
                            negate ? operator_at : here());
            expect_term = false;
            (negate ? negative : positive).push_back(primary(depth));
        }
        if (expect_term) throw error("AND needs a term after it", operator_at);
        if (positive.empty() && negative.empty())
            throw error(at(Token::Kind::op_or) ? "OR needs a term before it" : "empty expression", here());
        merge_skill_runs(positive);
        Node result;
        if (positive.size() == 1) {
            result = std::move(positive.front());
        } else if (positive.empty()) {
            result.kind = Node::Kind::match_all;  // "-java": everyone without Java
        } else {
            result.kind = Node::Kind::all_of;
            result.children = std::move(positive);
        }
        if (negative.empty()) return result;
        Node excluded;
        if (negative.size() == 1) {
            excluded = std::move(negative.front());
        } else {
            excluded.kind = Node::Kind::any_of;
            excluded.children = std::move(negative);
        }
        Node but_not;
        but_not.kind = Node::Kind::but_not;
        but_not.children.push_back(std::move(result));
        but_not.children.push_back(std::move(excluded));
        return but_not;
    }

    Node primary(std::size_t depth) {
        const Token& t = tokens_[pos_];
        if (t.kind != Token::Kind::open && ++terms_ > max_terms)
            throw error("too many terms (at most " + std::to_string(max_terms) + ")", t.begin);
        switch (t.kind) {
            case Token::Kind::open: {
                if (depth >= max_depth) throw error("parentheses nested too deeply", t.begin);
                std::size_t open_at = t.begin;
                ++pos_;
                if (at(Token::Kind::close)) throw error("empty parentheses", open_at);
                Node inner = or_expr(depth + 1);
                if (!at(Token::Kind::close)) throw error("unbalanced '('", open_at);
                ++pos_;
                return inner;
            }
            case Token::Kind::field: return field(t);
            case Token::Kind::phrase: ++pos_; return text_node(t, "", true);
            case Token::Kind::word: ++pos_; return text_node(t, "", false);
            default: throw error("unexpected '" + t.text + "'", t.begin);
        }
    }

    Node text_node(const Token& t, std::string prefix, bool phrase) {
        Node node;
        node.kind = Node::Kind::text;
        node.text = t.text;
        node.prefix = std::move(prefix);
        node.default_field = node.prefix.empty();
        node.phrase = phrase;
        node.begin = t.begin;
        node.end = t.end;
        if (!phrase && node.text.size() > 1 && node.text.back() == '*') {
            node.wildcard = true;
            node.text.pop_back();
        }
        return node;
    }

    Node field(const Token& field_token) {
        ++pos_;
        if (!(at(Token::Kind::word) || at(Token::Kind::phrase)))
            throw error(field_token.text + ": needs a value", field_token.begin);
        const Token& value = tokens_[pos_++];
        const std::string& name = field_token.text;
        if (name == "years") return years_node(value);
        if (name == "skill_years") return skill_years_node(value);
        if (name == "skill") return skill_node(value);
        for (const schema::SectionField& section : schema::section_fields)
            if (section.name == name) return text_node(value, std::string(section.prefix), value.kind == Token::Kind::phrase);
        const schema::Field& f = schema::field(name == "company" ? "employer" : name);
        if (!f.text_prefix.empty()) return text_node(value, std::string(f.text_prefix), value.kind == Token::Kind::phrase);
        Node node;  // lang:, format: exact values as the indexer writes them ("json_resume")
        node.kind = Node::Kind::boolean;
        std::string exact = value.text;
        for (char& c : exact) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        node.text = std::string(f.boolean_prefix) + exact;
        node.begin = value.begin;
        node.end = value.end;
        return node;
    }

    Node skill_node(const Token& value) {
        Node node;
        node.begin = value.begin;
        node.end = value.end;
        if (value.kind == Token::Kind::word && value.text.size() > 1 && value.text.back() == '*') {
            node.kind = Node::Kind::skill_prefix;
            node.text = schema::normalise_value(value.text.substr(0, value.text.size() - 1));
            if (node.text.empty()) throw error("skill: needs a name before '*'", value.begin);
            return node;
        }
        node.kind = Node::Kind::skill;
        if (const Skill* skill = taxonomy_.lookup(value.text)) {
            node.text = skill->key;
            node.skill_name = skill->name;
        } else {
            node.text = schema::normalise_value(value.text);
            node.skill_name = value.text;
        }
        if (node.text.empty()) throw error("skill: needs a name", value.begin);
        return node;
    }

    // "5..10", "5..", "..10", "5" (at least 5).
    std::pair<std::optional<double>, std::optional<double>> range(std::string_view text, std::size_t at_byte) {
        auto dots = text.find("..");
        std::optional<double> low, high;
        if (dots == std::string_view::npos) {
            low = parse_number(text);
            if (!low) throw error("expected a number of years or a range like 5..10", at_byte);
            return {low, std::nullopt};
        }
        std::string_view left = text.substr(0, dots), right = text.substr(dots + 2);
        if (!left.empty() && !(low = parse_number(left))) throw error("bad number '" + std::string(left) + "'", at_byte);
        if (!right.empty() && !(high = parse_number(right)))
            throw error("bad number '" + std::string(right) + "'", at_byte + dots + 2);
        if (!low && !high) throw error("a range needs at least one end", at_byte);
        if (low && high && *low > *high) throw error("range is empty: low end above high end", at_byte);
        return {low, high};
    }

    Node years_node(const Token& value) {
        Node node;
        node.kind = Node::Kind::years;
        std::tie(node.low, node.high) = range(value.text, value.begin);
        node.begin = value.begin;
        node.end = value.end;
        return node;
    }

    Node skill_years_node(const Token& value) {
        auto colon = value.text.rfind(':');
        if (colon == std::string::npos || colon == 0)
            throw error("skill_years: expects SKILL:YEARS, like skill_years:python:5..", value.begin);
        Token skill = value;
        skill.text = value.text.substr(0, colon);
        skill.kind = Token::Kind::phrase;  // no wildcard
        Node node = skill_node(skill);
        node.kind = Node::Kind::skill_years;
        std::tie(node.low, node.high) = range(std::string_view(value.text).substr(colon + 1), value.begin + colon + 1);
        return node;
    }

    // Bare words the taxonomy knows ("golang", "spring boot") are skills.
    void merge_skill_runs(std::vector<Node>& nodes) {
        std::vector<Node> out;
        for (std::size_t i = 0; i < nodes.size();) {
            std::size_t best = 0;
            const Skill* skill = nullptr;
            std::string words;
            for (std::size_t n = 1; n <= max_skill_run && i + n <= nodes.size(); ++n) {
                const Node& w = nodes[i + n - 1];
                // Quoted text is text: "go" searches the word, not the skill.
                if (w.kind != Node::Kind::text || !w.default_field || w.wildcard || w.phrase) break;
                words += (n > 1 ? " " : "") + w.text;
                if (const Skill* s = taxonomy_.lookup(words)) {
                    skill = s;
                    best = n;
                }
            }
            if (!skill) {
                out.push_back(std::move(nodes[i++]));
                continue;
            }
            Node node;
            node.kind = Node::Kind::skill;
            node.soft = true;
            node.text = skill->key;
            node.skill_name = skill->name;
            node.begin = nodes[i].begin;
            node.end = nodes[i + best - 1].end;
            Node text = nodes[i];
            for (std::size_t k = 1; k < best; ++k) text.text += " " + nodes[i + k].text;
            text.end = node.end;
            node.children.push_back(std::move(text));
            out.push_back(std::move(node));
            i += best;
        }
        nodes = std::move(out);
    }
};

}  // namespace

Node parse_query(const CleanText& text, const Taxonomy& taxonomy) { return Parser(text, taxonomy).parse(); }

}  // namespace cvdex::query
