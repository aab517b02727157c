// libFuzzer: the .xlsx reader (core/sheet/xlsx_reader.h). The input is a worksheet's XML and,
// after a NUL byte, the shared strings; they go into a stored zip with a fixed workbook.
// Properties: never crash; a refusal has English and Dutch text; a sheet stays within the limits.
#include <cstddef>
#include <cstdint>

#include "sheet_fuzz_common.h"

using namespace ww::sheet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string rels =
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
    static const std::string workbook =
        R"(<?xml version="1.0"?><workbook xmlns:r="r"><sheets><sheet name="Diensten" r:id="rId1"/></sheets></workbook>)";
    static const auto path = fuzz::scratch_path(".xlsx");
    auto [sheet, strings] = fuzz::split(data, size);
    std::vector<std::pair<std::string, std::string>> parts{
        {"xl/_rels/workbook.xml.rels", rels}, {"xl/workbook.xml", workbook}, {"xl/worksheets/sheet1.xml", sheet}};
    if (!strings.empty()) parts.emplace_back("xl/sharedStrings.xml", strings);
    fuzz::write_zip(path, parts);
    const WorkbookLimits limits = fuzz::small_limits();
    WorkbookRefusal why;
    auto sheets = read_xlsx(path, limits, why);
    fuzz::check(sheets, why, limits);
    return 0;
}
