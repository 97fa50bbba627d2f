#pragma once
// WinAnsiEncoding (Windows-1252), the encoding of the standard PDF fonts: conversion from UTF-8,
// folding of text it cannot hold, and the advance widths of Helvetica and Helvetica-Bold.
#include <string>
#include <string_view>

#include "cv_model.hpp"

namespace cvdex::gen {

/// UTF-8 -> Windows-1252 bytes; a character outside it becomes '?'.
[[nodiscard]] std::string to_winansi(std::string_view utf8);

/// Whether every character of `utf8` exists in Windows-1252.
[[nodiscard]] bool fits_winansi(std::string_view utf8);

/// Rewrites every character Windows-1252 lacks with its base letter ("Łódź" -> "Lódz",
/// "Nguyễn" -> "Nguyen"), keeping the case; what has no base letter becomes '?'.
[[nodiscard]] std::string fold_to_winansi(std::string_view utf8);

/// Folds every text of the CV with fold_to_winansi (for the PDF writer, whose fonts have only
/// Windows-1252). Done before the truth is written, so the truth matches the file.
void fold_cv_to_winansi(Cv& cv);

/// Typographic quotes and dashes as ASCII ("«Ромашка»" -> "\"Ромашка\"", "–" -> "-"), as a
/// CV typed in a KOI8-R editor has them.
[[nodiscard]] std::string fold_typography(std::string_view utf8);

/// Rewrites every text of the CV with `fold`.
void fold_cv(Cv& cv, std::string (*fold)(std::string_view));

/// The advance width of a Windows-1252 byte in Helvetica or Helvetica-Bold, in 1/1000 em.
[[nodiscard]] int helvetica_width(unsigned char byte, bool bold);

}  // namespace cvdex::gen
