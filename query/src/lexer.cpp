#include "lexer.hpp"

#include <algorithm>
#include <cctype>

#include "cvdex/schema.hpp"
#include "cvdex/search_errors.hpp"

namespace cvdex::query {
namespace {

bool is_space(char c) { return c == ' '; }  // clean_query_text turned every other space into ' '
bool ends_word(char c) { return is_space(c) || c == '(' || c == ')' || c == '"'; }

std::string lower_ascii(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

}  // namespace

bool is_field_name(const std::string& name) {
    if (name == "years" || name == "skill_years" || name == "company") return true;
    for (const schema::Field& f : schema::fields)
        if (f.name == name && f.name != "id" && f.name != "current") return true;
    return std::any_of(schema::section_fields.begin(), schema::section_fields.end(),
                       [&](const schema::SectionField& s) { return s.name == name; });
}

std::vector<Token> tokenize(const CleanText& clean) {
    const std::string& s = clean.text;
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (is_space(c)) {
            ++i;
            continue;
        }
        if (c == '(' || c == ')') {
            tokens.push_back({c == '(' ? Token::Kind::open : Token::Kind::close, std::string(1, c), i, i + 1});
            ++i;
            continue;
        }
        if (c == '"') {
            std::size_t close = s.find('"', i + 1);
            if (close == std::string::npos)
                throw QuerySyntaxError("unbalanced quote", clean.original_position(i));
            tokens.push_back({Token::Kind::phrase, s.substr(i + 1, close - i - 1), i, close + 1});
            i = close + 1;
            continue;
        }
        // + and - directly before a term require or exclude it; alone they are nothing.
        if ((c == '+' || c == '-') && (tokens.empty() || tokens.back().end < i || tokens.back().kind == Token::Kind::open)) {
            if (i + 1 < s.size() && !is_space(s[i + 1]) && s[i + 1] != ')') {
                tokens.push_back({c == '+' ? Token::Kind::plus : Token::Kind::minus, std::string(1, c), i, i + 1});
            }
            ++i;
            continue;
        }
        std::size_t start = i;
        while (i < s.size() && !ends_word(s[i])) ++i;
        std::size_t colon = s.find(':', start);
        if (colon != std::string::npos && colon > start && colon < i) {
            std::string name = lower_ascii(s.substr(start, colon - start));
            if (is_field_name(name)) {
                tokens.push_back({Token::Kind::field, name, start, colon + 1});
                if (colon + 1 < i) tokens.push_back({Token::Kind::word, s.substr(colon + 1, i - colon - 1), colon + 1, i});
                continue;
            }
        }
        std::string word = s.substr(start, i - start);
        Token token{Token::Kind::word, word, start, i};
        if (word == "AND" || word == "&&") token.kind = Token::Kind::op_and;
        else if (word == "OR" || word == "||") token.kind = Token::Kind::op_or;
        else if (word == "NOT") token.kind = Token::Kind::op_not;
        tokens.push_back(std::move(token));
    }
    return tokens;
}

}  // namespace cvdex::query
