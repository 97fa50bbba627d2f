#pragma once
// Words to terms exactly as the indexer's TermGenerator makes them, so query and index agree on
// what "node.js", "C++" or "e-mail" become.
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

namespace cvdex::query {

class TermMaker {
public:
    TermMaker();
    /// The unstemmed, lower-case terms of `text`, in order.
    [[nodiscard]] std::vector<std::string> words(std::string_view text);
    /// The English stem of a word ("engineering" -> "engin").
    [[nodiscard]] std::string stem(const std::string& word) const { return stemmer_(word); }

private:
    Xapian::TermGenerator generator_;
    Xapian::Stem stemmer_;
};

/// A word term under a prefix OR its stem (Xapian's "Z" + prefix + stem).
[[nodiscard]] Xapian::Query word_query(const std::string& prefix, const std::string& word, const TermMaker& maker);

/// A word in one section of the stems layout, where sections hold no stems: the word, and the
/// section's other words with the same stem by one of `stemmers` ("payments" for "payment", not
/// "javascript" for "java"), found among the section's terms that start like the stem. Without
/// a database, the word alone.
[[nodiscard]] Xapian::Query section_word_query(const std::string& prefix, const std::string& word,
                                               const std::vector<Xapian::Stem>& stemmers,
                                               const Xapian::Database* database);

}  // namespace cvdex::query
