#pragma once
// The cvbench subcommands. Each parses its own options (argv[0] is the subcommand name) and
// returns the exit code: 0 ok, 1 runtime failure, 2 usage error.

namespace cvdex::bench {

/// `cvbench index`: times the real cvindex over a corpus into a fresh database.
[[nodiscard]] int run_index_command(int argc, char** argv);
/// `cvbench query`: replays a query mix through cvdex::query::Searcher.
[[nodiscard]] int run_query_command(int argc, char** argv);
/// `cvbench accuracy`: the extractor against a generator truth file.
[[nodiscard]] int run_accuracy_command(int argc, char** argv);
/// `cvbench omindex`: times Xapian's omindex over a corpus (the reference indexer).
[[nodiscard]] int run_omindex_command(int argc, char** argv);
/// `cvbench fts5 load|query`: the SQLite FTS5 side of the comparison.
[[nodiscard]] int run_fts5_command(int argc, char** argv);
/// `cvbench report`: the side-by-side table of a comparison run's JSON files.
[[nodiscard]] int run_report_command(int argc, char** argv);

}  // namespace cvdex::bench
