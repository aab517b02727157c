#pragma once
// What the .xlsx and .ods readers share: a zip opened with libzip, parts parsed with a size limit
// (the size in the zip's directory may lie: zip bombs), and expat driven by three callbacks with
// entity declarations refused (billion laughs). Every refusal is kept in English and Dutch.
#include <zip.h>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/sheet/xlsx_reader.h"

namespace ww::sheet::detail {

struct ZipCloser {
    void operator()(zip_t* z) const { zip_discard(z); }
};
using Zip = std::unique_ptr<zip_t, ZipCloser>;

// Records the refusal in both languages and returns the English one as the Error.
Error refuse(WorkbookRefusal& why, std::string en, std::string nl);

// The element's name without a namespace prefix ("x:c" -> "c").
std::string_view local(const char* name);
// An attribute by its name, with or without a prefix ("table:name" or "name").
const char* attribute(const char** atts, std::string_view name);

struct XmlHandlers {
    std::function<void(std::string_view, const char**)> start;
    std::function<void(std::string_view)> end;
    std::function<void(std::string_view)> text;
    // A handler calls stop() to end the parse with a refusal.
    void stop(std::string en, std::string nl) {
        if (error_en.empty()) error_en = std::move(en), error_nl = std::move(nl);
    }
    std::string error_en, error_nl;
};

// One part of the zip parsed as it unpacks, with a size limit: a handler's own limit (rows, cells)
// stops it before the size limit is reached, and memory stays small.
Status parse_part(zip_t* z, const std::string& name, std::size_t limit, XmlHandlers& h, WorkbookRefusal& why);

// Opens a zip; a file that is not one is refused with what it is instead.
Result<Zip> open_zip(const std::filesystem::path& path, WorkbookRefusal& why);

// Refusals the readers share.
WorkbookRefusal too_many_rows(const std::string& sheet, std::size_t limit);
WorkbookRefusal too_many_columns(const std::string& sheet, std::size_t limit);
WorkbookRefusal too_many_cells(const std::string& sheet, std::size_t limit);
// Text copied into cells beyond `limit` bytes (a shared or repeated string used very often).
WorkbookRefusal too_much_text(const std::string& sheet, std::size_t limit);

}  // namespace ww::sheet::detail
