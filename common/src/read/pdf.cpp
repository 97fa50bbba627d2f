// PDF through poppler-cpp: the words of each page with their boxes and fonts, ordered into lines
// by pdf_layout (columns, headings by size, bullets, hyphenation).
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#if defined(__SANITIZE_ADDRESS__)
#define CVDEX_HAS_LSAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CVDEX_HAS_LSAN 1
#endif
#endif
#ifndef CVDEX_HAS_LSAN
#define CVDEX_HAS_LSAN 0
#endif
#if CVDEX_HAS_LSAN
#include <sanitizer/lsan_interface.h>
#endif

#include "cvdex/errors.hpp"
#include "cvdex/read.hpp"
#include "read/pdf_layout.hpp"

namespace cvdex {
namespace {

using detail::PdfLine;
using detail::PdfWord;

constexpr std::size_t max_words_per_page = 10000;  // bounds the layout work on absurd pages

// Poppler reports every syntax problem of a broken file on stderr; our diagnostics go through
// InputError, one line per file. The handler is poppler's own global, set once.
void silence_poppler() {
    static const bool silenced = [] {
        poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr);
        return true;
    }();
    (void)silenced;
}

bool is_bold_font(std::string_view name) {
    // "ABCDEF+Helvetica-Bold", "Calibri,Bold", "OpenSans-SemiBold", "Lato-Black".
    for (std::string_view weight : {"Bold", "bold", "BOLD", "Black", "Heavy", "Semibold", "Demi"})
        if (name.find(weight) != std::string_view::npos) return true;
    return false;
}

// Ligatures as one code point would make "ﬁnance" unsearchable; control characters are noise.
std::string clean_word(const poppler::ustring& text) {
    static constexpr std::pair<char16_t, std::string_view> ligatures[] = {
        {u'\uFB00', "ff"}, {u'\uFB01', "fi"}, {u'\uFB02', "fl"}, {u'\uFB03', "ffi"},
        {u'\uFB04', "ffl"}, {u'\uFB05', "st"}, {u'\uFB06', "st"}};
    poppler::ustring plain;
    for (auto c : text) {
        if (c < 0x20 || c == 0x7F) continue;
        bool replaced = false;
        for (const auto& [ligature, letters] : ligatures)
            if (c == ligature) {
                for (char letter : letters) plain.push_back(static_cast<unsigned short>(letter));
                replaced = true;
            }
        if (!replaced) plain.push_back(c);
    }
    const poppler::byte_array utf8 = plain.to_utf8();
    return {utf8.begin(), utf8.end()};
}

// Font names tell bold words: the job title above its dates, a bold-only section heading.
constexpr int text_list_options = poppler::page::text_list_include_font;

// To name fonts, poppler scans the document's fonts and asks fontconfig for each one the PDF
// does not embed; fontconfig then loads its configuration once per process and never frees it.
// That is no leak of ours, but LeakSanitizer would blame every test and fuzz run that reads such
// a PDF, so it is told to look away while poppler works.
class IgnoreLibraryLeaks {
#if CVDEX_HAS_LSAN
    __lsan::ScopedDisabler disabler_;
#endif
};

std::vector<PdfWord> page_words(const poppler::page& page, std::vector<std::string>& warnings, int page_number) {
    std::vector<poppler::text_box> boxes = [&] {
        [[maybe_unused]] const IgnoreLibraryLeaks ignore;
        return page.text_list(text_list_options);
    }();
    if (boxes.size() > max_words_per_page) {
        warnings.push_back(fmt::format("page {}: {} words, read the first {}", page_number, boxes.size(),
                                       max_words_per_page));
        boxes.erase(boxes.begin() + static_cast<std::ptrdiff_t>(max_words_per_page), boxes.end());
    }
    std::vector<PdfWord> words;
    words.reserve(boxes.size());
    for (const poppler::text_box& box : boxes) {
        // Rotated text (a vertical label in a sidebar) would scramble the lines it crosses.
        if (box.rotation() != 0) continue;
        const poppler::rectf bbox = box.bbox();
        PdfWord word;
        word.text = clean_word(box.text());
        word.left = bbox.left();
        word.top = bbox.top();
        word.right = bbox.right();
        word.bottom = bbox.bottom();
        if (word.text.empty() || !std::isfinite(word.left) || !std::isfinite(word.top) ||
            !std::isfinite(word.right) || !std::isfinite(word.bottom))
            continue;
        if (box.has_font_info()) {
            word.font_size = box.get_font_size();
            word.bold = is_bold_font(box.get_font_name());
        }
        if (!std::isfinite(word.font_size) || word.font_size < 0) word.font_size = 0;
        word.space_after = box.has_space_after();
        words.push_back(std::move(word));
    }
    return words;
}

std::unique_ptr<poppler::document> open_document(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) throw InputError("PDF too large");
    // poppler reads the bytes in place; they outlive the document in read_pdf.
    std::unique_ptr<poppler::document> document(
        poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!document) throw InputError("not a valid PDF (truncated or corrupt)");
    // Locked: a user password is needed to open it. Encrypted with an empty user password, it
    // opens in every viewer without asking, so its text is what everyone sees: read it.
    if (document->is_locked()) throw InputError("encrypted PDF");
    return document;
}

}  // namespace

RawText read_pdf(std::string_view bytes, const ReadOptions& options) {
    silence_poppler();
    const std::unique_ptr<poppler::document> document = open_document(bytes);
    const int pages = document->pages();
    if (pages <= 0) throw InputError("not a valid PDF (truncated or corrupt)");

    RawText raw;
    raw.format = Format::pdf;
    if (document->is_encrypted()) raw.warnings.emplace_back("encrypted PDF without a user password: read anyway");
    const auto limit =
        static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(pages), options.max_pdf_pages));
    if (limit < pages) raw.warnings.push_back(fmt::format("PDF has {} pages; read the first {}", pages, limit));

    std::vector<PdfLine> lines;
    for (int index = 0; index < limit; ++index) {
        const std::unique_ptr<poppler::page> page(document->create_page(index));
        if (!page) continue;
        std::vector<PdfWord> words = page_words(*page, raw.warnings, index + 1);
        for (PdfLine& line : detail::layout_page(std::move(words), page->page_rect().width()))
            lines.push_back(std::move(line));
    }
    raw.lines = detail::finish_lines(lines);
    if (raw.lines.empty()) raw.warnings.emplace_back("no text in the PDF (a scanned image?)");
    return raw;
}

}  // namespace cvdex
