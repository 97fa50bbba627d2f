// DOCX (WordprocessingML): word/document.xml, with word/styles.xml for headings, bold and lists
// and word/_rels/document.xml.rels for hyperlink targets. Headers, footers, footnotes and
// comments are not read: they hold page furniture, not the CV.
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "cvdex/text_util.hpp"
#include "read/office_text.hpp"
#include "read/zip_archive.hpp"

namespace cvdex {
namespace {

using detail::OfficeTextBuilder;
using detail::ParagraphInfo;

constexpr std::string_view document_part = "word/document.xml";
constexpr int max_style_chain = 16;  // w:basedOn chains are short; the cap also breaks cycles
constexpr int max_heading_level = 6;

// The prefixes the document binds to the WordprocessingML and relationship namespaces: nearly
// always "w:" and "r:", but some generators write "ns0:" or a default namespace.
struct Prefixes {
    std::string w = "w:";
    std::string r = "r:";

    [[nodiscard]] std::string word(std::string_view local) const { return w + std::string(local); }
    /// The WordprocessingML child `local` of `node`: child(node, "pPr") is <w:pPr>.
    [[nodiscard]] pugi::xml_node child(pugi::xml_node node, std::string_view local) const {
        return node.child(word(local).c_str());
    }
    /// A WordprocessingML attribute: attribute(node, "val") is w:val.
    [[nodiscard]] std::string_view attribute(pugi::xml_node node, std::string_view local,
                                             const char* fallback = "") const {
        return node.attribute(word(local).c_str()).as_string(fallback);
    }
};

Prefixes find_prefixes(pugi::xml_node root) {
    Prefixes prefixes;
    for (pugi::xml_attribute attribute : root.attributes()) {
        const std::string_view name = attribute.name();
        const std::string_view uri = attribute.value();
        if (!name.starts_with("xmlns")) continue;
        std::string prefix = name == "xmlns" ? "" : std::string(name.substr(6)) + ":";
        if (uri == "http://schemas.openxmlformats.org/wordprocessingml/2006/main" ||
            uri == "http://purl.oclc.org/ooxml/wordprocessingml/main")
            prefixes.w = prefix;
        else if (uri == "http://schemas.openxmlformats.org/officeDocument/2006/relationships" ||
                 uri == "http://purl.oclc.org/ooxml/officeDocument/relationships")
            prefixes.r = prefix;
    }
    return prefixes;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::optional<int> parse_small_int(std::string_view text) {
    if (text.empty() || text.size() > 3) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// <w:b/> and <w:b w:val="true"/> are on; w:val="0", "false" and "off" turn the property off.
bool on_off(pugi::xml_node property, const Prefixes& p) {
    const std::string_view value = p.attribute(property, "val", "true");
    return value != "0" && value != "false" && value != "off";
}

// A w:numPr whose w:numId is 0 removes the numbering a style would give.
bool is_numbered(pugi::xml_node paragraph_properties, const Prefixes& p) {
    const pugi::xml_node numbering = p.child(paragraph_properties, "numPr");
    return numbering && p.attribute(p.child(numbering, "numId"), "val", "1") != "0";
}

// ---- styles ------------------------------------------------------------------------------------

struct WordStyle {
    std::string name;  // lower-cased w:name: "heading 1" whatever the UI language
    std::string based_on;
    std::optional<int> outline_level;  // 0-based w:outlineLvl
    std::optional<bool> bold;
    bool numbered = false;
};

struct ResolvedStyle {
    int heading_level = 0;
    std::optional<bool> bold;
    bool list = false;
};

int heading_level_from_name(std::string_view name) {
    if (name == "title") return 1;
    if (!name.starts_with("heading ")) return 0;
    const std::optional<int> level = parse_small_int(name.substr(8));
    return level && *level >= 1 ? std::min(*level, max_heading_level) : 0;
}

int heading_level_from_outline(std::optional<int> outline_level) {
    // 0..8 are outline levels 1..9; 9 means body text.
    if (!outline_level || *outline_level > 8) return 0;
    return std::min(*outline_level + 1, max_heading_level);
}

bool is_list_style_name(std::string_view name) {
    return name.starts_with("list bullet") || name.starts_with("list number") ||
           name.starts_with("list paragraph");
}

// Without styles.xml, the built-in style ids are all there is.
ResolvedStyle resolve_by_id(std::string_view id) {
    ResolvedStyle style;
    const std::string lower = ascii_lower(id);
    if (lower == "title") style.heading_level = 1;
    if (lower.starts_with("heading")) {
        const std::optional<int> level = parse_small_int(std::string_view(lower).substr(7));
        if (level && *level >= 1) style.heading_level = std::min(*level, max_heading_level);
    }
    style.list = lower.starts_with("listbullet") || lower.starts_with("listnumber") || lower == "listparagraph";
    return style;
}

class StyleTable {
public:
    StyleTable() = default;

    StyleTable(pugi::xml_node styles_root, const Prefixes& p) {
        const std::string style_tag = p.word("style");  // outlives the loop, unlike a temporary
        for (pugi::xml_node node : styles_root.children(style_tag.c_str())) {
            WordStyle style;
            style.name = ascii_lower(p.attribute(p.child(node, "name"), "val"));
            style.based_on = p.attribute(p.child(node, "basedOn"), "val");
            const pugi::xml_node paragraph = p.child(node, "pPr");
            if (const pugi::xml_node outline = p.child(paragraph, "outlineLvl"))
                style.outline_level = parse_small_int(p.attribute(outline, "val"));
            style.numbered = is_numbered(paragraph, p);
            if (const pugi::xml_node bold = p.child(p.child(node, "rPr"), "b")) style.bold = on_off(bold, p);
            styles_.emplace(p.attribute(node, "styleId"), std::move(style));
        }
    }

    [[nodiscard]] ResolvedStyle resolve(std::string_view id) const {
        if (id.empty()) return {};
        auto found = styles_.find(std::string(id));
        if (found == styles_.end()) return resolve_by_id(id);
        ResolvedStyle resolved;
        for (int step = 0; step < max_style_chain && found != styles_.end(); ++step) {
            const WordStyle& style = found->second;
            if (resolved.heading_level == 0) resolved.heading_level = heading_level_from_name(style.name);
            if (resolved.heading_level == 0)
                resolved.heading_level = heading_level_from_outline(style.outline_level);
            if (!resolved.bold) resolved.bold = style.bold;
            resolved.list = resolved.list || style.numbered || is_list_style_name(style.name);
            if (style.based_on.empty()) break;
            found = styles_.find(style.based_on);
        }
        return resolved;
    }

private:
    std::unordered_map<std::string, WordStyle> styles_;
};

// ---- relationships -----------------------------------------------------------------------------

using Relationships = std::unordered_map<std::string, std::string>;

Relationships hyperlink_targets(pugi::xml_node relationships_root) {
    Relationships targets;
    for (pugi::xml_node node : relationships_root.children("Relationship")) {
        const std::string_view type = node.attribute("Type").as_string();
        if (type.ends_with("/hyperlink"))
            targets.emplace(node.attribute("Id").as_string(), node.attribute("Target").as_string());
    }
    return targets;
}

// Field codes like ` HYPERLINK "https://example.org" \o "tip" ` carry links without a rel.
std::optional<std::string> hyperlink_field_target(std::string_view code) {
    const std::size_t keyword = code.find("HYPERLINK");
    if (keyword == std::string_view::npos) return std::nullopt;
    std::string_view rest = code.substr(keyword + 9);
    if (trim(rest).starts_with("\\l")) return std::nullopt;  // a bookmark inside the document
    const std::size_t open = rest.find('"');
    if (open == std::string_view::npos) return std::nullopt;
    const std::size_t close = rest.find('"', open + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return std::string(rest.substr(open + 1, close - open - 1));
}

// ---- the document walk -------------------------------------------------------------------------

class DocumentReader {
public:
    DocumentReader(const Prefixes& prefixes, const StyleTable& styles, const Relationships& targets,
                   std::size_t max_chars)
        : p_(prefixes), styles_(styles), targets_(targets), text_(max_chars) {}

    void read(pugi::xml_node body) {
        detail::walk_xml(
            body, [this](pugi::xml_node node) { return enter(node); }, [this](pugi::xml_node node) { leave(node); });
    }

    RawText finish() {
        RawText raw;
        raw.format = Format::docx;
        raw.lines = text_.finish();
        raw.links = std::move(links_);
        if (text_.truncated()) raw.warnings.emplace_back("text truncated: the document is too large");
        return raw;
    }

private:
    [[nodiscard]] std::string_view local_name(pugi::xml_node node) const {
        const std::string_view name = node.name();
        return name.starts_with(p_.w) ? name.substr(p_.w.size()) : std::string_view{};
    }

    bool enter(pugi::xml_node node) {
        if (node.type() != pugi::node_element) return false;
        // Alternate content repeats a text box as VML for old readers: read it once.
        const std::string_view full_name = node.name();
        if (full_name.ends_with(":Fallback") || full_name == "Fallback") return false;
        const std::string_view name = local_name(node);
        if (name == "p") return enter_paragraph(node);
        if (name == "r") return enter_run(node);
        if (read_leaf(node, name)) return false;
        if (name == "tbl") text_.begin_table();
        else if (name == "tr") text_.begin_row();
        else if (name == "tc") text_.begin_cell();
        else if (name == "fldSimple") add_link(hyperlink_field_target(p_.attribute(node, "instr")));
        else if (name == "hyperlink") add_link(relationship_target(node));
        // Properties hold no text (a w:tab in w:pPr is a tab stop, not a tab); deleted and
        // moved-away text is gone from the document the reader sees.
        static constexpr std::string_view skipped[] = {"pPr", "rPr", "tblPr", "trPr", "tcPr", "tblGrid", "sectPr",
                                                       "sdtPr", "sdtEndPr", "del", "moveFrom"};
        for (std::string_view skip : skipped)
            if (name == skip) return false;
        return true;
    }

    // Elements without children worth visiting; returns false for containers.
    bool read_leaf(pugi::xml_node node, std::string_view name) {
        const bool bold = bold_.empty() ? false : bold_.back();
        if (name == "t") text_.add_text(node.text().get(), bold);
        else if (name == "tab" || name == "ptab") text_.add_tab();
        else if (name == "br" || name == "cr") text_.add_break();
        else if (name == "noBreakHyphen") text_.add_text("-", bold);
        else if (name == "instrText") add_link(hyperlink_field_target(node.text().get()));
        else return name == "delText" || name == "delInstrText" || name == "softHyphen" || name == "sym";
        return true;
    }

    std::optional<std::string> relationship_target(pugi::xml_node hyperlink) const {
        auto target = targets_.find(hyperlink.attribute((p_.r + "id").c_str()).as_string());
        if (target == targets_.end()) return std::nullopt;
        return target->second;
    }

    void leave(pugi::xml_node node) {
        const std::string_view name = local_name(node);
        if (name == "p") {
            text_.end_paragraph();
            if (!paragraph_bold_.empty()) paragraph_bold_.pop_back();
        } else if (name == "r") {
            if (!bold_.empty()) bold_.pop_back();
        } else if (name == "tbl") text_.end_table();
        else if (name == "tr") text_.end_row();
        else if (name == "tc") text_.end_cell();
    }

    bool enter_paragraph(pugi::xml_node paragraph) {
        const pugi::xml_node properties = p_.child(paragraph, "pPr");
        const ResolvedStyle style = styles_.resolve(p_.attribute(p_.child(properties, "pStyle"), "val"));
        ParagraphInfo info;
        info.heading_level = style.heading_level;
        if (const pugi::xml_node outline = p_.child(properties, "outlineLvl"))
            if (const int level = heading_level_from_outline(parse_small_int(p_.attribute(outline, "val"))))
                info.heading_level = level;
        // The paragraph's own w:numPr wins over its style's, even to remove the numbering.
        const pugi::xml_node numbering = p_.child(properties, "numPr");
        info.bullet = (numbering ? is_numbered(properties, p_) : style.list) && info.heading_level == 0;
        if (info.bullet) {
            const std::optional<int> level = parse_small_int(p_.attribute(p_.child(numbering, "ilvl"), "val"));
            info.indent = 2 * level.value_or(0);
        }
        text_.begin_paragraph(info);
        paragraph_bold_.push_back(style.bold.value_or(false));
        return true;
    }

    bool enter_run(pugi::xml_node run) {
        const pugi::xml_node properties = p_.child(run, "rPr");
        // Hidden text is invisible to the reader of the CV, and a known keyword-stuffing trick.
        if (const pugi::xml_node vanish = p_.child(properties, "vanish"); vanish && on_off(vanish, p_)) return false;
        // Direct formatting beats the run's character style, which beats the paragraph style.
        bool bold = paragraph_bold_.empty() ? false : paragraph_bold_.back();
        const ResolvedStyle run_style = styles_.resolve(p_.attribute(p_.child(properties, "rStyle"), "val"));
        if (run_style.bold) bold = *run_style.bold;
        if (const pugi::xml_node direct = p_.child(properties, "b")) bold = on_off(direct, p_);
        bold_.push_back(bold);
        return true;
    }

    void add_link(std::optional<std::string> target) {
        if (!target || target->empty() || target->starts_with('#')) return;
        if (seen_links_.insert(*target).second) links_.push_back(std::move(*target));
    }

    const Prefixes& p_;
    const StyleTable& styles_;
    const Relationships& targets_;
    OfficeTextBuilder text_;
    std::vector<bool> paragraph_bold_;  // per open paragraph: its style's bold
    std::vector<bool> bold_;            // per open run
    std::vector<std::string> links_;
    std::unordered_set<std::string> seen_links_;
};

// Lone whitespace in <w:t xml:space="preserve"> </w:t> is a real space between runs.
constexpr unsigned parse_options = pugi::parse_default | pugi::parse_ws_pcdata_single;

StyleTable load_styles(detail::ZipArchive& zip) {
    std::optional<std::string> xml = zip.read("word/styles.xml");
    if (!xml) return {};
    pugi::xml_document doc;
    detail::load_xml(doc, *xml, "word/styles.xml", parse_options);
    return StyleTable(doc.document_element(), find_prefixes(doc.document_element()));
}

Relationships load_hyperlink_targets(detail::ZipArchive& zip) {
    std::optional<std::string> xml = zip.read("word/_rels/document.xml.rels");
    if (!xml) return {};
    pugi::xml_document doc;
    detail::load_xml(doc, *xml, "word/_rels/document.xml.rels", parse_options);
    return hyperlink_targets(doc.document_element());
}

}  // namespace

RawText read_docx(std::string_view bytes, const ReadOptions& options) {
    detail::ZipArchive zip(bytes, options.max_uncompressed_size);
    std::optional<std::string> document_xml = zip.read(document_part);
    if (!document_xml) throw InputError("not a Word document: word/document.xml is missing");
    pugi::xml_document document;
    detail::load_xml(document, *document_xml, document_part, parse_options);
    const pugi::xml_node root = document.document_element();
    const Prefixes prefixes = find_prefixes(root);
    const StyleTable styles = load_styles(zip);
    const Relationships targets = load_hyperlink_targets(zip);

    const pugi::xml_node body = root.child(prefixes.word("body").c_str());
    DocumentReader reader(prefixes, styles, targets, options.max_uncompressed_size);
    reader.read(body ? body : root);
    return reader.finish();
}

}  // namespace cvdex
