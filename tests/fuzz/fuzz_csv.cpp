// libFuzzer: the HSDS CSV reader (core/csv.h). Properties: never crash; every record it returns has
// a line number inside the text; find_invalid_utf8 points inside the text or says npos.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/csv.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    size_t bad = ww::find_invalid_utf8(text);
    if (bad != std::string_view::npos && bad >= size) std::abort();
    auto table = ww::parse_csv(text, "fuzz.csv");
    if (!table) return 0;
    int previous = 1;
    for (const auto& record : table->records) {
        if (record.line <= previous - 1 || record.line < 2 || static_cast<size_t>(record.line) > size + 1) std::abort();
        previous = record.line;
        (void)ww::csv_row(record.fields);
    }
    return 0;
}
