#pragma once
// How a response is printed: the readable table, CSV, or the --json object.
#include <cstdio>

#include "cvdex/search.hpp"

namespace cvdex::query {

enum class OutputFormat { table, json, csv };

/// The readable form: one block per hit (rank, name, score, years, matched skills, current
/// title and employer, path, snippet). `colour` highlights snippet matches with ANSI bold
/// yellow; without it the « » markers stay.
void print_table(std::FILE* out, const SearchResponse& response, bool colour);
/// rank,score,name,years,skills,title,employer,location,path,snippet (RFC 4180 quoting).
void print_csv(std::FILE* out, const SearchResponse& response);

}  // namespace cvdex::query
