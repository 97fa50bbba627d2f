// One libFuzzer entry point, compiled once per reader (CVDEX_FUZZ_TARGET_<name>). Each input
// is read and then run through the extractor, so a reader's odd output is fuzzed downstream too.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "cvdex/encoding.hpp"
#include "cvdex/errors.hpp"
#include "cvdex/extract.hpp"
#include "cvdex/read.hpp"
#include "cvdex/skills.hpp"

namespace {

cvdex::RawText read(std::string_view bytes) {
    cvdex::ReadOptions options;
    options.max_uncompressed_size = 4u << 20;
    options.max_pdf_pages = 20;
#if defined(CVDEX_FUZZ_TARGET_text)
    return cvdex::read_plain_text(cvdex::decode_text(bytes).utf8);
#elif defined(CVDEX_FUZZ_TARGET_markdown)
    return cvdex::read_markdown(cvdex::decode_text(bytes).utf8);
#elif defined(CVDEX_FUZZ_TARGET_rst)
    return cvdex::read_rst(cvdex::decode_text(bytes).utf8);
#elif defined(CVDEX_FUZZ_TARGET_latex)
    return cvdex::read_latex(cvdex::decode_text(bytes).utf8,
                             [](std::string_view) { return std::optional<std::string>("\\section{Included}\n\\input{again}"); });
#elif defined(CVDEX_FUZZ_TARGET_html)
    return cvdex::read_html(cvdex::decode_text(bytes).utf8);
#elif defined(CVDEX_FUZZ_TARGET_json_resume)
    return cvdex::read_json_resume(cvdex::decode_text(bytes).utf8);
#elif defined(CVDEX_FUZZ_TARGET_docx)
    return cvdex::read_docx(bytes, options);
#elif defined(CVDEX_FUZZ_TARGET_odt)
    return cvdex::read_odt(bytes, options);
#elif defined(CVDEX_FUZZ_TARGET_pdf)
    return cvdex::read_pdf(bytes, options);
#elif defined(CVDEX_FUZZ_TARGET_encoding)
    cvdex::RawText text;
    text.add(cvdex::decode_text(bytes).utf8);
    text.add(cvdex::decode_html_entities(bytes));
    text.add(cvdex::repair_mojibake(cvdex::sanitize_utf8(bytes)));
    return text;
#elif defined(CVDEX_FUZZ_TARGET_pipeline)
    // Format detection and dispatch as read_cv does it, without a file.
    std::string_view head = bytes.substr(0, 4096);
    switch (cvdex::detect_format("", head)) {
        case cvdex::Format::markdown: return cvdex::read_markdown(cvdex::decode_text(bytes).utf8);
        case cvdex::Format::rst: return cvdex::read_rst(cvdex::decode_text(bytes).utf8);
        case cvdex::Format::html: return cvdex::read_html(cvdex::decode_text(bytes).utf8);
        case cvdex::Format::latex: return cvdex::read_latex(cvdex::decode_text(bytes).utf8);
        case cvdex::Format::json_resume: return cvdex::read_json_resume(cvdex::decode_text(bytes).utf8);
        default: return cvdex::read_plain_text(cvdex::decode_text(bytes).utf8);
    }
#else
#error "define CVDEX_FUZZ_TARGET_<reader>"
#endif
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
    static const auto taxonomy = cvdex::Taxonomy::builtin();
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    try {
        cvdex::RawText text = read(bytes);
        (void)cvdex::extract_record(text, *taxonomy, cvdex::ExtractOptions{{2026, 11}});
    } catch (const cvdex::InputError&) {
        // Rejected input with a reason is the expected outcome for most fuzz inputs.
    }
    return 0;
}
