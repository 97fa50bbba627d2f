// ODT (OpenDocument Text): content.xml, with the common styles of styles.xml for bold and
// headings. Prefixes are the ones the ODF specification uses (text:, table:, style:, fo:), which
// every producer writes.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "read/office_text.hpp"
#include "read/zip_archive.hpp"

namespace cvdex {
namespace {

using detail::OfficeTextBuilder;
using detail::ParagraphInfo;

constexpr int max_style_chain = 16;  // parent chains are short; the cap also breaks cycles
constexpr int max_heading_level = 6;
constexpr int max_spaces = 64;  // text:s c="1000000" must not become a megabyte of spaces
// Whitespace text nodes between spans are real spaces, so keep them all.
constexpr unsigned parse_options = pugi::parse_default | pugi::parse_ws_pcdata;

int clamp_level(int level) { return std::clamp(level, 1, max_heading_level); }

// fo:font-weight is "bold", "normal" or a CSS weight 100..900.
std::optional<bool> parse_font_weight(std::string_view weight) {
    if (weight.empty()) return std::nullopt;
    if (weight == "bold") return true;
    if (weight == "normal") return false;
    return weight.size() == 3 && weight >= "600" && weight <= "900";
}

// ---- styles ------------------------------------------------------------------------------------

struct OdfStyle {
    std::string parent;
    std::optional<bool> bold;
    int outline_level = 0;  // style:default-outline-level, 0 = none
    bool title = false;
};

struct ResolvedStyle {
    std::optional<bool> bold;
    int heading_level = 0;
};

class StyleTable {
public:
    // Automatic styles (content.xml) are added after common ones (styles.xml) and win.
    void add(pugi::xml_node styles) {
        for (pugi::xml_node node : styles.children("style:style")) {
            OdfStyle style;
            style.parent = node.attribute("style:parent-style-name").as_string();
            const pugi::xml_node text_properties = node.child("style:text-properties");
            style.bold = parse_font_weight(text_properties.attribute("fo:font-weight").as_string());
            style.outline_level = node.attribute("style:default-outline-level").as_int(0);
            const std::string_view name = node.attribute("style:name").as_string();
            style.title = name == "Title";
            styles_[key(node.attribute("style:family").as_string(), name)] = std::move(style);
        }
    }

    [[nodiscard]] ResolvedStyle resolve(std::string_view family, std::string_view name) const {
        ResolvedStyle resolved;
        auto found = styles_.find(key(family, name));
        for (int step = 0; step < max_style_chain && found != styles_.end(); ++step) {
            const OdfStyle& style = found->second;
            if (!resolved.bold) resolved.bold = style.bold;
            if (resolved.heading_level == 0 && style.outline_level > 0)
                resolved.heading_level = clamp_level(style.outline_level);
            if (resolved.heading_level == 0 && style.title) resolved.heading_level = 1;
            if (style.parent.empty()) break;
            found = styles_.find(key(family, style.parent));
        }
        return resolved;
    }

private:
    static std::string key(std::string_view family, std::string_view name) {
        return std::string(family) + '\n' + std::string(name);
    }

    std::unordered_map<std::string, OdfStyle> styles_;
};

// ---- the document walk -------------------------------------------------------------------------

class ContentReader {
public:
    ContentReader(const StyleTable& styles, std::size_t max_chars) : styles_(styles), text_(max_chars) {}

    void read(pugi::xml_node body) {
        detail::walk_xml(
            body, [this](pugi::xml_node node) { return enter(node); }, [this](pugi::xml_node node) { leave(node); });
    }

    RawText finish() {
        RawText raw;
        raw.format = Format::odt;
        raw.lines = text_.finish();
        raw.links = std::move(links_);
        if (text_.truncated()) raw.warnings.emplace_back("text truncated: the document is too large");
        return raw;
    }

private:
    [[nodiscard]] bool bold() const { return bold_.empty() ? false : bold_.back(); }

    bool enter(pugi::xml_node node) {
        if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
            add_collapsed(node.value());
            return false;
        }
        if (node.type() != pugi::node_element) return false;
        const std::string_view name = node.name();
        if (name == "text:p" || name == "text:h") return enter_paragraph(node, name == "text:h");
        if (name == "text:span") {
            const ResolvedStyle style = styles_.resolve("text", node.attribute("text:style-name").as_string());
            bold_.push_back(style.bold.value_or(bold()));
            return true;
        }
        if (read_leaf(node, name)) return false;
        if (name == "text:list") ++list_depth_;
        else if (name == "table:table") text_.begin_table();
        else if (name == "table:table-row") text_.begin_row();
        else if (name == "table:table-cell") text_.begin_cell();
        else if (name == "text:a") add_link(node.attribute("xlink:href").as_string());
        // Notes, comments, the deleted text kept for change tracking, image descriptions and a
        // table of contents (a copy of the headings) are not text the reader sees once.
        static constexpr std::string_view skipped[] = {
            "text:note", "office:annotation", "text:tracked-changes", "svg:title", "svg:desc",
            "text:sequence-decls", "table:covered-table-cell", "office:forms", "text:table-of-content"};
        for (std::string_view skip : skipped)
            if (name == skip) return false;
        return true;
    }

    // Elements that stand for characters; returns false for containers.
    bool read_leaf(pugi::xml_node node, std::string_view name) {
        if (name == "text:s") {
            const int count = std::clamp(node.attribute("text:c").as_int(1), 1, max_spaces);
            text_.add_text(std::string(static_cast<std::size_t>(count), ' '), bold());
        } else if (name == "text:tab") {
            text_.add_tab();
        } else if (name == "text:line-break") {
            text_.add_break();
        } else {
            return name == "text:soft-page-break";
        }
        return true;
    }

    void leave(pugi::xml_node node) {
        const std::string_view name = node.name();
        if (name == "text:p" || name == "text:h") {
            text_.end_paragraph();
            if (!bold_.empty()) bold_.pop_back();
        } else if (name == "text:span") {
            if (!bold_.empty()) bold_.pop_back();
        } else if (name == "text:list") {
            --list_depth_;
        } else if (name == "table:table") {
            text_.end_table();
        } else if (name == "table:table-row") {
            text_.end_row();
        } else if (name == "table:table-cell") {
            text_.end_cell();
        }
    }

    bool enter_paragraph(pugi::xml_node paragraph, bool is_heading) {
        const ResolvedStyle style = styles_.resolve("paragraph", paragraph.attribute("text:style-name").as_string());
        ParagraphInfo info;
        info.heading_level = style.heading_level;
        if (is_heading) {
            const int level = paragraph.attribute("text:outline-level").as_int(std::max(style.heading_level, 1));
            info.heading_level = clamp_level(level);
        }
        info.bullet = list_depth_ > 0 && info.heading_level == 0;
        if (info.bullet) info.indent = 2 * (list_depth_ - 1);
        text_.begin_paragraph(info);
        bold_.push_back(style.bold.value_or(false));
        return true;
    }

    // ODF collapses runs of white space in text to one space (the producer writes text:s for
    // more), and a paragraph's leading space disappears (the builder trims).
    void add_collapsed(std::string_view text) {
        if (!text_.in_paragraph()) return;
        std::string collapsed;
        collapsed.reserve(text.size());
        char previous = text_.last_char();
        for (char c : text) {
            const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
            if (space && (previous == ' ' || previous == '\0')) continue;
            collapsed += space ? ' ' : c;
            previous = space ? ' ' : c;
        }
        text_.add_text(collapsed, bold());
    }

    void add_link(std::string target) {
        if (target.empty() || target.starts_with('#')) return;
        if (seen_links_.insert(target).second) links_.push_back(std::move(target));
    }

    const StyleTable& styles_;
    OfficeTextBuilder text_;
    std::vector<bool> bold_;  // per open paragraph and span
    int list_depth_ = 0;
    std::vector<std::string> links_;
    std::unordered_set<std::string> seen_links_;
};

StyleTable load_styles(detail::ZipArchive& zip, pugi::xml_node content_root) {
    StyleTable styles;
    if (std::optional<std::string> xml = zip.read("styles.xml")) {
        pugi::xml_document doc;
        detail::load_xml(doc, *xml, "styles.xml", parse_options);
        styles.add(doc.document_element().child("office:styles"));
    }
    styles.add(content_root.child("office:automatic-styles"));
    return styles;
}

}  // namespace

RawText read_odt(std::string_view bytes, const ReadOptions& options) {
    detail::ZipArchive zip(bytes, options.max_uncompressed_size);
    std::optional<std::string> content_xml = zip.read("content.xml");
    if (!content_xml) throw InputError("not an OpenDocument file: content.xml is missing");
    pugi::xml_document content;
    detail::load_xml(content, *content_xml, "content.xml", parse_options);
    const pugi::xml_node root = content.document_element();
    const StyleTable styles = load_styles(zip, root);

    const pugi::xml_node body = root.child("office:body");
    const pugi::xml_node text = body.child("office:text");
    ContentReader reader(styles, options.max_uncompressed_size);
    reader.read(text ? text : body);
    return reader.finish();
}

}  // namespace cvdex
