#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "cvdex/raw_text.hpp"

// What the DOCX and ODT readers share: parsing a part of the package, walking it without
// recursion, and turning paragraphs, runs and tables into TextLines.
namespace cvdex::detail {

/// Parses `data` in place (it must outlive `doc`). pugixml never expands DTD entities, so
/// entity bombs and external entities are inert. Throws InputError("malformed <part>: ...").
void load_xml(pugi::xml_document& doc, std::string& data, std::string_view part, unsigned options);

/// Visits the nodes under `root` in document order with an explicit walk instead of recursion,
/// because documents can nest thousands of elements deep. `enter(node)` returns whether to
/// descend into the node; `leave(node)` is called after the children of every node entered with
/// true. Each node is visited once, so the walk is bounded by the size of the tree.
template <class Enter, class Leave>
void walk_xml(pugi::xml_node root, Enter&& enter, Leave&& leave) {
    pugi::xml_node node = root.first_child();
    while (node) {
        const bool descend = enter(node);
        if (descend && node.first_child()) {
            node = node.first_child();
            continue;
        }
        if (descend) leave(node);
        while (node != root && !node.next_sibling()) {
            node = node.parent();
            if (node != root) leave(node);
        }
        node = node == root ? pugi::xml_node{} : node.next_sibling();
    }
}

/// What a reader knows about a paragraph before reading its text.
struct ParagraphInfo {
    int heading_level = 0;  ///< 1..6, 0 for body text
    bool bullet = false;
    int indent = 0;
};

/// Collects the text of a word-processor document as TextLines: one line per paragraph (split at
/// hard line breaks), one line per table row with the cells joined by " | " and the paragraphs
/// of a cell by ", " ("2019 - 2023 | Acme GmbH, Berlin | Engineer"); bullets in the cells follow
/// their row as lines of their own. A row whose cells hold headings or many paragraphs is a
/// layout table (a two-column CV built from a table): its cells are emitted line by line, cell
/// after cell. Nested tables are flattened into the cell that holds them.
/// Calls nest like the XML they come from; unbalanced calls never crash, they only group text
/// differently.
class OfficeTextBuilder {
public:
    /// `max_chars` bounds the text kept, so that repeated spaces (ODT text:s) cannot blow up.
    explicit OfficeTextBuilder(std::size_t max_chars) : max_chars_(max_chars) {}

    void begin_paragraph(const ParagraphInfo& info);
    void end_paragraph();
    /// Text of one run; ignored outside paragraphs (whitespace between elements).
    void add_text(std::string_view text, bool bold);
    void add_tab() { add_text("\t", false); }
    /// A hard line break: the paragraph goes on in a new line.
    void add_break();
    [[nodiscard]] bool in_paragraph() const noexcept { return !paragraphs_.empty(); }
    /// The last character of the current line, or '\0'.
    [[nodiscard]] char last_char() const noexcept;

    void begin_table();
    void end_table();
    void begin_row();
    void end_row();
    void begin_cell();
    void end_cell();

    /// Closes whatever is still open and returns the lines.
    [[nodiscard]] std::vector<TextLine> finish();
    /// True when text was dropped because it went over `max_chars`.
    [[nodiscard]] bool truncated() const noexcept { return truncated_; }

private:
    struct Segment {
        std::string text;
        bool has_text = false;  // any non-space character
        bool all_bold = true;   // every non-space run was bold
    };
    struct Paragraph {
        ParagraphInfo info;
        std::vector<Segment> segments;
    };
    using Cell = std::vector<TextLine>;
    struct Table {
        std::vector<Cell> cells;  // of the current row
        bool cell_open = false;
    };

    std::vector<TextLine>& sink();

    std::vector<Paragraph> paragraphs_;  // a text box inside a paragraph nests one more
    std::vector<Table> tables_;
    std::vector<TextLine> lines_;
    std::size_t chars_ = 0;
    std::size_t max_chars_;
    bool truncated_ = false;
};

}  // namespace cvdex::detail
