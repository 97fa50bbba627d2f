#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "cvdex/encoding.hpp"

using namespace std::string_view_literals;

namespace {

struct DecodeRow {
    const char* name;
    std::string_view bytes;
    std::string_view utf8;
    std::string_view encoding;
    bool repaired = false;
};

// Byte strings are written out so that each row shows exactly what a file would hold.
const DecodeRow decode_rows[] = {
    {"ASCII", "Jane Doe\nSoftware Engineer\n"sv, "Jane Doe\nSoftware Engineer\n", "UTF-8"},
    {"UTF-8", "Zoë Müller — 東京 🚀"sv, "Zoë Müller — 東京 🚀", "UTF-8"},
    {"UTF-8 with BOM", "\xEF\xBB\xBFZo\xC3\xAB"sv, "Zoë", "UTF-8"},
    {"UTF-8 with a stray byte", "Zoë Müller, Genève, São Paulo \xFF end"sv,
     "Zoë Müller, Genève, São Paulo \xEF\xBF\xBD end", "UTF-8"},
    {"UTF-8 truncated at the end", "Zoë Müller, Genève, São Paulo \xE2\x80"sv,
     "Zoë Müller, Genève, São Paulo \xEF\xBF\xBD", "UTF-8"},
    {"CRLF and CR", "a\r\nb\rc\n\r\nd"sv, "a\nb\nc\n\nd", "UTF-8"},
    {"UTF-16LE with BOM",
     "\xFF\xFEZ\x00o\x00\xEB\x00 \x00M\x00\xFC\x00l\x00l\x00" "e\x00r\x00\r\x00\n\x00\x13  \x00\x3D\xD8\x80\xDE"sv,
     "Zoë Müller\n– 🚀", "UTF-16LE"},
    {"UTF-16BE with BOM", "\xFE\xFF\x00Z\x00o\x00\xEB\x00\n\x04\x1E"sv, "Zoë\nО", "UTF-16BE"},
    {"UTF-16LE without BOM", "J\x00" "a\x00n\x00" "e\x00 \x00" "D\x00o\x00" "e\x00\n\x00"sv, "Jane Doe\n", "UTF-16LE"},
    {"UTF-16BE without BOM", "\x00J\x00" "a\x00n\x00" "e\x00 \x00" "D\x00o\x00" "e"sv, "Jane Doe", "UTF-16BE"},
    {"UTF-16LE lone surrogate", "\xFF\xFE" "a\x00\x00\xD8" "b\x00"sv, "a\xEF\xBF\xBD" "b", "UTF-16LE"},
    {"UTF-16LE odd length", "\xFF\xFE" "a\x00" "b"sv, "a\xEF\xBF\xBD", "UTF-16LE"},
    {"UTF-32LE with BOM", "\xFF\xFE\x00\x00" "a\x00\x00\x00\x80\xF6\x01\x00"sv, "a🚀", "UTF-32LE"},
    {"UTF-32BE with BOM", "\x00\x00\xFE\xFF\x00\x00\x00" "a\x00\x11\x00\x00"sv, "a\xEF\xBF\xBD", "UTF-32BE"},
    {"CP1252", "Caf\xE9 r\xE9sum\xE9 \x96 Z\xFCrich"sv, "Café résumé – Zürich", "windows-1252"},
    {"CP1252 quotes only", "I\x92m a \x93team player\x94"sv, "I’m a “team player”", "windows-1252"},
    {"Latin-1", "Fa\xE7" "ade, na\xEFve, \xC6r\xF8, \xA3" "100"sv, "Façade, naïve, Ærø, £100", "windows-1252"},
    {"CP1252 German", "Gr\xF6\xDF" "e \xDC" "ber \xC4nderungen"sv, "Größe Über Änderungen", "windows-1252"},
    {"CP1251 sentence",
     "\xCE\xEF\xFB\xF2 \xF0\xE0\xE1\xEE\xF2\xFB: \xE2\xE5\xE4\xF3\xF9\xE8\xE9 \xE8\xED\xE6\xE5\xED\xE5\xF0-"
     "\xEF\xF0\xEE\xE3\xF0\xE0\xEC\xEC\xE8\xF1\xF2, \xCC\xEE\xF1\xEA\xE2\xE0"sv,
     "Опыт работы: ведущий инженер-программист, Москва", "windows-1251"},
    {"KOI8-R sentence",
     "\xEF\xD0\xD9\xD4 \xD2\xC1\xC2\xCF\xD4\xD9: \xD7\xC5\xC4\xD5\xDD\xC9\xCA \xC9\xCE\xD6\xC5\xCE\xC5\xD2-"
     "\xD0\xD2\xCF\xC7\xD2\xC1\xCD\xCD\xC9\xD3\xD4, \xED\xCF\xD3\xCB\xD7\xC1"sv,
     "Опыт работы: ведущий инженер-программист, Москва", "KOI8-R"},
    {"CP1251 name", "\xC8\xE2\xE0\xED\xEE\xE2 \xC8\xE2\xE0\xED"sv, "Иванов Иван", "windows-1251"},
    {"KOI8-R name", "\xE9\xD7\xC1\xCE\xCF\xD7 \xE9\xD7\xC1\xCE"sv, "Иванов Иван", "KOI8-R"},
    {"CP1251 capitals", "\xCE\xCF\xDB\xD2 \xD0\xC0\xC1\xCE\xD2\xDB"sv, "ОПЫТ РАБОТЫ", "windows-1251"},
    {"KOI8-R capitals", "\xEF\xF0\xF9\xF4 \xF2\xE1\xE2\xEF\xF4\xF9"sv, "ОПЫТ РАБОТЫ", "KOI8-R"},
    {"CP1251 with Latin words", "\xCD\xE0\xE2\xFB\xEA\xE8: C++, Python, PostgreSQL"sv,
     "Навыки: C++, Python, PostgreSQL", "windows-1251"},
    {"KOI8-R with Latin words", "\xEE\xC1\xD7\xD9\xCB\xC9: C++, Python, PostgreSQL"sv,
     "Навыки: C++, Python, PostgreSQL", "KOI8-R"},
    {"mojibake repaired", "CafÃ© â€” rÃ©sumÃ©"sv, "Café — résumé", "UTF-8", true},
};

struct RepairRow {
    const char* name;
    std::string_view input;
    std::string_view expected;
};

const RepairRow repair_rows[] = {
    {"em dash", "Senior Engineer â€” Acme", "Senior Engineer — Acme"},
    {"quotes with an undefined CP1252 byte", "Iâ€™m a â€œteam playerâ€\xC2\x9D", "I’m a “team player”"},
    {"accents", "CafÃ© rÃ©sumÃ©", "Café résumé"},
    {"capital accent", "Ã‰cole Ã–sterreich", "École Österreich"},
    {"emoji", "Launch ðŸš€ done", "Launch 🚀 done"},
    {"Cyrillic", "ÐžÐ¿Ñ‹Ñ‚ Ñ€Ð°Ð±Ð¾Ñ‚Ñ‹", "Опыт работы"},
    {"Cyrillic with a C1 control", "Ð\xC2\x9DÐ¸Ð½Ð° ÐŸÐµÑ‚Ñ€Ð¾Ð²Ð°", "Нина Петрова"},
    {"Cyrillic Р with NBSP", "Ð\xC2\xA0Ð°Ð±Ð¾Ñ‚Ð°", "Работа"},
    {"Cyrillic Р with a flattened space", "Ð Ð°Ð±Ð¾Ñ‚Ð°", "Работа"},
    {"Cyrillic capitals", "ÐžÐŸÐ«Ð¢ Ð\xC2\xA0Ð\xC2\x90Ð‘ÐžÐ¢Ð«", "ОПЫТ РАБОТЫ"},
    {"CJK", "æ\xC2\x9D±äº¬éƒ½ æŠ€è¡“", "東京都 技術"},
    {"mixed with clean text", "Zürich, ZÃ¼rich â€“ GenÃ¨ve", "Zürich, Zürich – Genève"},
    {"NBSP", "10Â\xC2\xA0km", "10\xC2\xA0km"},
    {"double encoded", "ÃƒÂ©tÃƒÂ©", "été"},
    {"double encoded Cyrillic", "Ã\xC2\x90Å¾Ã\xC2\x90Â¿Ã‘â€¹Ã‘â€š", "Опыт"},
};

// Legitimate text that a careless repair would damage.
const std::string_view clean_rows[] = {
    "Ångström",
    "Café",
    "naïve",
    "Größe",
    "Señor",
    "Ã",
    "Ã alone at the end: Ã",
    "SÃO PAULO, GESTÃO",
    "Über uns: Größere Änderungen für die Straße – schön!",
    "À côté de l’été, « élève » — déjà vu",
    "« café\xC2\xA0» et «\xC2\xA0thé\xC2\xA0»",
    "JÖRG’S CV",
    "CAFÉ… ÉCOLE “PARIS”",
    "Ærø, Øresund, Þórr, Ðe",
    "FJÖRÐ Ð",
    "🚀 Rocket scientist 👩‍💻",
    "技術 職務 經歷 学歴",
    "한국어 이력서",
    "Опыт работы",
    "© 2024 ° ± µ ¶ · ½",
};

struct EntityRow {
    std::string_view input;
    std::string_view expected;
};

const EntityRow entity_rows[] = {
    {"AT&amp;T", "AT&T"},
    {"&lt;b&gt; &quot;x&quot; &apos;y&apos;", "<b> \"x\" 'y'"},
    {"a&nbsp;b", "a\xC2\xA0" "b"},
    {"2019&ndash;2021 &mdash; now&hellip;", "2019–2021 — now…"},
    {"&lsquo;a&rsquo; &ldquo;b&rdquo; &bull; &middot;", "‘a’ “b” • ·"},
    {"&copy; &reg; &trade; &euro; &times; &rarr; &larr;", "© ® ™ € × → ←"},
    {"&eacute;&egrave;&ecirc;&aacute;&agrave;&acirc;&iacute;&oacute;", "éèêáàâíó"},
    {"&ouml;&uuml;&auml;&szlig;&ntilde;&ccedil;&Eacute;&Ouml;", "öüäßñçÉÖ"},
    {"&yuml;&thorn;&eth;&AElig;&oslash;&aring;", "ÿþðÆøå"},
    {"non&#8209;breaking &#x2014; &#X2013; &#169;", "non‑breaking — – ©"},
    {"&#150; from old HTML", "– from old HTML"},
    {"&#0; &#xD800; &#x110000; &#99999999999999;", "\xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD"},
    {"&unknown; &amp &#; &#x; &#12a; & alone &", "&unknown; &amp &#; &#x; &#12a; & alone &"},
    {"&AMP; is not &amp;", "&AMP; is not &"},
    {"&&amp;&", "&&&"},
    {"no entities at all", "no entities at all"},
};

struct SanitizeRow {
    const char* name;
    std::string_view input;
    std::string_view expected;
};

const SanitizeRow sanitize_rows[] = {
    {"valid", "Zoë 🚀", "Zoë 🚀"},
    {"lone continuation", "a\x80" "b", "a\xEF\xBF\xBD" "b"},
    {"truncated sequence", "a\xE2\x82", "a\xEF\xBF\xBD"},
    {"overlong", "\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"surrogate", "\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"above U+10FFFF", "\xF4\x90\x80\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
    {"Latin-1 byte", "caf\xE9!", "caf\xEF\xBF\xBD!"},
};

}  // namespace

TEST_CASE("encoding: decode_text converts each encoding to UTF-8") {
    for (const DecodeRow& row : decode_rows) {
        SUBCASE(row.name) {
            const cvdex::DecodedText decoded = cvdex::decode_text(row.bytes);
            CHECK(decoded.utf8 == row.utf8);
            CHECK(decoded.encoding == row.encoding);
            CHECK(decoded.repaired_mojibake == row.repaired);
        }
    }
}

TEST_CASE("encoding: decode_text on empty input") {
    const cvdex::DecodedText decoded = cvdex::decode_text("");
    CHECK(decoded.utf8.empty());
    CHECK(decoded.encoding == "UTF-8");
}

TEST_CASE("encoding: repair_mojibake repairs double-encoded UTF-8") {
    for (const RepairRow& row : repair_rows) {
        SUBCASE(row.name) {
            bool changed = false;
            CHECK(cvdex::repair_mojibake(row.input, &changed) == row.expected);
            CHECK(changed);
        }
    }
}

TEST_CASE("encoding: repair_mojibake leaves clean text alone") {
    for (std::string_view text : clean_rows) {
        SUBCASE(std::string(text).c_str()) {
            bool changed = true;
            CHECK(cvdex::repair_mojibake(text, &changed) == text);
            CHECK_FALSE(changed);
            // decode_text agrees: clean UTF-8 passes through.
            CHECK(cvdex::decode_text(text).utf8 == text);
        }
    }
}

TEST_CASE("encoding: decode_html_entities") {
    for (const EntityRow& row : entity_rows) {
        SUBCASE(std::string(row.input).c_str()) { CHECK(cvdex::decode_html_entities(row.input) == row.expected); }
    }
}

TEST_CASE("encoding: sanitize_utf8 replaces invalid sequences") {
    for (const SanitizeRow& row : sanitize_rows) {
        SUBCASE(row.name) { CHECK(cvdex::sanitize_utf8(row.input) == row.expected); }
    }
}
