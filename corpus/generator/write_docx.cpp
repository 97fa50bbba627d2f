// DOCX: WordprocessingML with the built-in paragraph styles real documents use (Title,
// Heading 1, Heading 2, List Paragraph with a bullet numbering), bold runs, a right tab stop for
// dates set flush right, and tables.
#include <fmt/format.h>

#include "doc_model.hpp"
#include "render.hpp"
#include "zip_writer.hpp"

namespace cvdex::gen {
namespace {

constexpr std::string_view content_types =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>)";

constexpr std::string_view package_rels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";

constexpr std::string_view document_rels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>)";

constexpr std::string_view styles =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="21"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style></w:styles>)";

constexpr std::string_view numbering =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";

constexpr int text_width = 9638;  // twips between the margins of an A4 page with 2 cm margins

void run(std::string& out, std::string_view text, bool bold) {
    out += "<w:r>";
    if (bold) out += "<w:rPr><w:b/></w:rPr>";
    out += "<w:t xml:space=\"preserve\">";
    out += html_escape(text);
    out += "</w:t></w:r>";
}

void paragraph(std::string& out, const Block& block) {
    out += "<w:p>";
    std::string_view style;
    switch (block.kind) {
        case BlockKind::title: style = "Title"; break;
        case BlockKind::heading: style = block.level == 1 ? "Heading1" : "Heading2"; break;
        case BlockKind::bullet: style = "ListParagraph"; break;
        default: break;
    }
    if (!style.empty() || !block.right.empty()) {
        out += "<w:pPr>";
        if (!style.empty()) out += fmt::format("<w:pStyle w:val=\"{}\"/>", style);
        if (block.kind == BlockKind::bullet) out += "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
        if (!block.right.empty()) out += fmt::format("<w:tabs><w:tab w:val=\"right\" w:pos=\"{}\"/></w:tabs>", text_width);
        out += "</w:pPr>";
    }
    for (const Run& r : block.runs) run(out, r.text, r.bold);
    if (!block.right.empty()) {
        out += "<w:r><w:tab/></w:r>";
        run(out, block.right, false);
    }
    out += "</w:p>";
}

void table(std::string& out, std::vector<Block>::const_iterator first, std::vector<Block>::const_iterator last) {
    const std::size_t columns = first->cells.size();
    const int width = text_width / static_cast<int>(columns == 0 ? 1 : columns);
    // The dates column narrow, the others sharing the rest.
    std::vector<int> widths(columns, width);
    if (columns == 3) widths = {2200, 3400, text_width - 5600};
    out += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid>";
    for (int w : widths) out += fmt::format("<w:gridCol w:w=\"{}\"/>", w);
    out += "</w:tblGrid>";
    for (auto row = first; row != last; ++row) {
        out += "<w:tr>";
        for (std::size_t c = 0; c < row->cells.size(); ++c) {
            out += fmt::format("<w:tc><w:tcPr><w:tcW w:w=\"{}\" w:type=\"dxa\"/></w:tcPr>", widths[std::min(c, columns - 1)]);
            for (const Block& block : row->cells[c]) paragraph(out, block);
            if (row->cells[c].empty()) out += "<w:p/>";
            out += "</w:tc>";
        }
        out += "</w:tr>";
    }
    out += "</w:tbl>";
}

}  // namespace

void write_docx(const std::vector<Block>& blocks, const Cv& /*cv*/, std::string& out) {
    std::string document;
    document.reserve(16384);
    document += R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
                "\n"
                R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)";
    for (auto it = blocks.begin(); it != blocks.end();) {
        if (it->kind != BlockKind::table_row) {
            paragraph(document, *it++);
            continue;
        }
        auto end = it;
        while (end != blocks.end() && end->kind == BlockKind::table_row) ++end;
        table(document, it, end);
        // Word needs a paragraph between two tables, and one after the last.
        document += "<w:p/>";
        it = end;
    }
    document += R"(<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>)";
    make_zip({{"[Content_Types].xml", content_types},
              {"_rels/.rels", package_rels},
              {"word/_rels/document.xml.rels", document_rels},
              {"word/document.xml", document},
              {"word/styles.xml", styles},
              {"word/numbering.xml", numbering}},
             out);
}

}  // namespace cvdex::gen
