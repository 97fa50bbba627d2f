// libFuzzer target for the query side: the input is query text (and, with a marker byte, a job
// description for --like) run against a small database built once from a few Markdown CVs with
// the same calls as the indexer. Only the documented failures are expected: QuerySyntaxError
// for bad query text and SearchError (an unusable --like file); anything else escaping, a crash,
// a sanitizer report or a hang is a bug.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include <xapian.h>

#include "cvdex/document.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/schema.hpp"
#include "cvdex/search.hpp"
#include "cvdex/skills.hpp"

namespace fs = std::filesystem;

namespace {

constexpr cvdex::YearMonth today{2026, 11};

constexpr std::string_view cvs[] = {
    "# Amara Okafor\n\nLocation: Amsterdam, Netherlands\n\n## Summary\n\nBackend engineer: Go, Kafka, "
    "distributed tracing.\n\n## Experience\n\n### Senior Backend Engineer | Paylane Payments\n\n"
    "**Nov 2019 – present | Amsterdam, Netherlands**\n\n- Built the ledger in Go with Kafka and PostgreSQL.\n\n"
    "## Skills\n\n- Go, Kafka, PostgreSQL, Kubernetes\n",
    "# Femi Adeyemi\n\n## Summary\n\nSite reliability engineer running k8s.\n\n## Experience\n\n"
    "### Site Reliability Engineer | Savanna Stream\n\n**Jun 2019 – present | Lagos, Nigeria**\n\n"
    "- Run k8s clusters with Helm and Terraform.\n\n## Skills\n\n- k8s, Terraform, Python\n",
    "# Hiroshi Tanaka\n\n## Experience\n\n### Python Developer | Kansai Analytics\n\n"
    "**Apr 2009 – Dec 2015 | Kyoto, Japan**\n\n- Wrote Python reporting tools with NumPy.\n\n## Skills\n\n- Python\n",
    "# Niklas Hoffmann\n\n## Berufserfahrung\n\n**Jan. 2018 – heute:** Senior Kotlin-Entwickler bei der Isarwerk "
    "Software GmbH, München\n\n- Kotlin und Spring Boot, PostgreSQL, Kubernetes.\n",
};

// A temporary database of the CVs above, removed when the fuzzer exits.
struct TinyDatabase {
    fs::path dir;
    TinyDatabase() {
        dir = fs::temp_directory_path() / ("cvdex-fuzz-query-" + std::to_string(::getpid()));
        fs::remove_all(dir);
        fs::create_directories(dir);
        const auto taxonomy = cvdex::Taxonomy::builtin();
        Xapian::WritableDatabase db((dir / "db").string(), Xapian::DB_CREATE_OR_OVERWRITE);
        cvdex::add_skill_synonyms(db, *taxonomy);
        int n = 0;
        for (std::string_view cv : cvs) {
            const cvdex::RawText text = cvdex::read_markdown(cv);
            cvdex::CvRecord record = cvdex::extract_record(text, *taxonomy, cvdex::ExtractOptions{today});
            record.path = "/fuzz/cv" + std::to_string(++n) + ".md";
            const cvdex::FileStamp stamp{record.path, 0, cv.size(), cvdex::schema::fnv1a_hex(cv)};
            const Xapian::Document doc = cvdex::build_document(record, text, stamp, *taxonomy, today);
            db.replace_document(cvdex::schema::id_term(record.path), doc);
        }
        db.set_metadata("cvdex:schema", "1");
        db.commit();
    }
    ~TinyDatabase() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    static const TinyDatabase database;
    static cvdex::query::Searcher searcher({(database.dir / "db").string()});
    std::string_view input(reinterpret_cast<const char*>(data), size);

    cvdex::query::SearchRequest request;
    request.today = today;
    request.limit = 5;
    request.facets = {"skills", "years"};
    // A leading 0x01 byte: the rest is a job description for --like; 0x02: query plus filters.
    if (!input.empty() && input[0] == '\x01') {
        request.like_file = (database.dir / "job.md").string();
        std::ofstream(request.like_file, std::ios::binary | std::ios::trunc) << input.substr(1);
    } else if (!input.empty() && input[0] == '\x02') {
        request.query = std::string(input.substr(1));
        request.filters.skills = {"go"};
        request.filters.recent_years = 3;
        request.filters.min_years = 1;
        request.explain = true;
    } else {
        request.query = std::string(input);
    }
    try {
        const cvdex::query::SearchResponse response = searcher.search(request);
        // As cvsearch prints it: the query is echoed as given, so invalid UTF-8 is replaced.
        (void)cvdex::query::to_json(response).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    } catch (const cvdex::query::QuerySyntaxError&) {
        // Bad query text with a position: the documented outcome for most fuzz inputs.
    } catch (const cvdex::query::SearchError&) {
        // An unusable --like file.
    }
    return 0;
}
