// read_workbook(): the format is recognised by the content, not the name, and what is not a
// workbook is named.
#include <catch2/catch.hpp>

#include <zip.h>

#include <filesystem>
#include <fstream>

#include "core/catalogue.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"
#include "core/sheet/workbook_reader.h"
#include "core/sheet/xlsx_writer.h"

using namespace ww;
using namespace ww::sheet;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    fs::path dir = fs::path(WEGWIJZER_BINARY_DIR) / "test-output" / "sheet" / "workbook";
    fs::create_directories(dir);
    return dir / name;
}

void write_zip(const fs::path& path, const std::vector<std::pair<std::string, std::string>>& parts) {
    fs::remove(path);
    int code = 0;
    zip_t* z = zip_open(path.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(z);
    for (const auto& [name, data] : parts) {
        zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
        REQUIRE(src);
        REQUIRE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE) >= 0);
    }
    REQUIRE(zip_close(z) == 0);
}

std::string refusal(const fs::path& file) {
    auto r = read_workbook(file);
    REQUIRE(!r);
    CHECK(r.error().rfind(file.string(), 0) == 0);
    return r.error();
}

}  // namespace

TEST_CASE("workbook reader: an .xlsx is read whatever its name", "[sheet]") {
    auto catalogue = Catalogue::open(WW_DEMO_CATALOGUE);
    REQUIRE(catalogue);
    auto services = read_sheet_services(**catalogue);
    REQUIRE(services);
    fs::path file = scratch("export.xlsx");
    REQUIRE(write_workbook(file, sheet_rows(*services)));
    fs::path renamed = scratch("export-renamed.dat");
    fs::copy_file(file, renamed, fs::copy_options::overwrite_existing);

    CHECK(detect_workbook(renamed).format == WorkbookFormat::Xlsx);
    auto direct = read_xlsx(file);
    auto via = read_workbook(renamed);
    REQUIRE(direct);
    REQUIRE(via);
    REQUIRE(via->size() == direct->size());
    for (std::size_t s = 0; s < via->size(); ++s) {
        CHECK((*via)[s].name == (*direct)[s].name);
        CHECK((*via)[s].rows.size() == (*direct)[s].rows.size());
    }
}

TEST_CASE("workbook reader: the format comes from the content", "[sheet]") {
    fs::path ods = scratch("named.xlsx");
    write_zip(ods, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}, {"content.xml", "<x/>"}});
    CHECK(detect_workbook(ods).format == WorkbookFormat::Ods);

    fs::path csv = scratch("lijst.txt");
    std::ofstream(csv) << "Naam;Telefoon\nBuurthuis;0591 123 456\n";
    CHECK(detect_workbook(csv).format == WorkbookFormat::Csv);

    fs::path utf16 = scratch("unicode.txt");
    std::ofstream(utf16, std::ios::binary) << std::string("\xFF\xFEN\0a\0m\0", 8);
    CHECK(detect_workbook(utf16).format == WorkbookFormat::Csv);
}

TEST_CASE("workbook reader: what is not a workbook is named", "[sheet]") {
    fs::path html = scratch("page.xlsx");
    std::ofstream(html) << "\n  <!DOCTYPE html><html><body><table><tr><td>Naam</td></tr></table></body></html>";
    CHECK(refusal(html).find("is a web page (HTML), not a workbook") != std::string::npos);

    fs::path html_csv = scratch("page.csv");  // Excel's "save as web page", renamed
    std::ofstream(html_csv)
        << "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><table><tr><td>a;b</td></tr></table>";
    CHECK(refusal(html_csv).find("web page (HTML)") != std::string::npos);

    fs::path ole = scratch("protected.xlsx");
    std::ofstream(ole, std::ios::binary) << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                         << std::string(600, '\0');
    CHECK(refusal(ole).find("protected with a password") != std::string::npos);

    fs::path odt = scratch("brief.ods");
    write_zip(odt, {{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}});
    CHECK(refusal(odt).find("not a spreadsheet") != std::string::npos);

    fs::path zip = scratch("photos.xlsx");
    write_zip(zip, {{"photo.jpg", "\xFF\xD8\xFF"}});
    CHECK(refusal(zip).find("not an .xlsx or .ods workbook") != std::string::npos);

    fs::path binary = scratch("random.xlsx");
    std::ofstream(binary, std::ios::binary) << std::string("\x01\x02\x00\x03garbage", 10);
    CHECK(refusal(binary).find("is not a workbook") != std::string::npos);

    CHECK(refusal(scratch("missing.xlsx")).find("cannot be opened") != std::string::npos);
}
