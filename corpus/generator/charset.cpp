// glibc's iconv, one descriptor per charset kept for the whole run (the generator is
// single-threaded), reset before each text.
#include "charset.hpp"

#include <iconv.h>

#include <cerrno>
#include <map>

namespace cvdex::gen {
namespace {

iconv_t converter(std::string_view charset) {
    static std::map<std::string, iconv_t, std::less<>> open;
    auto found = open.find(charset);
    if (found != open.end()) return found->second;
    iconv_t cd = iconv_open(std::string(charset).c_str(), "UTF-8");
    open.emplace(std::string(charset), cd);
    return cd;
}

}  // namespace

bool encode_legacy(std::string& text, std::string_view charset) {
    iconv_t cd = converter(charset);
    if (cd == reinterpret_cast<iconv_t>(-1)) return false;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    std::string out(text.size(), '\0');  // single-byte charsets never grow the text
    char* in = text.data();
    std::size_t in_left = text.size();
    char* to = out.data();
    std::size_t to_left = out.size();
    if (iconv(cd, &in, &in_left, &to, &to_left) == static_cast<std::size_t>(-1)) return false;
    out.resize(out.size() - to_left);
    text = std::move(out);
    return true;
}

}  // namespace cvdex::gen
