#pragma once
// Tables of LaTeX commands the converter knows by name. Private to the library.
#include <optional>
#include <string>
#include <string_view>

namespace cvdex::markup::latex {

/// Text of a command without arguments: \ss -> "ß", \ldots -> "…", \quad -> " ".
[[nodiscard]] std::optional<std::string_view> symbol_text(std::string_view name);

/// The combining mark of an accent command (\' \` \^ \" \~ \= \. \c \v \u \H \r \k \d \b), or 0.
[[nodiscard]] char32_t accent_mark(std::string_view name);

/// `base` with the accent on its first character, composed when Unicode has the letter ("é").
[[nodiscard]] std::string compose_accent(std::string_view base, char32_t mark);

/// Commands that end a line of text: \newline, \par, \bigskip, \clearpage ...
[[nodiscard]] bool breaks_line(std::string_view name);

/// Number of brace arguments of a command whose arguments are never text (\vspace{..},
/// \setlength{..}{..}, \usepackage{..}); -1 for other commands. Bracket options are skipped too.
[[nodiscard]] int dropped_arguments(std::string_view name);

/// One-argument commands that only style their argument: \textit, \emph, \mbox, \texttt ...
[[nodiscard]] bool is_text_style(std::string_view name);

/// Environments that are lists of \item.
[[nodiscard]] bool is_list_environment(std::string_view name);

/// Environments whose content is printed as it is (verbatim, lstlisting).
[[nodiscard]] bool is_verbatim_environment(std::string_view name);

/// Brace arguments that an environment takes after \begin{name} and that are not text
/// (a tabular column spec, a minipage width).
[[nodiscard]] int environment_arguments(std::string_view name);

/// True when the argument of an unknown command is a setting rather than text: a length
/// ("1.5em"), key=value options, or, for a command's only argument, the command's name says it
/// sets colours, fonts or lengths.
[[nodiscard]] bool looks_like_parameter(std::string_view command, std::string_view argument, bool only_argument);

}  // namespace cvdex::markup::latex
