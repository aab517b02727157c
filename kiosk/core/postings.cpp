#include "core/postings.h"

#include <algorithm>
#include <functional>
#include <map>
#include <unordered_map>

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

namespace {

// FTS5's own tokenizer, configured as service_fts is (db/migrations): the terms it gives are the
// terms FTS5 puts in its index.
class Fts5Tokenizer {
public:
    explicit Fts5Tokenizer(const Database& db) {
        fts5_api* api = nullptr;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db.handle(), "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK) return;
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
        sqlite3_finalize(st);
        void* user_data = nullptr;
        if (!api || api->xFindTokenizer(api, "unicode61", &user_data, &module_) != SQLITE_OK) return;
        const char* args[] = {"remove_diacritics", "2"};
        if (module_.xCreate(user_data, args, 2, &tokenizer_) != SQLITE_OK) tokenizer_ = nullptr;
    }
    ~Fts5Tokenizer() {
        if (tokenizer_) module_.xDelete(tokenizer_);
    }
    Fts5Tokenizer(const Fts5Tokenizer&) = delete;
    Fts5Tokenizer& operator=(const Fts5Tokenizer&) = delete;
    bool ok() const { return tokenizer_ != nullptr; }

    // Calls on_token(std::string_view) for each term of `text`, as FTS5 indexes a document.
    template <class OnToken>
    bool tokenize(std::string_view text, OnToken& on_token) const {
        auto callback = [](void* context, int flags, const char* token, int size, int, int) -> int {
            if (flags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;  // not made by unicode61; FTS5 would index it too
            constexpr int kMaxTokenBytes = 32768;                // FTS5 cuts longer tokens (FTS5_MAX_TOKEN_SIZE)
            (*static_cast<OnToken*>(context))(
                std::string_view(token, static_cast<size_t>(std::min(size, kMaxTokenBytes))));
            return SQLITE_OK;
        };
        return module_.xTokenize(tokenizer_, &on_token, FTS5_TOKENIZE_DOCUMENT, text.data(),
                                 static_cast<int>(text.size()), callback) == SQLITE_OK;
    }

private:
    fts5_tokenizer module_{};
    ::Fts5Tokenizer* tokenizer_ = nullptr;
};

struct TermHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

struct Postings {
    std::vector<std::int64_t> docs;
    std::string fields;  // one byte of field bits per doc
};

}  // namespace

Status fill_search_terms(Database& db) {
    // The text of service_fts, tokenized here with FTS5's own tokenizer: the same terms as its
    // index, without reading the index back one occurrence at a time (over a million rows of
    // fts5vocab at 10,000 services). check_search_terms compares the result with the index.
    Fts5Tokenizer tokenizer(db);
    if (!tokenizer.ok()) return fail("search terms: FTS5's unicode61 tokenizer is not available");
    Statement read =
        db.prepare("SELECT rowid, name, description, keywords, places, conditions FROM service_fts ORDER BY rowid");
    if (!read.valid()) return fail("search terms: " + read.error());
    std::unordered_map<std::string, Postings, TermHash, std::equal_to<>> terms;
    std::int64_t doc = 0;
    std::uint8_t bit = 0;
    auto add = [&](std::string_view term) {
        auto it = terms.find(term);
        if (it == terms.end()) it = terms.emplace(std::string(term), Postings{}).first;
        Postings& p = it->second;
        if (p.docs.empty() || p.docs.back() != doc) {
            p.docs.push_back(doc);
            p.fields += '\0';
        }
        p.fields.back() = static_cast<char>(static_cast<unsigned char>(p.fields.back()) | bit);
    };
    while (read.step()) {
        doc = read.integer(0);
        for (int f = 0; f < kFieldCount; ++f) {
            bit = static_cast<std::uint8_t>(1u << f);
            std::string_view text = read.blob(f + 1);
            if (!text.empty() && !tokenizer.tokenize(text, add)) return fail("search terms: the tokenizer failed");
        }
    }
    if (!read.error().empty()) return fail("search terms: " + read.error());

    std::vector<const std::pair<const std::string, Postings>*> sorted;
    sorted.reserve(terms.size());
    for (const auto& entry : terms) sorted.push_back(&entry);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->first < b->first; });
    Statement insert = db.prepare("INSERT INTO search_term (term, docs, fields) VALUES (?1, ?2, ?3)");
    if (!insert.valid()) return fail("search terms: " + insert.error());
    for (const auto* entry : sorted) {
        insert.reset();
        insert.bind(1, std::string_view(entry->first))
            .bind_blob(2, encode_postings(entry->second.docs))
            .bind_blob(3, entry->second.fields);
        insert.step();
        if (!insert.error().empty()) return fail("search terms: " + insert.error());
    }
    return success();
}

std::vector<std::string> check_search_terms(const Database& db) {
    if (!open_vocabulary(db, "ww_terms", "row")) return {"the full-text vocabulary cannot be read: " + db.last_error()};
    std::map<std::string, std::int64_t> expected;  // term -> number of services
    for (Statement st = db.prepare("SELECT term, doc FROM temp.ww_terms"); st.step();)
        expected[st.text(0)] = st.integer(1);
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
