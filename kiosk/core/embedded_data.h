#pragma once
// Data files from db/ compiled into the programs (see embed_data.cmake).
#include <string_view>
#include <vector>

namespace ww::embedded {

struct Migration {
    std::string_view name;  // e.g. "001_initial"
    std::string_view sql;
};

const std::vector<Migration>& migrations();  // in order: index 0 brings user_version 0 -> 1
std::string_view synonyms_csv();             // db/synonyms.csv
std::string_view woonplaatsen_csv();         // db/woonplaatsen_drenthe.csv
std::string_view postcodes_csv();            // db/postcodes_drenthe.csv: four-digit postcode -> municipality
std::string_view stopwords_txt();            // db/stopwords.txt
std::string_view glossary_csv();             // db/glossary.csv: jargon terms explained (core/glossary.h)

}  // namespace ww::embedded
