// libFuzzer: the .ods reader (core/sheet/ods_reader.h). The input is content.xml and, after a NUL
// byte, META-INF/manifest.xml; they go into a stored zip with the spreadsheet mimetype.
// Properties: never crash; a refusal has English and Dutch text; a sheet stays within the limits
// (repeated rows and cells included).
#include <cstddef>
#include <cstdint>

#include "core/sheet/ods_reader.h"
#include "sheet_fuzz_common.h"

using namespace ww::sheet;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const auto path = fuzz::scratch_path(".ods");
    auto [content, manifest] = fuzz::split(data, size);
    std::vector<std::pair<std::string, std::string>> parts{
        {"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", content}};
    if (!manifest.empty()) parts.emplace_back("META-INF/manifest.xml", manifest);
    fuzz::write_zip(path, parts);
    const WorkbookLimits limits = fuzz::small_limits();
    WorkbookRefusal why;
    auto sheets = read_ods(path, limits, why);
    fuzz::check(sheets, why, limits);
    return 0;
}
