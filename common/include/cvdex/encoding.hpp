#pragma once
#include <string>
#include <string_view>

namespace cvdex {

/// Text decoded to UTF-8 and the name of the encoding it came from.
struct DecodedText {
    std::string utf8;
    std::string encoding;  ///< "UTF-8", "UTF-16LE", "windows-1252", "windows-1251", "KOI8-R", ...
    bool repaired_mojibake = false;
};

/// Detects the encoding of a text file's bytes (BOMs, UTF-8 validity, then a statistical guess
/// among CP1252/Latin-1, CP1251 and KOI8-R), converts to UTF-8 without BOM, normalises line ends
/// to '\n', and repairs double-encoded UTF-8 ("Ã©" for "é"). Never throws on bad bytes: invalid
/// sequences become U+FFFD.
[[nodiscard]] DecodedText decode_text(std::string_view bytes);

/// Repairs UTF-8 that was decoded as CP1252 and encoded to UTF-8 again ("â€”" -> "—",
/// "ðŸš€" -> an emoji). Only runs of characters that re-encode to valid multi-byte UTF-8 are
/// changed, so clean text passes through untouched. Sets *changed when it changed anything.
[[nodiscard]] std::string repair_mojibake(std::string_view utf8, bool* changed = nullptr);

/// Decodes HTML/XML character references (&amp; &ndash; &#8209; &#x2014; and the common named
/// entities) in otherwise plain text. Unknown entities are left as they are.
[[nodiscard]] std::string decode_html_entities(std::string_view text);

/// Replaces invalid UTF-8 sequences by U+FFFD.
[[nodiscard]] std::string sanitize_utf8(std::string_view text);

}  // namespace cvdex
