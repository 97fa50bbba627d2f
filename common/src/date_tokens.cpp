#include "date_tokens.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "cvdex/text_util.hpp"

namespace cvdex::date_tokens {
namespace {

struct MonthName {
    std::string_view name;
    int month;
};

// Full names, common abbreviations and Russian case forms. Folded (lower-case) spellings.
constexpr MonthName month_names[] = {
    // English
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3}, {"april", 4},
    {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7}, {"august", 8}, {"aug", 8},
    {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10}, {"oct", 10}, {"november", 11},
    {"nov", 11}, {"december", 12}, {"dec", 12},
    // German
    {"januar", 1}, {"jänner", 1}, {"jän", 1}, {"februar", 2}, {"märz", 3}, {"maerz", 3}, {"mär", 3},
    {"mai", 5}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"okt", 10}, {"dezember", 12}, {"dez", 12},
    // French
    {"janvier", 1}, {"janv", 1}, {"février", 2}, {"fevrier", 2}, {"févr", 2}, {"fév", 2}, {"mars", 3},
    {"avril", 4}, {"avr", 4}, {"juin", 6}, {"juillet", 7}, {"juil", 7}, {"août", 8}, {"aout", 8},
    {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"decembre", 12},
    {"déc", 12},
    // Spanish
    {"enero", 1}, {"ene", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"abr", 4}, {"mayo", 5},
    {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"ago", 8}, {"septiembre", 9}, {"setiembre", 9},
    {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12}, {"dic", 12},
    // Italian, Portuguese, Dutch, Scandinavian
    {"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7},
    {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12}, {"janeiro", 1}, {"fevereiro", 2},
    {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10},
    {"novembro", 11}, {"dezembro", 12}, {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mei", 5},
    {"augustus", 8}, {"okt", 10}, {"marts", 3}, {"maj", 5}, {"juni", 6}, {"oktober", 10},
    // Russian: nominative, genitive (января), prepositional (январе) and abbreviations
    {"январь", 1}, {"января", 1}, {"январе", 1}, {"янв", 1}, {"февраль", 2}, {"февраля", 2},
    {"феврале", 2}, {"фев", 2}, {"февр", 2}, {"март", 3}, {"марта", 3}, {"марте", 3}, {"мар", 3},
    {"апрель", 4}, {"апреля", 4}, {"апреле", 4}, {"апр", 4}, {"май", 5}, {"мая", 5}, {"мае", 5},
    {"июнь", 6}, {"июня", 6}, {"июне", 6}, {"июн", 6}, {"июль", 7}, {"июля", 7}, {"июле", 7},
    {"июл", 7}, {"август", 8}, {"августа", 8}, {"августе", 8}, {"авг", 8}, {"сентябрь", 9},
    {"сентября", 9}, {"сентябре", 9}, {"сен", 9}, {"сент", 9}, {"октябрь", 10}, {"октября", 10},
    {"октябре", 10}, {"окт", 10}, {"ноябрь", 11}, {"ноября", 11}, {"ноябре", 11}, {"ноя", 11},
    {"нояб", 11}, {"декабрь", 12}, {"декабря", 12}, {"декабре", 12}, {"дек", 12},
};

constexpr std::string_view dashes[] = {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015",
                                       "\u2212", "~", "\u2192", "\u2794", "\u301C", "\uFF5E"};

constexpr std::string_view range_words[] = {"to", "till", "til", "until", "thru", "through", "bis",
                                            "à", "a", "au", "al", "hasta", "tot", "по", "до", "till",
                                            "–"};

constexpr std::string_view since_words[] = {"since", "seit", "depuis", "desde", "с", "från", "sinds",
                                            "siden", "dal", "dall'", "od"};

constexpr std::string_view from_words[] = {"from", "von", "vom", "du", "de", "desde", "van", "dal"};

// Single words or word sequences meaning "now", as folded words (a "." between words is skipped,
// so "н.в." is {"н", "в"}).
constexpr std::array<std::array<std::string_view, 3>, 48> present_phrases = {{
    {"present"}, {"today"}, {"now"}, {"current"}, {"currently"}, {"ongoing"}, {"date"},
    {"heute"}, {"jetzt"}, {"aktuell"}, {"dato"}, {"nu"}, {"nå"}, {"idag"}, {"présent"},
    {"aujourd'hui"}, {"aujourd’hui"}, {"auj"}, {"actuel"}, {"actuellement"}, {"actualidad"},
    {"actualmente"}, {"presente"}, {"hoy"}, {"oggi"}, {"heden"}, {"сейчас"}, {"н", "в"},
    {"настоящее", "время"}, {"наст", "время"}, {"наст", "вр"}, {"сей", "день"}, {"ce", "jour"},
    {"la", "fecha"}, {"en", "cours"}, {"the", "present"}, {"present", "day"}, {"till", "date"},
    {"настоящий", "момент"}, {"нынешнее", "время"}, {"現在"}, {"现在"}, {"至今"}, {"今"}, {"현재"},
    {"재직중"}, {"在職中"}, {"現職"},
}};

bool contains(std::span<const std::string_view> list, std::string_view word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

bool is_space_code_point(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200B || c == 0xFEFF; }

bool is_word_code_point(UChar32 c) { return u_isalpha(c) || u_charType(c) == U_NON_SPACING_MARK; }

}  // namespace

std::vector<Token> tokenize(std::string_view line) {
    std::vector<Token> tokens;
    const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
    const auto length = static_cast<int32_t>(line.size());
    int32_t i = 0;
    while (i < length) {
        int32_t start = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        Token token{};
        token.begin = static_cast<std::size_t>(start);
        if (c >= '0' && c <= '9') {
            long value = c - '0';
            int digits = 1;
            while (i < length && bytes[i] >= '0' && bytes[i] <= '9') {
                if (digits < 9) value = value * 10 + (bytes[i] - '0');
                ++digits;
                ++i;
            }
            token.kind = TokenKind::number;
            token.value = value;
            token.digits = digits;
        } else if (c >= 0 && is_word_code_point(c)) {
            while (i < length) {
                int32_t next = i;
                UChar32 d;
                U8_NEXT(bytes, next, length, d);
                if (d >= 0 && is_word_code_point(d)) {
                    i = next;
                    continue;
                }
                // An apostrophe inside a word: aujourd'hui.
                if (d == '\'' || d == 0x2019) {
                    int32_t after = next;
                    UChar32 e;
                    if (after < length) {
                        U8_NEXT(bytes, after, length, e);
                        if (e >= 0 && u_isalpha(e)) {
                            i = after;
                            continue;
                        }
                    }
                }
                break;
            }
            token.kind = TokenKind::word;
        } else if (c < 0 || is_space_code_point(c)) {
            while (i < length) {
                int32_t next = i;
                UChar32 d;
                U8_NEXT(bytes, next, length, d);
                if (d >= 0 && !is_space_code_point(d)) break;
                i = next;
            }
            token.kind = TokenKind::space;
        } else {
            token.kind = TokenKind::punct;
        }
        token.end = static_cast<std::size_t>(i);
        token.text = line.substr(token.begin, token.end - token.begin);
        if (token.kind == TokenKind::word) token.folded = fold_case(token.text);
        tokens.push_back(std::move(token));
    }
    return tokens;
}

int month_from_word(std::string_view folded) {
    // Asked of every word near a date: a hash lookup instead of a scan of all the names.
    static const std::unordered_map<std::string_view, int> months = [] {
        std::unordered_map<std::string_view, int> out;
        for (const MonthName& m : month_names) out.emplace(m.name, m.month);  // the first spelling wins
        return out;
    }();
    const auto found = months.find(folded);
    return found == months.end() ? 0 : found->second;
}

bool is_dash(std::string_view punct) { return contains(dashes, punct); }
bool is_range_word(std::string_view folded) { return contains(range_words, folded); }
bool is_since_word(std::string_view folded) { return contains(since_words, folded); }
bool is_from_word(std::string_view folded) { return contains(from_words, folded); }

bool is_present_phrase(std::span<const std::string_view> words) {
    for (const auto& phrase : present_phrases) {
        std::size_t n = 0;
        while (n < phrase.size() && !phrase[n].empty()) ++n;
        if (n == 0 || n != words.size()) continue;
        if (std::equal(words.begin(), words.end(), phrase.begin())) return true;
    }
    return false;
}

}  // namespace cvdex::date_tokens
