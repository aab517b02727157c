#pragma once
// An open catalogue file: metadata, search and service details. Read-only.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/result.h"
#include "core/search.h"
#include "core/sqlite.h"

namespace ww {

class SearchEngine;

struct CatalogueCounts {
    std::vector<std::pair<std::string, int>> per_category;      // code -> services
    std::vector<std::pair<std::string, int>> per_municipality;  // name -> services available
    int services = 0;
    int organizations = 0;
    int locations = 0;
};

class Catalogue {
public:
    // Opens read-only and checks the schema version. A missing or broken file is an error value.
    static Result<std::unique_ptr<Catalogue>> open(const std::filesystem::path& path);
    ~Catalogue();

    const CatalogueInfo& info() const { return info_; }
    const std::filesystem::path& path() const { return path_; }

    SearchResult search(const SearchQuery& query) const;
    // `near` and `home_municipality` fill distance and in_home_municipality.
    std::optional<ServiceDetail> service(std::string_view id, const std::optional<GeoPoint>& near = {},
                                         const std::string& home_municipality = {}) const;
    // Municipalities that have at least one service, alphabetical.
    std::vector<std::string> municipalities() const;
    CatalogueCounts counts() const;
    // PRAGMA integrity_check plus schema checks; empty when all is well.
    std::vector<std::string> check_integrity() const;

    Database& database() { return db_; }
    const Database& database() const { return db_; }

private:
    Catalogue(std::filesystem::path path, Database db, CatalogueInfo info);
    std::filesystem::path path_;
    Database db_;
    CatalogueInfo info_;
    std::unique_ptr<SearchEngine> engine_;
};

// Reads the metadata table of an open database.
Result<CatalogueInfo> read_catalogue_info(const Database& db);

}  // namespace ww
