#pragma once
// Legacy encodings for the text formats: a CV written in Windows-1252, Windows-1251 or KOI8-R,
// as old editors save them. The truth never changes: undoing the encoding is cvdex's job.
#include <string>
#include <string_view>

namespace cvdex::gen {

/// Converts UTF-8 `text` to `charset` (an iconv name: "windows-1252", "windows-1251", "KOI8-R")
/// in place. Returns false and leaves `text` alone when a character has no byte in `charset`.
[[nodiscard]] bool encode_legacy(std::string& text, std::string_view charset);

}  // namespace cvdex::gen
