#pragma once
// Small helpers the sheet reader tests share: a scratch folder and zips written with libzip.
#include <catch2/catch.hpp>

#include <zip.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace ww::sheet::test {

inline std::filesystem::path scratch_file(const std::string& folder, const std::string& name) {
    std::filesystem::path dir = std::filesystem::path(WEGWIJZER_BINARY_DIR) / "test-output" / "sheet" / folder;
    std::filesystem::create_directories(dir);
    return dir / name;
}

// A zip with the given parts, in this order (OpenDocument wants "mimetype" first); `store` keeps
// them uncompressed (fast for big parts).
inline void write_zip_parts(const std::filesystem::path& path,
                            const std::vector<std::pair<std::string, std::string>>& parts, bool store = false) {
    std::filesystem::remove(path);
    int code = 0;
    zip_t* z = zip_open(path.string().c_str(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(z);
    for (const auto& [name, data] : parts) {
        zip_source_t* src = zip_source_buffer(z, data.data(), data.size(), 0);
        REQUIRE(src);
        zip_int64_t index = zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE);
        REQUIRE(index >= 0);
        if (store) REQUIRE(zip_set_file_compression(z, static_cast<zip_uint64_t>(index), ZIP_CM_STORE, 0) == 0);
    }
    REQUIRE(zip_close(z) == 0);
}

// An .ods with this content.xml body (inside <office:spreadsheet>) and automatic styles.
inline std::string ods_content(const std::string& tables, const std::string& styles = "") {
    return R"(<?xml version="1.0" encoding="UTF-8"?>)"
           R"(<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
           R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
           R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
           R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
           R"(xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" )"
           R"(xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.3">)"
           "<office:automatic-styles>" +
           styles +
           "</office:automatic-styles>"
           "<office:body><office:spreadsheet>" +
           tables + "</office:spreadsheet></office:body></office:document-content>";
}

inline void write_ods(const std::filesystem::path& path, const std::string& content,
                      const std::string& manifest_extra = "") {
    const std::string manifest =
        R"(<?xml version="1.0" encoding="UTF-8"?><manifest:manifest )"
        R"(xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">)"
        R"(<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>)"
        R"(<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">)" +
        manifest_extra + "</manifest:file-entry></manifest:manifest>";
    write_zip_parts(path, {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"},
                           {"META-INF/manifest.xml", manifest},
                           {"content.xml", content}});
}

}  // namespace ww::sheet::test
