#include "core/postings.h"

#include <map>

namespace ww {

std::string encode_postings(const std::vector<std::int64_t>& sorted_rowids) {
    std::string out;
    std::uint64_t previous = 0;
    for (std::int64_t rowid : sorted_rowids) {
        std::uint64_t gap = static_cast<std::uint64_t>(rowid) - previous;
        previous = static_cast<std::uint64_t>(rowid);
        do {
            auto byte = static_cast<unsigned char>(gap & 0x7F);
            gap >>= 7;
            out += static_cast<char>(gap ? byte | 0x80 : byte);
        } while (gap);
    }
    return out;
}

std::optional<std::vector<std::int64_t>> decode_postings(std::string_view encoded) {
    std::vector<std::int64_t> rowids;
    std::uint64_t value = 0;
    size_t k = 0;
    while (k < encoded.size()) {
        std::uint64_t gap = 0;
        for (int shift = 0;; shift += 7) {
            if (k == encoded.size() || shift > 56) return std::nullopt;
            auto byte = static_cast<unsigned char>(encoded[k++]);
            gap |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80)) break;
        }
        value += gap;
        if (value > static_cast<std::uint64_t>(INT64_MAX)) return std::nullopt;
        rowids.push_back(static_cast<std::int64_t>(value));
    }
    return rowids;
}

std::uint8_t field_bit(std::string_view column) {
    for (int f = 0; f < kFieldCount; ++f)
        if (column == kFieldColumns[f]) return static_cast<std::uint8_t>(1u << f);
    return 0;
}

namespace {
// FTS5's own view of its index; a temp table, so it works on a read-only catalogue too.
bool open_vocabulary(const Database& db, const char* table, const char* kind) {
    Statement create = db.prepare(std::string("CREATE VIRTUAL TABLE IF NOT EXISTS temp.") + table +
                                  " USING fts5vocab(main, 'service_fts', '" + kind + "')");
    create.step();
    return create.valid() && create.error().empty();
}
}  // namespace

Status fill_search_terms(Database& db) {
    if (!open_vocabulary(db, "ww_instances", "instance")) return fail("search terms: " + db.last_error());
    // Ordered by term, then doc, then column; the column name is turned into its field bit.
    Statement read = db.prepare("SELECT term, doc, col FROM temp.ww_instances");
    Statement insert = db.prepare("INSERT INTO search_term (term, docs, fields) VALUES (?1, ?2, ?3)");
    if (!read.valid() || !insert.valid()) return fail("search terms: " + db.last_error());
    std::string term;
    std::vector<std::int64_t> docs;
    std::string fields;
    auto flush = [&]() -> Status {
        if (docs.empty()) return success();
        insert.reset();
        insert.bind(1, std::string_view(term)).bind_blob(2, encode_postings(docs)).bind_blob(3, fields);
        insert.step();
        docs.clear();
        fields.clear();
        return insert.error().empty() ? success() : fail("search terms: " + insert.error());
    };
    // One row per occurrence of a term (over a million at 10,000 services): read in place, without
    // a string per row.
    std::string_view column;
    std::uint8_t bit = 0;
    while (read.step()) {
        if (std::string_view text = read.blob(0); text != term) {
            if (auto st = flush(); !st) return st;
            term.assign(text);
        }
        std::int64_t doc = read.integer(1);
        if (docs.empty() || docs.back() != doc) {
            docs.push_back(doc);
            fields += '\0';
        }
        if (std::string_view col = read.blob(2); col != column) {  // the same few names, in turn
            column = {};  // points into kFieldColumns: the row's text goes at the next step
            bit = 0;
            for (int f = 0; f < kFieldCount; ++f)
                if (col == kFieldColumns[f]) {
                    column = kFieldColumns[f];
                    bit = static_cast<std::uint8_t>(1u << f);
                }
        }
        fields.back() = static_cast<char>(static_cast<unsigned char>(fields.back()) | bit);
    }
    if (!read.error().empty()) return fail("search terms: " + read.error());
    if (auto st = flush(); !st) return st;
    return db.exec("DROP TABLE temp.ww_instances");
}

std::vector<std::string> check_search_terms(const Database& db) {
    if (!open_vocabulary(db, "ww_terms", "row")) return {"the full-text vocabulary cannot be read: " + db.last_error()};
    std::map<std::string, std::int64_t> expected;  // term -> number of services
    for (Statement st = db.prepare("SELECT term, doc FROM temp.ww_terms"); st.step();) expected[st.text(0)] = st.integer(1);
    std::vector<std::string> problems;
    auto note = [&](std::string problem) {
        if (problems.size() < 10) problems.push_back("search index: " + std::move(problem));
    };
    Statement st = db.prepare("SELECT term, docs, fields FROM search_term");
    while (st.step()) {
        std::string term = st.text(0);
        auto docs = decode_postings(st.blob(1));
        auto it = expected.find(term);
        if (!docs) note("the list of '" + term + "' is damaged");
        else if (st.blob(2).size() != docs->size()) note("the fields of '" + term + "' do not match its list");
        else if (it == expected.end()) note("'" + term + "' is not in the full-text index");
        else if (static_cast<std::int64_t>(docs->size()) != it->second)
            note("'" + term + "' lists " + std::to_string(docs->size()) + " services, the full-text index " +
                 std::to_string(it->second));
        if (it != expected.end()) expected.erase(it);
    }
    if (!st.error().empty()) note("cannot be read: " + st.error());
    for (const auto& [term, count] : expected) note("'" + term + "' is missing");
    return problems;
}

}  // namespace ww
