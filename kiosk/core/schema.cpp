#include "core/schema.h"

#include <set>
#include <string>

#include "core/embedded_data.h"

namespace ww {

int current_schema_version() { return static_cast<int>(embedded::migrations().size()); }

Status migrate(Database& db) {
    auto version = db.scalar_int("PRAGMA user_version");
    if (!version) return fail("cannot read the schema version: " + db.last_error());
    const auto& list = embedded::migrations();
    if (*version > static_cast<std::int64_t>(list.size()))
        return fail("the catalogue has schema version " + std::to_string(*version) +
                    ", newer than this program knows (" + std::to_string(list.size()) + ")");
    for (auto i = static_cast<size_t>(*version); i < list.size(); ++i) {
        std::string sql =
            "BEGIN;\n" + std::string(list[i].sql) + "\nPRAGMA user_version = " + std::to_string(i + 1) + ";\nCOMMIT;";
        if (auto st = db.exec(sql); !st) {
            (void)db.exec("ROLLBACK");
            return fail("migration " + std::string(list[i].name) + " failed: " + st.error());
        }
    }
    return success();
}

std::vector<std::string> check_schema(const Database& db) {
    // Tables and the columns the readers rely on.
    static const std::vector<std::pair<std::string, std::vector<std::string>>> kExpected{
        {"metadata", {"key", "value"}},
        {"organizations", {"id", "name", "description", "website", "email"}},
        {"services",
         {"id", "organization_id", "name", "name_en", "description", "description_en", "url", "email", "status",
          "fees_description", "fees_description_en", "eligibility_description", "eligibility_description_en",
          "assured_date"}},
        {"locations",
         {"id", "organization_id", "name", "latitude", "longitude", "location_type", "transportation",
          "transportation_en"}},
        {"addresses", {"id", "location_id", "address_1", "city", "region", "postal_code", "country"}},
        {"service_at_location", {"id", "service_id", "location_id"}},
        {"phones", {"id", "service_id", "organization_id", "location_id", "number", "description"}},
        {"schedules",
         {"id", "service_id", "service_at_location_id", "byday", "opens_at", "closes_at", "description",
          "description_en"}},
        {"service_areas", {"id", "service_id", "name", "description"}},
        {"taxonomy_terms", {"id", "code", "name", "name_en", "description"}},
        {"attributes", {"id", "link_id", "link_type", "link_entity", "taxonomy_term_id", "value"}},
        {"synonyms", {"term", "replacement"}},
        {"service_municipality", {"service_id", "municipality"}},
        {"service_tag", {"service_id", "code"}},
        {"opening_slot", {"service_id", "weekday", "opens_min", "closes_min"}},
        {"service_fts", {"name", "description", "keywords", "places", "conditions"}},
        {"search_term", {"term", "docs", "fields"}},
    };
    std::vector<std::string> problems;
    auto version = db.scalar_int("PRAGMA user_version");
    if (!version || *version != current_schema_version()) {
        std::string problem = "schema version is " + (version ? std::to_string(*version) : std::string("unreadable")) +
                              ", expected " + std::to_string(current_schema_version());
        // Its derived search tables cannot be made in place: it must be built again.
        if (version && *version > 0 && *version < current_schema_version())
            problem += " (an older catalogue: build it again from its HSDS CSV with this version of kioskctl)";
        problems.push_back(problem);
    }
    for (const auto& [table, columns] : kExpected) {
        Statement st = db.prepare("SELECT name FROM pragma_table_info(?1)");
        if (!st.valid()) {
            problems.push_back("cannot inspect table " + table + ": " + st.error());
            continue;
        }
        st.bind(1, std::string_view(table));
        std::set<std::string> present;
        while (st.step()) present.insert(st.text(0));
        if (present.empty()) {
            problems.push_back("table " + table + " is missing");
            continue;
        }
        for (const auto& column : columns)
            if (!present.count(column)) problems.push_back("table " + table + " has no column " + column);
    }
    return problems;
}

}  // namespace ww
