#include "core/sheet/workbook_reader.h"

#include "core/sheet/csv_reader.h"
#include "core/sheet/ods_reader.h"
#include "core/text.h"

#include <zip.h>

#include <fstream>
#include <memory>

namespace ww::sheet {

namespace {

constexpr std::string_view kOdsMime = "application/vnd.oasis.opendocument.spreadsheet";
const std::string kSaveAgain = " Sla het blad op als .xlsx, .ods of .csv.";

std::string head_of(const std::filesystem::path& path, std::size_t bytes) {
    std::ifstream in(path, std::ios::binary);
    std::string head(bytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    return head;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// The zip's "mimetype" part (OpenDocument stores it first), or empty.
std::string zip_mimetype(zip_t* z) {
    zip_file_t* f = zip_fopen(z, "mimetype", 0);
    if (!f) return {};
    char buffer[128];
    zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
    zip_fclose(f);
    return n > 0 ? trim(std::string(buffer, static_cast<std::size_t>(n))) : std::string();
}

WorkbookKind zip_kind(const std::filesystem::path& path) {
    int code = 0;
    std::unique_ptr<zip_t, decltype(&zip_discard)> z(zip_open(path.string().c_str(), ZIP_RDONLY, &code), &zip_discard);
    if (!z)
        return {WorkbookFormat::Unknown,
                "is a damaged zip file, not a readable workbook; save it again as .xlsx or .ods",
                "Het bestand is beschadigd." + kSaveAgain};
    const std::string mime = zip_mimetype(z.get());
    if (mime == kOdsMime) return {WorkbookFormat::Ods, {}, {}};
    if (zip_name_locate(z.get(), "xl/workbook.xml", 0) >= 0) return {WorkbookFormat::Xlsx, {}, {}};
    if (starts_with(mime, "application/vnd.oasis.opendocument."))
        return {
            WorkbookFormat::Unknown,
            "is an OpenDocument file (" + mime + "), not a spreadsheet; save the sheet from LibreOffice Calc as .ods",
            "Het bestand is geen rekenblad maar een ander soort document. Sla het blad op in LibreOffice Calc als .ods."};
    if (zip_name_locate(z.get(), "word/document.xml", 0) >= 0)
        return {WorkbookFormat::Unknown, "is a Word document, not a workbook; use the sheet exported by kioskctl",
                "Het bestand is een Word-document, geen werkmap. Gebruik het blad dat kioskctl maakte."};
    return {WorkbookFormat::Unknown, "is a zip file, but not an .xlsx or .ods workbook",
            "Het bestand is een zip-bestand, geen werkmap." + kSaveAgain};
}

bool looks_like_html(const std::string& head) {
    std::string lower = ascii_lower(trim(head));
    if (starts_with(lower, "\xef\xbb\xbf")) lower = lower.substr(3);
    return starts_with(lower, "<!doctype") || starts_with(lower, "<html") || lower.find("<html") != std::string::npos ||
           (starts_with(lower, "<") && lower.find("<table") != std::string::npos);
}

bool has_text_extension(const std::filesystem::path& path) {
    const std::string ext = ascii_lower(path.extension().string());
    return ext == ".csv" || ext == ".txt" || ext == ".tsv" || ext == ".tab";
}

}  // namespace

WorkbookKind detect_workbook(const std::filesystem::path& path) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return {WorkbookFormat::Unknown, "cannot be opened (no such file)", "Het bestand is er niet of kan niet open."};
    const std::string head = head_of(path, 4096);
    if (starts_with(head, "PK\x03\x04") || starts_with(head, std::string_view("PK\x05\x06", 4))) return zip_kind(path);
    if (starts_with(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return {
            WorkbookFormat::Unknown,
            "is protected with a password (or an old .xls file); save it in Excel without a password as .xlsx",
            "Het bestand is beveiligd met een wachtwoord (of het is een oud .xls-bestand). Haal het wachtwoord weg en "
            "sla het op als .xlsx."};
    if (starts_with(head, "%PDF"))
        return {WorkbookFormat::Unknown, "is a PDF, not a workbook",
                "Het bestand is een PDF, geen werkmap." + kSaveAgain};
    if (looks_like_html(head))
        return {WorkbookFormat::Unknown, "is a web page (HTML), not a workbook; open it in Excel and save it as .xlsx",
                "Het bestand is een webpagina (HTML), geen werkmap. Open het in Excel of LibreOffice en sla het op als "
                ".xlsx."};
    if (starts_with(head, "<?xml"))
        return {WorkbookFormat::Unknown,
                "is an XML file (perhaps 'XML Spreadsheet 2003'), not a workbook; save it as .xlsx",
                "Het bestand is een XML-bestand, geen werkmap." + kSaveAgain};
    // Text: a CSV. UTF-16 (Excel's "Unicode text") has NUL bytes but starts with a byte order mark.
    const bool utf16 = starts_with(head, "\xFF\xFE") || starts_with(head, "\xFE\xFF");
    if (utf16 || head.find('\0') == std::string::npos) {
        if (has_text_extension(path) || head.find(';') != std::string::npos || head.find(',') != std::string::npos ||
            head.find('\t') != std::string::npos)
            return {WorkbookFormat::Csv, {}, {}};
    }
    return {WorkbookFormat::Unknown, "is not a workbook (.xlsx, .ods or .csv)",
            "Het bestand is geen werkmap." + kSaveAgain};
}

Result<std::vector<WorkbookSheet>> read_workbook(const std::filesystem::path& path, const WorkbookLimits& limits) {
    WorkbookRefusal why;
    return read_workbook(path, limits, why);
}

Result<std::vector<WorkbookSheet>> read_workbook(const std::filesystem::path& path, const WorkbookLimits& limits,
                                                 WorkbookRefusal& why) {
    WorkbookKind kind = detect_workbook(path);
    switch (kind.format) {
        case WorkbookFormat::Xlsx: return read_xlsx(path, limits, why);
        case WorkbookFormat::Ods: return read_ods(path, limits, why);
        case WorkbookFormat::Csv: return read_csv_sheet(path, limits, why);
        case WorkbookFormat::Unknown: break;
    }
    why.en = path.string() + " " + kind.why;
    why.nl = path.filename().string() + ": " + kind.why_nl;
    return Error{why.en};
}

}  // namespace ww::sheet
