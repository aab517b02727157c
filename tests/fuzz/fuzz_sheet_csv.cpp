// libFuzzer: the Excel CSV reader (core/sheet/csv_reader.h) on raw bytes, any encoding.
// Properties: never crash; without a UTF-8 byte order mark the decoded text is valid UTF-8; a
// refusal has English and Dutch text; a sheet stays within the limits, its cells are UTF-8 and no
// row ends in empty cells.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/csv.h"
#include "core/sheet/csv_reader.h"
#include "sheet_fuzz_common.h"

using namespace ww::sheet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view bytes(reinterpret_cast<const char*>(data), size);
    if (bytes.substr(0, 3) != "\xEF\xBB\xBF" &&
        ww::find_invalid_utf8(csv_text_as_utf8(bytes)) != std::string_view::npos)
        std::abort();
    const WorkbookLimits limits = fuzz::small_limits();
    WorkbookRefusal why;
    auto sheet = parse_csv_sheet(bytes, "fuzz", limits, why);
    if (!sheet) {
        if (why.en.empty() || why.nl.empty()) std::abort();
        return 0;
    }
    if (sheet->rows.size() > limits.max_rows) std::abort();
    for (const auto& row : sheet->rows) {
        if (row.size() > limits.max_columns) std::abort();
        if (!row.empty() && row.back().kind == WorkbookCell::Kind::Empty) std::abort();
        for (const auto& cell : row)
            if (ww::find_invalid_utf8(cell.text) != std::string_view::npos) std::abort();
    }
    return 0;
}
