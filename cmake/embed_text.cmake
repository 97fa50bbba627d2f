# Turns a text file into a C++ source defining `std::string_view cvdex::embedded_<name>()`.
# Usage: cmake -DINPUT=file -DOUTPUT=file.cpp -P embed_text.cmake
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hex_length)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
get_filename_component(name "${INPUT}" NAME_WE)
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n#include <string_view>\n"
  "namespace cvdex {\nnamespace { const char data[] = {${bytes} 0}; }\n"
  "std::string_view embedded_${name}() { return {data, sizeof(data) - 1}; }\n}\n")
