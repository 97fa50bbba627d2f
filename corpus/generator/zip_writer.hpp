#pragma once
// A zip archive built in memory with libzip, for the DOCX and ODT writers.
#include <string>
#include <string_view>
#include <vector>

namespace cvdex::gen {

/// One member of the archive. `data` must stay alive until make_zip returns.
struct ZipMember {
    std::string_view name;
    std::string_view data;
    bool store = false;  ///< no compression (the ODT "mimetype" member must be stored)
};

/// Appends a zip archive of `members`, in this order, to `out`. Member times are fixed, so the
/// bytes depend only on the members. Throws std::runtime_error when libzip fails.
void make_zip(const std::vector<ZipMember>& members, std::string& out);

}  // namespace cvdex::gen
