// ODT (OpenDocument text): a stored "mimetype" first, the manifest, and content.xml with
// text:h outline levels, bold spans from an automatic text style, text:list items, a tab before
// dates set flush right, and tables.
#include <fmt/format.h>

#include "doc_model.hpp"
#include "render.hpp"
#include "zip_writer.hpp"

namespace cvdex::gen {
namespace {

constexpr std::string_view mimetype = "application/vnd.oasis.opendocument.text";

constexpr std::string_view manifest =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>)";

constexpr std::string_view content_head =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"><office:automatic-styles><style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="P1" style:family="paragraph"><style:text-properties fo:font-size="20pt" fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:text>)";

void spans(std::string& out, const Block& block) {
    for (const Run& run : block.runs) {
        if (run.bold) out += "<text:span text:style-name=\"T1\">";
        out += html_escape(run.text);
        if (run.bold) out += "</text:span>";
    }
    if (!block.right.empty()) out += "<text:tab/>" + html_escape(block.right);
}

void paragraph(std::string& out, const Block& block) {
    switch (block.kind) {
        case BlockKind::title:
        case BlockKind::heading: {
            const int level = block.kind == BlockKind::title ? 1 : block.level + 1;
            out += fmt::format("<text:h text:outline-level=\"{}\">", level);
            spans(out, block);
            out += "</text:h>";
            break;
        }
        case BlockKind::bullet:
            out += "<text:list><text:list-item><text:p>";
            spans(out, block);
            out += "</text:p></text:list-item></text:list>";
            break;
        default:
            out += "<text:p>";
            spans(out, block);
            out += "</text:p>";
            break;
    }
}

}  // namespace

void write_odt(const std::vector<Block>& blocks, const Cv& /*cv*/, std::string& out) {
    std::string content(content_head);
    content.reserve(16384);
    for (auto it = blocks.begin(); it != blocks.end();) {
        if (it->kind != BlockKind::table_row) {
            paragraph(content, *it++);
            continue;
        }
        content += fmt::format("<table:table table:name=\"Jobs\"><table:table-column table:number-columns-repeated=\"{}\"/>",
                               it->cells.size());
        for (; it != blocks.end() && it->kind == BlockKind::table_row; ++it) {
            content += "<table:table-row>";
            for (const auto& cell : it->cells) {
                content += "<table:table-cell office:value-type=\"string\">";
                for (const Block& block : cell) paragraph(content, block);
                if (cell.empty()) content += "<text:p/>";
                content += "</table:table-cell>";
            }
            content += "</table:table-row>";
        }
        content += "</table:table>";
    }
    content += "</office:text></office:body></office:document-content>";
    make_zip({{"mimetype", mimetype, true}, {"META-INF/manifest.xml", manifest}, {"content.xml", content}}, out);
}

}  // namespace cvdex::gen
