#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cvdex/raw_text.hpp"
#include "cvdex/read.hpp"
#include "cvdex/segment.hpp"
#include "extract/extractors.hpp"

namespace {

using cvdex::RawText;

cvdex::Contacts contacts_of(const RawText& raw) { return cvdex::extract_contacts(raw, cvdex::segment(raw)); }

std::string joined(const std::vector<std::string>& values) {
    std::string out;
    for (const std::string& value : values) {
        if (!out.empty()) out += " ; ";
        out += value;
    }
    return out;
}

struct Row {
    const char* name;
    RawText raw;
    std::string expected;  ///< the field, or the list joined with " ; "
};

std::string repeated(std::string_view line, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += line;
    return out;
}

RawText with_name_hint(RawText raw, std::string hint) {
    raw.name_hint = std::move(hint);
    return raw;
}

}  // namespace

TEST_CASE("contacts: the name") {
    const Row table[] = {
        {"first heading", cvdex::read_markdown("# Mira Kovalenko\n\n## Experience\n\nEngineer, Acme, 2019 - 2021\n"),
         "Mira Kovalenko"},
        {"first line of a plain CV",
         cvdex::read_plain_text("Mira Kovalenko\nmira@example.org\n\nEXPERIENCE\nEngineer, Acme, 2019 - 2021\n"),
         "Mira Kovalenko"},
        {"heading with a title after a comma",
         cvdex::read_markdown("# Anna Taradai, Principal Software Engineer\n\n## Skills\n\nGo\n"), "Anna Taradai"},
        {"\"CURRICULUM VITAE - Name\"",
         cvdex::read_plain_text("CURRICULUM VITAE - Tomasz Wierzba\n\nEXPERIENCE\nEngineer, Acme, 2019 - 2021\n"),
         "Tomasz Wierzba"},
        {"\"Name: X\"",
         cvdex::read_plain_text("PERSONAL DETAILS\nName: Ilse Brandauer\nPhone: +43 660 1234567\n\nEXPERIENCE\n"
                                "Engineer, Acme, 2019 - 2021\n"),
         "Ilse Brandauer"},
        {"a \"Name\" label line above the value",
         cvdex::read_plain_text("Name\nIlse Brandauer\nEmail\nilse@example.at\n"), "Ilse Brandauer"},
        {"the reader's name_hint wins",
         with_name_hint(cvdex::read_markdown("# Something Else Entirely\n\n## Skills\n\nGo\n"), "Rafaela Quintas"),
         "Rafaela Quintas"},
        {"\"Resume\" heading before a name line is not the name",
         cvdex::read_plain_text("RESUME\nJonas Eckhart\njonas@example.org\n\nEXPERIENCE\nEngineer, Acme, 2019 - 2021\n"),
         "Jonas Eckhart"},
        {"\"Resume\" alone gives no name",
         cvdex::read_markdown("# Resume\n\n## Experience\n\nEngineer, Acme, 2019 - 2021\n"), ""},
        {"\"Curriculum Vitae\" alone gives no name",
         cvdex::read_markdown("# Curriculum Vitae\n\n## Skills\n\nGo, Rust\n"), ""},
        {"a section heading is not a name", cvdex::read_markdown("## Experience\n\nEngineer, Acme, 2019 - 2021\n"),
         ""},
        {"a job title is not a name",
         cvdex::read_markdown("# Senior Backend Engineer\n\n## Experience\n\nEngineer, Acme, 2019 - 2021\n"), ""},
        {"Cyrillic name", cvdex::read_markdown("# Иван Петров\n\n## Опыт работы\n\nИнженер, 2019 - 2021\n"),
         "Иван Петров"},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) { CHECK(contacts_of(row.raw).name == row.expected); }
    }
}

TEST_CASE("contacts: e-mail addresses") {
    const Row table[] = {
        {"in a contact line", cvdex::read_plain_text("Mira Kovalenko\nmira@example.org · +49 151 2345 6789\n"),
         "mira@example.org"},
        {"a mailto link", cvdex::read_markdown("# Kit Larsen\n\n[Write to me](mailto:kit.larsen@example.net)\n"),
         "kit.larsen@example.net"},
        {"trailing sentence dot dropped",
         cvdex::read_plain_text("Kit Larsen\nReach me at jo+cv@mail.example.co.uk.\n"), "jo+cv@mail.example.co.uk"},
        {"several, each once",
         cvdex::read_plain_text("Kit Larsen\nkit@example.net, kit.work@example.com\nkit@example.net\n"),
         "kit@example.net ; kit.work@example.com"},
        {"a mailto link with a query and an autolink",
         cvdex::read_markdown("# Kit Larsen\n\n[Mail](mailto:kit@example.net?subject=Hello) · <kit2@example.net>\n"),
         "kit@example.net ; kit2@example.net"},
        {"a domain without a dot is not an e-mail", cvdex::read_plain_text("Kit Larsen\nkit@example\n"), ""},
        {"an @handle is not an e-mail", cvdex::read_plain_text("Kit Larsen\nTwitter: @kitlarsen\n"), ""},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) { CHECK(joined(contacts_of(row.raw).emails) == row.expected); }
    }
}

TEST_CASE("contacts: phone numbers") {
    const Row table[] = {
        {"international form", cvdex::read_plain_text("Mira Kovalenko\n+44 20 7946 0018\n"), "+44 20 7946 0018"},
        {"beside an e-mail", cvdex::read_plain_text("Mira Kovalenko\nmira@example.org · +49 151 2345 6789\n"),
         "+49 151 2345 6789"},
        {"North American form", cvdex::read_plain_text("Dana Whitfield\n(555) 123-4567\n"), "(555) 123-4567"},
        {"labelled \"Tel.:\"", cvdex::read_plain_text("Ilse Brandauer\nTel.: 030 1234567\n"), "030 1234567"},
        {"labelled \"Phone:\"", cvdex::read_plain_text("Ilse Brandauer\nPhone: 0660 123 4567\n"), "0660 123 4567"},
        {"labelled \"Handy:\"", cvdex::read_plain_text("Lena Vogt\nHandy: 0171 2345678\n"), "0171 2345678"},
        {"trunk prefix in brackets", cvdex::read_plain_text("Lena Vogt\nTel.: +49 (0) 30 1234567\n"),
         "+49 (0) 30 1234567"},
        {"telephone sign", cvdex::read_plain_text("Lena Vogt\n☎ 030 1234 567\n"), "030 1234 567"},
        {"dotted form", cvdex::read_plain_text("Dana Whitfield\nPhone: 555.123.4567\n"), "555.123.4567"},
        {"dashed national form", cvdex::read_plain_text("Dana Whitfield\n555-123-4567\n"), "555-123-4567"},
        {"date ranges are not phones",
         cvdex::read_plain_text("Dana Whitfield\nEngineer 2014-2016 2018-2020\n"), ""},
        {"years are not phones", cvdex::read_plain_text("Dana Whitfield\nGraduated 2012, worked 2014 2016\n"), ""},
        {"a bare figure is not a phone", cvdex::read_plain_text("Dana Whitfield\nServed 1200000 users a day\n"), ""},
        {"a German month range", cvdex::read_plain_text("Lena Vogt\nMobile App Entwicklerin 01.2014 - 12.2016\n"), ""},
        {"figures in a section that starts far down are not phones",
         cvdex::read_plain_text("Dana Whitfield\nSUMMARY\n" + repeated("Calm under pressure.\n", 14) +
                                "EXPERIENCE\nSales Engineer, Acme, 2019 - 2021\n"
                                "Grew yearly revenue from 1.200.000 to 3.400.000 EUR.\n"),
         ""},
        {"a labelled line with a date range",
         cvdex::read_plain_text("Dana Whitfield\nPhone support lead 2014 - 2016\n"), ""},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) { CHECK(joined(contacts_of(row.raw).phones) == row.expected); }
    }
}

TEST_CASE("contacts: links") {
    const Row table[] = {
        {"www and linkedin without a scheme",
         cvdex::read_plain_text("Kit Larsen\nwww.kitlarsen.dev (portfolio), linkedin.com/in/kitlarsen\n"),
         "www.kitlarsen.dev ; linkedin.com/in/kitlarsen"},
        {"github without a scheme", cvdex::read_plain_text("Mira Kovalenko\ngithub.com/mkoval\n"),
         "github.com/mkoval"},
        {"linkedin with a scheme", cvdex::read_plain_text("Mira Kovalenko\nhttps://www.linkedin.com/in/mira-k\n"),
         "https://www.linkedin.com/in/mira-k"},
        {"a home page, sentence dot dropped", cvdex::read_plain_text("Mira Kovalenko\nSee https://mira.example.dev.\n"),
         "https://mira.example.dev"},
        {"several on one line",
         cvdex::read_plain_text("Mira Kovalenko\nhttps://github.com/mkoval | https://gitlab.com/mkoval\n"),
         "https://github.com/mkoval ; https://gitlab.com/mkoval"},
        {"markdown link targets",
         cvdex::read_markdown("# Mira Kovalenko\n\n[GitHub](https://github.com/mkoval) · "
                              "[Mail](mailto:mira@example.org)\n"),
         "https://github.com/mkoval"},
        {"an e-mail is not a link", cvdex::read_plain_text("Mira Kovalenko\nmira@example.org\n"), ""},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) { CHECK(joined(contacts_of(row.raw).links) == row.expected); }
    }
}

TEST_CASE("contacts: location") {
    const Row table[] = {
        {"\"Location:\"", cvdex::read_plain_text("Mira Kovalenko\nLocation: Tallinn, Estonia\n"), "Tallinn, Estonia"},
        {"\"Wohnort:\"", cvdex::read_plain_text("Ilse Brandauer\nWohnort: Graz\n"), "Graz"},
        {"no label, no location", cvdex::read_plain_text("Mira Kovalenko\nTallinn\n"), ""},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) { CHECK(contacts_of(row.raw).location == row.expected); }
    }
}

TEST_CASE("contacts: the name under a \"# Resume\" heading") {
    const cvdex::Contacts contacts = contacts_of(
        cvdex::read_markdown("# Resume\n\nJonas Eckhart\n\n## Experience\n\nEngineer, Acme, 2019 - 2021\n"));
    CHECK(contacts.name == "Jonas Eckhart");
}

TEST_CASE("contacts: single dates and years are not phone numbers") {
    const Row table[] = {
        {"German birth date under the phone",
         cvdex::read_plain_text("Lena Vogt\nHandy: 0171 2345678\nGeboren: 12.03.1990\n"), "0171 2345678"},
        {"ISO birth date", cvdex::read_plain_text("Lena Vogt\nBorn 1990-05-17\n"), ""},
        {"ISO date beside a phone",
         cvdex::read_plain_text("Lena Vogt\nPhone: +49 171 2345678 (mobile), updated 2024-03-15\n"), "+49 171 2345678"},
        {"years on a line with \"Excellent\"", cvdex::read_plain_text("Lena Vogt\nExcellent results 2017 2018 2019\n"),
         ""},
    };
    for (const Row& row : table) {
        SUBCASE(row.name) { CHECK(joined(contacts_of(row.raw).phones) == row.expected); }
    }
}

TEST_CASE("contacts: figures in an experience section near the top are not phone numbers") {
    const cvdex::Contacts contacts = contacts_of(cvdex::read_plain_text(
        "Dana Whitfield\nEXPERIENCE\nSales Engineer, Acme, 2019 - 2021\n"
        "- Grew yearly revenue from 1.200.000 to 3.400.000 EUR.\n"));
    CHECK(joined(contacts.phones) == "");
}
