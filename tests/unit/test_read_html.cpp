#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"

namespace {

// One line per TextLine: "h2 " for a heading, "- " for a bullet, "** " for an emphasized line,
// "i4 " for an indent, then the text.
std::string dump(const cvdex::RawText& text) {
    std::string out;
    for (const cvdex::TextLine& line : text.lines) {
        if (!out.empty()) out += '\n';
        if (line.heading_level > 0) out += "h" + std::to_string(line.heading_level) + " ";
        if (line.bullet) out += "- ";
        if (line.emphasized) out += "** ";
        if (line.indent > 0) out += "i" + std::to_string(line.indent) + " ";
        out += line.text;
    }
    return out;
}

struct HtmlRow {
    const char* name;
    std::string_view html;
    std::string_view expected;
};

const HtmlRow html_rows[] = {
    {"headings",
     "<h1>Jane Doe</h1><h2>Experience</h2>"
     "<h3><strong>Engineer</strong> at <a href=\"https://acme.example\">Acme</a></h3><h6>Small</h6>",
     "h1 Jane Doe\nh2 Experience\nh3 Engineer at Acme\nh6 Small"},
    {"inline elements join the line",
     "<p>Built <em>fast</em> <code>C++</code>&nbsp;services<sup>1</sup>,<br>shipped <span>weekly</span>.</p>",
     "Built fast C++ services1,\nshipped weekly."},
    {"lists", "<ul><li>C++</li><li>Python <ul><li>Django</li></ul></li></ul><ol><li>First</li></ol>",
     "- C++\n- Python\n- i2 Django\n- First"},
    {"list item with paragraphs", "<ul><li><p>Lead</p><p>Second paragraph</p></li><li>Next</li></ul>",
     "- Lead\nSecond paragraph\n- Next"},
    {"definition list", "<dl><dt>2019–2021</dt><dd>Engineer, Acme</dd><dt>2017</dt><dd>Intern</dd></dl>",
     "2019–2021\ni4 Engineer, Acme\n2017\ni4 Intern"},
    {"table",
     "<table><tr><th>Years</th><th>Role</th></tr>"
     "<tr><td>2019</td><td> </td><td>Acme <b>Corp</b></td></tr>"
     "<tr><td><p>2020</p></td><td>Nested<br>break</td></tr></table>",
     "Years | Role\n2019 | Acme Corp\n2020 | Nested break"},
    {"table without cells text", "<table><tr><td></td></tr></table><p>After</p>", "After"},
    {"bold-only blocks",
     "<p><strong>Experience</strong></p><p><b>Skills:</b> C++</p><div><b>Acme</b> <i><b>Inc</b></i></div>",
     "** Experience\nSkills: C++\n** Acme Inc"},
    {"entities", "<p>R&amp;D &ndash; caf&eacute; non&#8209;stop &#x2014; &lt;tag&gt; &nbsp;x&nbsp;</p>",
     "R&D – café non‑stop — <tag> x"},
    {"skipped elements",
     "<head><title>CV of Jane</title><style>p{color:red}</style></head><body>"
     "<script>document.write('<p>no</p>');</script><nav><a href='/'>Home</a></nav>"
     "<template><p>template</p></template><svg><text>svg</text></svg><p hidden>secret</p>"
     "<span aria-hidden=\"true\">icon</span><button>Click</button><p>Visible</p></body>",
     "Visible"},
    {"noscript is the fallback text", "<p>Email: <script>x()</script><noscript>jane at example dot com</noscript></p>",
     "Email: jane at example dot com"},
    {"sections", "<section><header>Jane</header><article>Text<blockquote>Quote</blockquote>after</article>"
                 "<footer>Foot</footer></section>",
     "Jane\nText\nQuote\nafter\nFoot"},
    {"pre keeps lines", "<pre>\nline one\n  line two\n\nline four</pre>", "line one\nline two\nline four"},
    {"whitespace collapses", "<p>  Jane\n   Doe\t </p>\n\n<p>\n</p>", "Jane Doe"},
    {"text at body level", "Jane Doe<br>Engineer<hr>Berlin", "Jane Doe\nEngineer\nBerlin"},
    {"unclosed tags", "<p>One<p>Two<ul><li>Three<li>Four</ul>", "One\nTwo\n- Three\n- Four"},
    {"comments", "<p>a<!-- hidden -->b</p>", "ab"},
    {"heading with line break", "<h2>Work<br>Experience</h2>", "h2 Work\nh2 Experience"},
    {"empty document", "", ""},
};

}  // namespace

TEST_CASE("read_html: blocks become lines") {
    for (const HtmlRow& row : html_rows) {
        SUBCASE(row.name) {
            const cvdex::RawText text = cvdex::read_html(row.html);
            CHECK(dump(text) == row.expected);
            CHECK(text.format == cvdex::Format::html);
            CHECK(text.name_hint.empty());
        }
    }
}

TEST_CASE("read_html: links keep http, https and mailto targets once") {
    const cvdex::RawText text = cvdex::read_html(
        "<p><a href=\" https://github.com/jane \">GitHub</a> <a href=\"mailto:jane@example.com\">mail</a>"
        "<a href=\"tel:+15550100\">phone</a> <a href=\"/about\">about</a> <a href=\"javascript:void(0)\">x</a>"
        "<a href=\"HTTP://EXAMPLE.COM/\">site</a><a href=\"https://github.com/jane\">again</a><a>none</a></p>");
    const std::vector<std::string> expected = {"https://github.com/jane", "mailto:jane@example.com",
                                               "HTTP://EXAMPLE.COM/"};
    CHECK(text.links == expected);
}

TEST_CASE("read_html: source lines point at the block's start") {
    const cvdex::RawText text = cvdex::read_html(
        "<!DOCTYPE html>\n<h1>Jane</h1>\n<p>\nText one<br>\nText two</p>\n<ul>\n  <li>Item</li>\n</ul>\n");
    REQUIRE(text.lines.size() == 4);
    CHECK(text.lines[0].source_line == 2);
    CHECK(text.lines[1].source_line == 3);
    CHECK(text.lines[2].source_line == 5);
    CHECK(text.lines[3].source_line == 7);
}

TEST_CASE("read_html: deep nesting neither crashes nor hangs") {
    constexpr int depth = 100000;
    SUBCASE("nested div") {
        std::string html;
        for (int i = 0; i < depth; ++i) html += "<div>";
        html += "deep text";
        for (int i = 0; i < depth; ++i) html += "</div>";
        html += "<p>after</p>";
        const cvdex::RawText text = cvdex::read_html(html);
        CHECK(dump(text) == "deep text\nafter");
        REQUIRE(text.warnings.size() == 1);
        CHECK(text.warnings[0] == "HTML nested too deeply: inner tags ignored");
    }
    SUBCASE("unclosed inline elements") {
        std::string html = "<p>";
        for (int i = 0; i < depth; ++i) html += "<b><i>";
        html += "bold</p><p>next</p>";
        const cvdex::RawText text = cvdex::read_html(html);
        CHECK(dump(text) == "** bold\n** next");
    }
    SUBCASE("nested lists") {
        std::string html;
        for (int i = 0; i < depth; ++i) html += "<ul><li>x";
        const cvdex::RawText text = cvdex::read_html(html);
        CHECK(text.lines.size() > 100);
        CHECK(text.lines.front().text == "x");
    }
    SUBCASE("moderate nesting is left alone") {
        std::string html;
        for (int i = 0; i < 200; ++i) html += "<div>";
        html += "<h2>Skills</h2>";
        const cvdex::RawText text = cvdex::read_html(html);
        CHECK(dump(text) == "h2 Skills");
        CHECK(text.warnings.empty());
    }
}

TEST_CASE("read_html: refuses documents with too many elements") {
    std::string html;
    for (int i = 0; i < 300001; ++i) html += "<br>";
    std::string message;
    try {
        (void)cvdex::read_html(html);
    } catch (const cvdex::InputError& error) {
        message = error.what();
    }
    CHECK(message == "HTML too complex: 300001 elements > limit 300000");
}
