// The search engine: the catalogue's services and search index held in memory, and each query
// parsed, matched, filtered and ranked against them (search_engine.h says what it promises).
//
// Index of this file:
// [SECTION] Constants
// [SECTION] The in-memory index: entries, entry sets, query groups, towns
// [SECTION] SearchEngine::State
// [SECTION] Loading the catalogue
// [SECTION] Vocabulary: places, terms, prefixes, stems, typos, synonyms
// [SECTION] Parsing the query into groups of alternatives
// [SECTION] Matching: the entries each alternative finds, per field
// [SECTION] Filters: municipality, tags, opening hours
// [SECTION] Place order and ranking
// [SECTION] SearchEngine::search
// [SECTION] Reading the page of results

#include "core/search_engine.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/calendar.h"
#include "core/drenthe_places.h"
#include "core/dutch.h"
#include "core/postings.h"
#include "core/ranking.h"
#include "core/relevance.h"
#include "core/service_reader.h"
#include "core/taxonomy.h"
#include "core/text.h"

namespace ww {

namespace {

//--------------------------------------------------------------------------------------------------
// [SECTION] Constants
//--------------------------------------------------------------------------------------------------

constexpr std::uint32_t kNone = 0xFFFFFFFF;

// Adds the audience preference to a relevance level, below the words and above the place.
// relevance_level (with a place's bit) fills 15 bits, so the preference still fits in 16 bits
// and 0 keeps meaning "not in the result".
constexpr std::uint16_t with_preference(std::uint16_t level, bool preferred) {
    const unsigned capped = level < 0x7FFFu ? level : 0x7FFFu;
    return static_cast<std::uint16_t>(1 + (((capped - 1u) << 1) | (preferred ? 1u : 0u)));
}
static_assert(with_preference(0x7FFF, true) == 0xFFFE);
static_assert(with_preference(2, false) > with_preference(1, true));
static_assert(with_preference(1, false) == 1);

// Typo tolerance: words this long may be corrected; one edit up to kShortWord letters, two above.
constexpr size_t kMinTypoLength = 5;
constexpr size_t kShortWord = 6;
// An unfinished word this long may hold one typo ("mantlzo" -> "mantelzo…").
constexpr size_t kMinFuzzyPrefix = 5;
// An unfinished word this long already brings the synonyms of the words it starts ("thuisz").
constexpr size_t kMinSynonymPrefix = 3;
// Compounds: the shortest word that is split, and the shortest part.
constexpr size_t kMinCompound = 7;
constexpr size_t kMinCompoundPart = 3;
constexpr size_t kMaxPlaceWords = 4;

//--------------------------------------------------------------------------------------------------
// [SECTION] The in-memory index: entries, entry sets, query groups, towns
//--------------------------------------------------------------------------------------------------

// One indexed service, kept in memory so that filters and ranking need no extra queries.
// Its lists live in State's flat arrays: 100,000 services must fit the kiosk's memory budget.
struct Entry {
    std::uint32_t name_order = 0;          // alphabetical position of the name
    std::uint32_t first_municipality = 0;  // State::entry_municipalities
    std::uint32_t first_slot = 0;          // State::slots
    std::uint32_t tags = 0;                // bit i = all_tags()[i]
    float x_km = 0, y_km = 0;              // position projected flat around the catalogue's middle
    std::uint16_t municipality_count = 0, slot_count = 0;
    bool has_position = false;
};

// A set of entries as one bit per entry index.
class EntrySet {
public:
    EntrySet() = default;
    explicit EntrySet(size_t size) : words_((size + 63) / 64, 0) {}
    bool empty_set() const { return words_.empty(); }
    void add(std::uint32_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }
    bool has(std::uint32_t i) const { return words_[i / 64] >> (i % 64) & 1; }
    void add_all(std::span<const std::uint64_t> other) {
        for (size_t k = 0; k < words_.size(); ++k) words_[k] |= other[k];
    }
    void add_all(const EntrySet& other) { add_all(std::span<const std::uint64_t>(other.words_)); }
    void keep_only(const EntrySet& other) {
        for (size_t k = 0; k < words_.size(); ++k) words_[k] &= other.words_[k];
    }
    void remove_all(const EntrySet& other) {
        for (size_t k = 0; k < words_.size(); ++k) words_[k] &= ~other.words_[k];
    }
    size_t count() const {
        size_t n = 0;
        for (auto w : words_) n += static_cast<size_t>(std::popcount(w));
        return n;
    }
    std::span<const std::uint64_t> words() const { return words_; }
    template <typename F>
    void for_each(F&& f) const {
        for (size_t k = 0; k < words_.size(); ++k)
            for (std::uint64_t w = words_[k]; w; w &= w - 1)
                f(static_cast<std::uint32_t>(k * 64 + static_cast<size_t>(std::countr_zero(w))));
    }

private:
    std::vector<std::uint64_t> words_;
};

// Vocabulary terms [first, last).
struct TermSpan {
    std::uint32_t first = 0, last = 0;
};

// One way a query word may match: terms (each word of a phrase is a list of spans; all words
// of a phrase must be in the service) and how that counts.
struct Alternative {
    MatchKind kind = MatchKind::literal;
    std::vector<std::vector<TermSpan>> words;
    bool one_field = false;  // a phrase's words count only where they stand in one field together
};

// One word of the query (or a phrase, or a part of a compound) with all its alternatives.
// Groups of one bundle stand for one typed word: a service needs one of them to match.
struct Group {
    std::vector<Alternative> alternatives;
    std::size_t bundle = 0;
    bool part = false;  // a part of a compound: it stands for the word only in part
    // A word that stands in the catalogue only inside names of places ("nieuw" of Nieuw-Buinen):
    // weak evidence (relevance.h strong_evidence).
    bool place_fragment = false;
    // The last part of a compound being typed, while it is no word yet ("ond…" of
    // "mantelzorgond…"): it only refines, counting for services that hold the other parts, so
    // its many completions never compete with them.
    bool refines = false;
};

// Folded words joined by single spaces: "Nieuw-Buinen" -> "nieuw buinen".
std::string join_words(std::string_view text) {
    std::string out;
    for (const auto& w : split_words(text)) out += (out.empty() ? "" : " ") + w;
    return out;
}

// A word either dictionary knows is what the person meant, not a typo: never corrected.
bool is_real_word(std::string_view word) { return is_dutch_word(word) || is_english_word(word); }

struct Town {
    std::string name;
    std::string municipality;
    GeoPoint centre;
};

}  // namespace

//--------------------------------------------------------------------------------------------------
// [SECTION] SearchEngine::State
//--------------------------------------------------------------------------------------------------

struct SearchEngine::State {
    const Database& db;
    std::vector<Entry> entries;
    std::vector<std::int64_t> rowids;  // entry index -> services.rowid
    // services.rowid -> entry index (kNone if absent), only when the rowids are dense; else
    // entry_of() searches `rowids`. Any rowid an SQLite file holds (-1, 2^62) must work.
    std::vector<std::uint32_t> by_rowid;

    std::uint32_t entry_of(std::int64_t rowid) const {
        if (!by_rowid.empty()) {
            auto k = static_cast<std::uint64_t>(rowid);
            return k < by_rowid.size() ? by_rowid[k] : kNone;
        }
        auto it = std::lower_bound(rowids.begin(), rowids.end(), rowid);
        return it != rowids.end() && *it == rowid ? static_cast<std::uint32_t>(it - rowids.begin()) : kNone;
    }
    std::vector<std::uint16_t> entry_municipalities;  // indices into municipality_names
    struct Slot {                                     // an OpeningSlot in 6 bytes
        std::uint8_t weekday;
        std::uint16_t opens_min, closes_min;
    };
    std::vector<Slot> slots;
    std::vector<std::string> municipality_names;
    std::unordered_map<std::string, std::uint16_t> municipality_by_folded;
    // Synonyms by folded term; a term of several words is kept with single spaces.
    std::unordered_map<std::string, std::vector<std::string>> synonyms;
    std::vector<std::string> single_word_synonym_terms;  // sorted, for unfinished words
    std::vector<std::string> phrase_synonym_terms;       // sorted: a phrase whose last word is being typed
    // (Snowball stem, single-word synonym term), sorted: an inflected word brings the synonyms
    // of its lemma ("wandelt" those of "wandelen", "logeer" those of "logeren").
    std::vector<std::pair<std::string, std::string>> synonym_stems;
    size_t longest_synonym_phrase = 1;
    // Places of residence by their folded words joined with spaces ("nieuw buinen").
    std::unordered_map<std::string, Town> towns;
    std::vector<std::string> town_keys;  // the same, sorted: for a place name being typed
    std::vector<bool> town_term;         // by term index: a word of a place name ("valthermond")
    std::vector<bool> name_term;         // by term index: only in organisation and location names ("hondsrug")
    std::vector<bool> placed_term;       // by term index: every service holding it holds it among its places
    std::vector<bool> stop_term;         // by term index: a stop word ("waar"), never a completion

    // The vocabulary (sorted, FTS5's own terms) with the entries each term occurs in and in
    // which fields. A term in many entries is a bit set per field it occurs in, a rare one a
    // sorted list with a byte of field bits per entry: whichever is smaller.
    struct TermDocs {
        std::uint32_t count = 0;  // entries holding the term
        std::uint32_t first = 0;  // into sparse_docs, or the first bit set's first word in dense_docs
        std::uint8_t fields = 0;  // dense: the fields that have a bit set, in field order
        bool dense = false;
    };
    std::vector<std::string> terms;
    std::vector<TermDocs> term_docs;
    std::vector<std::uint32_t> sparse_docs;
    std::vector<std::uint8_t> sparse_fields;
    std::vector<std::uint64_t> dense_docs;
    // By length in bytes, the terms a typo may be corrected into, in vocabulary order: terms that
    // find something now (not only inactive services), of four letters or more, not a number
    // and not a stop word. A typo is compared only with the terms of a length within reach.
    std::vector<std::vector<std::uint32_t>> typo_terms_by_length;
    // (Snowball stem, term index), sorted: the terms that share a query word's stem.
    std::vector<std::pair<std::string, std::uint32_t>> stems;

    // The place order (home, distance, name) for the last kiosk position searched from.
    struct PlaceOrder {
        int home = -1;
        std::optional<std::pair<float, float>> origin;
        std::shared_ptr<const std::vector<std::uint32_t>> order;
    };
    mutable std::mutex place_mutex;
    mutable PlaceOrder place_cache;

    // Reading the page: statements prepared once, not on every keystroke.
    struct PageReader {
        Statement begin, commit, id_of;
        SummaryReader summaries;
        explicit PageReader(const Database& db)
            : begin(db.prepare("BEGIN")),
              commit(db.prepare("COMMIT")),
              id_of(db.prepare("SELECT id FROM services WHERE rowid = ?1")),
              summaries(db) {}
    };
    mutable std::mutex scratch_mutex;  // for the four below
    mutable std::vector<double> scratch_scores, scratch_field_sums;
    mutable std::vector<std::uint64_t> scratch_levels_met;  // a bit per relevance level, all 0 between searches
    mutable std::vector<std::uint16_t> scratch_level_groups;
    mutable std::mutex page_mutex;
    mutable std::optional<PageReader> page_reader;
    std::vector<ServiceSummary> read_page(const std::vector<std::uint32_t>& order, size_t offset,
                                          const ReadContext& context) const;

    double reference_cos_lat = 1;  // for the flat projection of positions

    explicit State(const Database& database) : db(database) {}

    size_t set_words() const { return (entries.size() + 63) / 64; }
    // Loading, in this order: the services, then what each list refers to them by.
    struct FoldedNames {
        std::string text;                   // every folded name, one after another
        std::vector<std::uint32_t> starts;  // where each entry's name starts; one more at the end
    };
    void load();
    FoldedNames load_services();
    void index_rowids();
    void load_terms();
    void order_by_name(FoldedNames& names);
    Entry* entry_for(std::int64_t rowid);
    void load_municipalities();
    void load_tags();
    void load_opening_slots();
    void load_positions();
    void load_language();
    std::uint32_t term_index(const std::string& word) const;
    // Indices [first, last) of the vocabulary terms that start with `prefix`.
    TermSpan prefix_range(const std::string& prefix) const;
    bool is_term(std::string_view word) const;
    std::vector<TermSpan> stem_terms(const std::string& word) const;
    // The closest catalogue word (or beginning of one) a typo may mean, in the query's language.
    std::optional<std::string> closest_word(const std::string& word, Language language) const;
    std::optional<std::string> closest_prefix(const std::string& word, Language language) const;
    std::string most_common_completion(const std::string& prefix) const;
    std::optional<std::string> longest_root(const std::string& word) const;
    std::vector<std::string> synonyms_of(const std::string& term) const;

    struct Parsed {
        std::vector<Group> groups;
        size_t bundles = 0;
        std::vector<std::string> bundle_words;  // the typed word (or phrase) of each bundle
        std::vector<bool> optional_bundles;     // bundles that count but are not needed
        size_t typed_words = 0;                 // words searched, small ones included
        size_t context_bundles = 0;             // the last bundles: small words that only count
        std::uint32_t named_categories = 0;     // tag bits of categories the words name (relevance.h names_category)
        std::vector<std::string> cost_words;    // the words of the cost labels they name (relevance.h match_weight_for)
        bool words_before_last = false;         // the last word follows other words
        std::optional<size_t> unfinished_bundle;  // the bundle of the word being typed
        bool only_a_stop_word = false;            // the one word typed is a stop word, no beginning of others
        std::string place_tail;  // the last word, waiting as a place's beginning (relevance.h Evidence)
        const Town* place = nullptr;
        Language language = Language::Dutch;  // of the words, for corrections
    };
    const Town* find_place(const std::string& words) const;
    Parsed parse(const std::string& text, std::vector<Correction>& corrections) const;
    void add_word(Parsed& parsed, const std::string& word, bool unfinished, std::vector<Correction>& corrections) const;
    Alternative word_alternative(MatchKind kind, const std::string& phrase, bool prefix) const;
    // A phrase with the small words that mark it, as typed; none when no small word marks it.
    std::optional<Alternative> phrase_with_small_words(MatchKind kind, const std::vector<std::string>& words) const;

    // Per field, the entries where the alternative matches (and in no single field: `mixed`).
    void add_alternative(const Alternative& alt, std::vector<EntrySet>& by_field, EntrySet& mixed) const;
    void add_term(std::uint32_t term, std::vector<EntrySet>& by_field) const;

    using Origin = std::optional<std::pair<float, float>>;
    RankInput place_of(std::uint32_t entry, int home, const Origin& origin) const;
    std::shared_ptr<const std::vector<std::uint32_t>> place_order(int home, const Origin& origin) const;
    // The page: in the cached place order, or (for a place named in the words) by ranking only
    // the matches, so that a town in a query never sorts the whole catalogue.
    std::vector<std::uint32_t> rank(int home, const std::optional<GeoPoint>& near, bool named_place,
                                    const std::vector<std::uint16_t>& levels, size_t count) const;

    std::span<const std::uint16_t> municipalities_of(const Entry& e) const {
        return {entry_municipalities.data() + e.first_municipality, e.municipality_count};
    }
    bool in_municipality(const Entry& e, int municipality) const {
        auto list = municipalities_of(e);
        return std::find(list.begin(), list.end(), municipality) != list.end();
    }

    // A query's filters, resolved once per search.
    struct Filter {
        bool by_municipality = false;
        int municipality = -1;  // -1: unknown name, nothing passes
        std::uint32_t required_tags = 0;
        std::uint32_t preferred_tags = 0;  // the audience: ranked first, never a filter
        bool unknown_tag = false;
        std::optional<WeekTime> open_at;
    };
    Filter filter_for(const SearchQuery& q) const;
    bool passes(const Entry& e, const Filter& f) const;
    std::pair<float, float> project(const GeoPoint& p) const {
        return {static_cast<float>(p.lon * reference_cos_lat * 111.32), static_cast<float>(p.lat * 110.574)};
    }
};

//--------------------------------------------------------------------------------------------------
// [SECTION] Loading the catalogue
//--------------------------------------------------------------------------------------------------

SearchEngine::SearchEngine(const Database& db) : state_(std::make_unique<State>(db)) { state_->load(); }
SearchEngine::~SearchEngine() = default;

void SearchEngine::State::load() {
    FoldedNames names = load_services();
    index_rowids();
    load_terms();
    order_by_name(names);
    load_municipalities();
    load_tags();
    load_opening_slots();
    load_positions();

    // Loading grew these in steps; keep only what they hold.
    entries.shrink_to_fit();
    rowids.shrink_to_fit();
    entry_municipalities.shrink_to_fit();
    slots.shrink_to_fit();

    load_language();
}

SearchEngine::State::FoldedNames SearchEngine::State::load_services() {
    // Inactive and defunct services stay in the catalogue (HSDS) but are never shown.
    // Every name folded, one after another: only while loading, and without 100,000 strings.
    FoldedNames names;
    Statement st =
        db.prepare("SELECT rowid, name FROM services WHERE status NOT IN ('inactive', 'defunct') ORDER BY rowid");
    while (st.step()) {
        rowids.push_back(st.integer(0));
        names.starts.push_back(static_cast<std::uint32_t>(names.text.size()));
        names.text += fold(st.text(1));
        entries.emplace_back();
    }
    names.starts.push_back(static_cast<std::uint32_t>(names.text.size()));
    return names;
}

void SearchEngine::State::index_rowids() {
    // A direct table when the rowids are what a build writes (1..N, a few gaps); a catalogue with
    // rowid -1 or 2^62 is searched by binary search instead of sizing a table by its rowids.
    if (!rowids.empty() && rowids.front() >= 0 &&
        static_cast<std::uint64_t>(rowids.back()) <= 2 * static_cast<std::uint64_t>(rowids.size()) + 1024) {
        by_rowid.assign(static_cast<size_t>(rowids.back()) + 1, kNone);
        for (size_t i = 0; i < rowids.size(); ++i)
            by_rowid[static_cast<size_t>(rowids[i])] = static_cast<std::uint32_t>(i);
    }
}

void SearchEngine::State::order_by_name(FoldedNames& names) {
    auto name_of = [&](size_t i) {
        return std::string_view(names.text).substr(names.starts[i], names.starts[i + 1] - names.starts[i]);
    };
    std::vector<std::uint32_t> alphabetical(entries.size());
    for (std::uint32_t i = 0; i < alphabetical.size(); ++i) alphabetical[i] = i;
    std::sort(alphabetical.begin(), alphabetical.end(), [&](auto a, auto b) { return name_of(a) < name_of(b); });
    for (std::uint32_t k = 0; k < alphabetical.size(); ++k) entries[alphabetical[k]].name_order = k;
    names.text = {};
}

Entry* SearchEngine::State::entry_for(std::int64_t rowid) {
    std::uint32_t k = entry_of(rowid);
    return k != kNone ? &entries[k] : nullptr;
}

namespace {

// Rows come grouped per service (ORDER BY its rowid), so each entry's list is one run.
bool append_run(std::uint32_t& first, std::uint16_t& count, size_t size) {
    if (count == UINT16_MAX) return false;
    if (count++ == 0) first = static_cast<std::uint32_t>(size);
    return true;
}

}  // namespace

void SearchEngine::State::load_municipalities() {
    Statement st = db.prepare(
        "SELECT s.rowid, m.municipality FROM service_municipality m JOIN services s ON s.id = m.service_id"
        " ORDER BY s.rowid");
    while (st.step()) {
        std::string name = st.text(1);
        auto [it, added] =
            municipality_by_folded.emplace(fold(name), static_cast<std::uint16_t>(municipality_names.size()));
        if (added) municipality_names.push_back(name);
        if (Entry* e = entry_for(st.integer(0)))
            if (append_run(e->first_municipality, e->municipality_count, entry_municipalities.size()))
                entry_municipalities.push_back(it->second);
    }
}

void SearchEngine::State::load_tags() {
    const auto tags = all_tags();
    Statement st = db.prepare("SELECT s.rowid, t.code FROM service_tag t JOIN services s ON s.id = t.service_id");
    while (st.step()) {
        std::string code = st.text(1);
        for (size_t i = 0; i < tags.size(); ++i)
            if (tags[i].code == code)
                if (Entry* e = entry_for(st.integer(0))) e->tags |= 1u << i;
    }
}

void SearchEngine::State::load_opening_slots() {
    Statement st = db.prepare(
        "SELECT s.rowid, o.weekday, o.opens_min, o.closes_min FROM opening_slot o"
        " JOIN services s ON s.id = o.service_id ORDER BY s.rowid");
    while (st.step()) {
        Entry* e = entry_for(st.integer(0));
        if (e && append_run(e->first_slot, e->slot_count, slots.size()))
            slots.push_back({static_cast<std::uint8_t>(st.integer(1)), static_cast<std::uint16_t>(st.integer(2)),
                             static_cast<std::uint16_t>(st.integer(3))});
    }
}

void SearchEngine::State::load_positions() {
    // Each service at its first location with a position, projected flat around the catalogue's middle.
    std::vector<GeoPoint> positions(entries.size());
    Statement st = db.prepare(
        "SELECT s.rowid, l.latitude, l.longitude FROM service_at_location sal"
        " JOIN services s ON s.id = sal.service_id JOIN locations l ON l.id = sal.location_id"
        " WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY sal.rowid");
    while (st.step()) {
        Entry* e = entry_for(st.integer(0));
        if (e && !e->has_position) {
            e->has_position = true;
            positions[static_cast<size_t>(e - entries.data())] = {st.real(1), st.real(2)};
        }
    }
    double lat_sum = 0;
    int positioned = 0;
    for (size_t i = 0; i < entries.size(); ++i)
        if (entries[i].has_position) lat_sum += positions[i].lat, ++positioned;
    if (positioned) reference_cos_lat = std::cos(lat_sum / positioned * 3.14159265358979323846 / 180.0);
    for (size_t i = 0; i < entries.size(); ++i)
        if (entries[i].has_position) std::tie(entries[i].x_km, entries[i].y_km) = project(positions[i]);
}

void SearchEngine::State::load_terms() {
    const size_t words = set_words();
    Statement st = db.prepare("SELECT term, docs, fields FROM search_term ORDER BY term");
    std::vector<std::uint32_t> docs;
    std::vector<std::uint8_t> fields;
    while (st.step()) {
        auto rowids_of_term = decode_postings(st.blob(1));
        std::string_view field_bytes = st.blob(2);
        if (!rowids_of_term || field_bytes.size() != rowids_of_term->size())
            throw std::runtime_error("the search index is damaged at the word '" + st.text(0) + "'");
        docs.clear();
        fields.clear();
        std::uint8_t all_fields = 0;
        for (size_t k = 0; k < rowids_of_term->size(); ++k) {
            if (std::uint32_t entry = entry_of((*rowids_of_term)[k]); entry != kNone) {
                docs.push_back(entry);
                fields.push_back(static_cast<std::uint8_t>(field_bytes[k]));
                all_fields |= fields.back();
            }
        }
        TermDocs t;
        t.count = static_cast<std::uint32_t>(docs.size());
        // A bit set per field costs words * 64 bits each, a list 40 bits per entry.
        const auto field_count = static_cast<size_t>(std::popcount(all_fields));
        t.dense = docs.size() * 40 > field_count * words * 64;
        if (t.dense) {
            t.first = static_cast<std::uint32_t>(dense_docs.size());
            t.fields = all_fields;
            dense_docs.resize(dense_docs.size() + field_count * words, 0);
            for (size_t k = 0; k < docs.size(); ++k) {
                size_t set = 0;
                for (int f = 0; f < kFieldCount; ++f) {
                    if (!(all_fields >> f & 1)) continue;
                    if (fields[k] >> f & 1)
                        dense_docs[t.first + set * words + docs[k] / 64] |= std::uint64_t{1} << (docs[k] % 64);
                    ++set;
                }
            }
        } else {
            t.first = static_cast<std::uint32_t>(sparse_docs.size());
            sparse_docs.insert(sparse_docs.end(), docs.begin(), docs.end());
            sparse_fields.insert(sparse_fields.end(), fields.begin(), fields.end());
        }
        terms.push_back(st.text(0));
        term_docs.push_back(t);
        // Keywords hold the organisation's name (and the tags' names), places the locations'.
        constexpr auto names =
            static_cast<std::uint8_t>(1u << static_cast<int>(Field::keywords) | 1u << static_cast<int>(Field::places));
        name_term.push_back(all_fields != 0 && (all_fields & ~names) == 0);
        constexpr auto places = static_cast<std::uint8_t>(1u << static_cast<int>(Field::places));
        placed_term.push_back(!fields.empty() && std::all_of(fields.begin(), fields.end(),
                                                             [](std::uint8_t f) { return (f & places) != 0; }));
    }
    if (!st.error().empty()) throw std::runtime_error("the search index cannot be read: " + st.error());
    sparse_docs.shrink_to_fit();
    sparse_fields.shrink_to_fit();
    dense_docs.shrink_to_fit();
}

void SearchEngine::State::load_language() {
    Statement st = db.prepare("SELECT term, replacement FROM synonyms");
    while (st.step()) {
        std::string term;
        auto words = split_words(st.text(0));
        for (const auto& w : words) term += (term.empty() ? "" : " ") + w;
        std::string replacement;
        for (const auto& w : split_words(st.text(1))) replacement += (replacement.empty() ? "" : " ") + w;
        if (term.empty() || replacement.empty()) continue;
        longest_synonym_phrase = std::max(longest_synonym_phrase, words.size());
        synonyms[term].push_back(replacement);
    }
    for (const auto& [term, replacements] : synonyms)
        (term.find(' ') == std::string::npos ? single_word_synonym_terms : phrase_synonym_terms).push_back(term);
    std::sort(single_word_synonym_terms.begin(), single_word_synonym_terms.end());
    std::sort(phrase_synonym_terms.begin(), phrase_synonym_terms.end());
    for (const auto& term : single_word_synonym_terms)
        if (term.size() >= 4) synonym_stems.emplace_back(dutch_stem(term), term);
    std::sort(synonym_stems.begin(), synonym_stems.end());

    // Both dictionaries load here, with the catalogue, not in the first search a resident makes.
    is_dutch_word("de");
    is_english_word("the");

    for (std::uint32_t t = 0; t < terms.size(); ++t) {
        const std::string& term = terms[t];
        if (term_docs[t].count == 0 || term.size() < kMinTypoLength - 1 ||
            std::isdigit(static_cast<unsigned char>(term[0])) || is_stop_word(term))
            continue;
        if (typo_terms_by_length.size() <= term.size()) typo_terms_by_length.resize(term.size() + 1);
        typo_terms_by_length[term.size()].push_back(t);
    }

    stems.reserve(terms.size());
    for (std::uint32_t t = 0; t < terms.size(); ++t)
        if (terms[t].size() >= 4 && term_docs[t].count > 0) stems.emplace_back(dutch_stem(terms[t]), t);
    std::sort(stems.begin(), stems.end());

    // Places of residence, and the municipalities by name too (at the middle of their places).
    std::map<std::string, std::tuple<double, double, int>> middles;
    for (const auto& town : drenthe_towns()) {
        auto& [lat, lon, count] = middles[std::string(town.municipality)];
        lat += town.lat, lon += town.lon, ++count;
    }
    for (const auto& [name, middle] : middles) {
        const auto& [lat, lon, count] = middle;
        towns.emplace(join_words(name), Town{name, name, {lat / count, lon / count}});
    }
    for (const auto& town : drenthe_towns())
        towns.emplace(join_words(town.name),
                      Town{std::string(town.name), std::string(town.municipality), {town.lat, town.lon}});
    for (const auto& [key, town] : towns) town_keys.push_back(key);
    std::sort(town_keys.begin(), town_keys.end());
    stop_term.assign(terms.size(), false);
    for (std::uint32_t t = 0; t < terms.size(); ++t) stop_term[t] = is_stop_word(terms[t]);
    town_term.assign(terms.size(), false);
    for (const auto& key : town_keys)
        for (const auto& word : split_words(key))
            if (auto t = term_index(word); t != kNone) town_term[t] = true;
}

//--------------------------------------------------------------------------------------------------
// [SECTION] Vocabulary: places, terms, prefixes, stems, typos, synonyms
//--------------------------------------------------------------------------------------------------

const Town* SearchEngine::State::find_place(const std::string& words) const {
    if (auto it = towns.find(words); it != towns.end()) return &it->second;
    // Other spellings the list knows ("tweede exloermond", "nieuw-buinen").
    for (std::string spelling : {words, [&] {
                                     std::string dashed = words;
                                     std::replace(dashed.begin(), dashed.end(), ' ', '-');
                                     return dashed;
                                 }()}) {
        if (const DrentheTown* town = find_drenthe_town(spelling))
            if (auto it = towns.find(join_words(town->name)); it != towns.end()) return &it->second;
    }
    return nullptr;
}

std::uint32_t SearchEngine::State::term_index(const std::string& word) const {
    auto [first, last] = prefix_range(word);
    return first < last && terms[first] == word ? first : kNone;
}

TermSpan SearchEngine::State::prefix_range(const std::string& prefix) const {
    // The terms that start with `prefix` stand together, right from its lower bound.
    auto first = std::lower_bound(terms.begin(), terms.end(), prefix);
    auto last = std::partition_point(first, terms.end(), [&](const std::string& t) { return t.starts_with(prefix); });
    return {static_cast<std::uint32_t>(first - terms.begin()), static_cast<std::uint32_t>(last - terms.begin())};
}

bool SearchEngine::State::is_term(std::string_view word) const {
    std::uint32_t t = term_index(std::string(word));
    return t != kNone && term_docs[t].count > 0;
}

std::vector<TermSpan> SearchEngine::State::stem_terms(const std::string& word) const {
    std::vector<TermSpan> spans;
    if (word.size() < 4) return spans;
    for (const auto& stem : query_stems(word)) {
        auto first = std::lower_bound(stems.begin(), stems.end(), std::pair<std::string, std::uint32_t>{stem, 0});
        for (auto it = first; it != stems.end() && it->first == stem; ++it)
            spans.push_back({it->second, it->second + 1});
    }
    return spans;
}

std::optional<std::string> SearchEngine::State::closest_word(const std::string& word, Language language) const {
    // At most one edit in a short word: two would turn "moeder" into "meer".
    const int max_edits = word.size() <= kShortWord ? 1 : 2;
    // The fewest edits, then the most services, then the first in the vocabulary's order (its
    // terms, then the synonym terms): one order, however the candidates are visited.
    std::optional<std::string> best;
    int best_distance = max_edits + 1, best_docs = -1;
    size_t best_order = SIZE_MAX;
    auto consider = [&](const std::string& candidate, int docs, size_t order) {
        // Measured only as far as it can still win: a word further away is no candidate.
        const int d = edit_distance(word, candidate, std::min(max_edits, best_distance));
        if (d > max_edits || d > best_distance) return;
        if (d < best_distance || docs > best_docs || (docs == best_docs && order < best_order)) {
            if (!may_correct_into(language, word_languages(candidate))) return;
            best = candidate;
            best_distance = d;
            best_docs = docs;
            best_order = order;
        }
    };
    // Only the vocabulary terms of a length within reach (typo_terms_by_length).
    const size_t shortest =
        word.size() > static_cast<size_t>(max_edits) ? word.size() - static_cast<size_t>(max_edits) : 0;
    for (size_t length = shortest;
         length <= word.size() + static_cast<size_t>(max_edits) && length < typo_terms_by_length.size(); ++length)
        for (std::uint32_t t : typo_terms_by_length[length])
            consider(terms[t], static_cast<int>(term_docs[t].count), t);
    for (size_t k = 0; k < single_word_synonym_terms.size(); ++k) {
        const std::string& term = single_word_synonym_terms[k];
        if (term.size() + static_cast<size_t>(max_edits) < word.size() ||
            term.size() > word.size() + static_cast<size_t>(max_edits) || is_stop_word(term))
            continue;
        consider(term, 0, terms.size() + k);
    }
    return best;
}

std::optional<std::string> SearchEngine::State::closest_prefix(const std::string& word, Language language) const {
    // A vocabulary prefix one edit from the unfinished word: as long, one shorter or one longer.
    // Terms are sorted, so equal prefixes come together and each is measured once.
    std::optional<std::string> best;
    std::uint32_t best_docs = 0;
    for (size_t length : {word.size(), word.size() + 1, word.size() - 1}) {
        std::string_view previous;
        for (size_t t = 0; t < terms.size(); ++t) {
            if (terms[t].size() < length || term_docs[t].count == 0) continue;
            std::string_view prefix = std::string_view(terms[t]).substr(0, length);
            if (prefix == previous) continue;
            previous = prefix;
            if (edit_distance(word, prefix, 1) > 1) continue;
            auto [first, last] = prefix_range(std::string(prefix));
            std::uint32_t docs = 0;
            for (auto k = first; k < last; ++k) docs = std::max(docs, term_docs[k].count);
            if (docs > best_docs &&
                may_correct_into(language, word_languages(most_common_completion(std::string(prefix)))))
                best = std::string(prefix), best_docs = docs;
        }
        if (best) return best;  // the same length first: a substitution or a swap
    }
    return best;
}

std::vector<std::string> SearchEngine::State::synonyms_of(const std::string& term) const {
    // The replacements, and theirs once more: "home care" -> thuiszorg -> wijkverpleging.
    std::vector<std::string> out;
    auto it = synonyms.find(term);
    if (it == synonyms.end()) return out;
    out = it->second;
    for (const auto& r : it->second)
        if (auto next = synonyms.find(r); next != synonyms.end())
            for (const auto& n : next->second)
                if (n != term && std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
    return out;
}

std::optional<std::string> SearchEngine::State::longest_root(const std::string& word) const {
    // The longest shorter word of the catalogue that the word begins with, at least two thirds
    // of it ("mantelzorg" in "mantelzorgers"); a stop word never.
    const size_t shortest = std::max(kMinTypoLength, (word.size() * 2 + 2) / 3);
    for (size_t length = word.size() - 1; length >= shortest && length < word.size(); --length) {
        std::string root = word.substr(0, length);
        if (is_term(root) && !is_stop_word(root)) return root;
    }
    return std::nullopt;
}

std::string SearchEngine::State::most_common_completion(const std::string& prefix) const {
    auto [first, last] = prefix_range(prefix);
    std::uint32_t best = kNone;
    for (auto t = first; t < last; ++t)
        if (best == kNone || term_docs[t].count > term_docs[best].count) best = t;
    return best == kNone ? prefix : terms[best];
}

//--------------------------------------------------------------------------------------------------
// [SECTION] Parsing the query into groups of alternatives
//--------------------------------------------------------------------------------------------------

Alternative SearchEngine::State::word_alternative(MatchKind kind, const std::string& phrase, bool prefix) const {
    // A phrase's small words are not needed ("alzheimer café" needs both, "hulp bij" only hulp).
    Alternative alt{kind, {}};
    auto words = split_words(phrase);
    std::vector<std::string> meaningful;
    for (const auto& w : words)
        if (!is_stop_word(w)) meaningful.push_back(w);
    if (!meaningful.empty()) words = std::move(meaningful);
    for (const auto& w : words) {
        TermSpan span = prefix_range(w);
        if (!prefix && !(span.first < span.last && terms[span.first] == w)) span.last = span.first;
        else if (!prefix) span.last = span.first + 1;
        alt.words.push_back({span});
    }
    return alt;
}

std::optional<Alternative> SearchEngine::State::phrase_with_small_words(MatchKind kind,
                                                                        const std::vector<std::string>& words) const {
    // Every word, the small ones that tell a phrase apart included (relevance.h small_word_marks_phrase).
    Alternative alt{kind, {}, true};
    bool small_word = false;
    for (const auto& w : words) {
        const std::uint32_t t = term_index(w);
        if (!is_stop_word(w)) {
            alt.words.push_back({t == kNone ? TermSpan{} : TermSpan{t, t + 1}});
            continue;
        }
        // A question word asks; it marks no phrase ("wat" of "wat is dementie").
        if (t == kNone || is_question_word(w) ||
            !small_word_marks_phrase(term_docs[t].count, static_cast<std::uint32_t>(entries.size())))
            continue;
        alt.words.push_back({{t, t + 1}});
        small_word = true;
    }
    if (!small_word) return std::nullopt;
    return alt;
}

void SearchEngine::State::add_word(Parsed& parsed, const std::string& typed, bool unfinished,
                                   std::vector<Correction>& corrections) const {
    const size_t bundle = parsed.bundles++;
    parsed.bundle_words.push_back(typed);
    if (unfinished) parsed.unfinished_bundle = bundle;
    Group group;
    group.bundle = bundle;
    if (const std::uint32_t t = term_index(typed); t != kNone)
        group.place_fragment = town_term[t] && placed_term[t] && !find_place(typed);
    auto add_synonyms = [&](const std::string& term, MatchKind kind) {
        for (const auto& r : synonyms_of(term)) group.alternatives.push_back(word_alternative(kind, r, false));
    };

    TermSpan range = prefix_range(typed);
    // A long word that is neither a catalogue word, nor a beginning, stem, compound or synonym
    // of one (a typo, or letters that lead nowhere) keeps the completions of its longest
    // beginning (of five letters or more) as a part: "dementieconsuln…" still finds what
    // "dementieconsul" found, so typing on past a known beginning never loses it.
    auto add_root_part = [&] {
        if (range.first < range.last || typed.size() < kMinCompound) return;
        for (size_t length = typed.size() - 1; length >= kMinTypoLength; --length) {
            const std::string beginning = typed.substr(0, length);
            const TermSpan span = prefix_range(beginning);
            if (span.first == span.last || is_stop_word(beginning)) continue;
            Group part;
            part.bundle = bundle;
            part.part = true;
            part.alternatives.push_back({MatchKind::compound, {{span}}});
            parsed.groups.push_back(std::move(part));
            return;
        }
    };
    const bool exact = range.first < range.last && terms[range.first] == typed;
    const bool known_prefix = range.first < range.last;
    std::vector<TermSpan> stemmed = stem_terms(typed);
    std::vector<std::string> parts;
    // A word being typed that begins a synonym term ("logere" of logeren, "invulle" of
    // invullen), and an inflection of one ("loger" of logeren), is no typo.
    bool has_synonym_prefix = false;
    if (unfinished && typed.size() >= kMinSynonymPrefix) {
        auto it = std::lower_bound(single_word_synonym_terms.begin(), single_word_synonym_terms.end(), typed);
        has_synonym_prefix = it != single_word_synonym_terms.end() && it->starts_with(typed);
    }
    bool inflects_synonym = false;
    if (typed.size() >= 4)
        for (const auto& stem : query_stems(typed)) {
            auto it = std::lower_bound(synonym_stems.begin(), synonym_stems.end(),
                                       std::pair<std::string, std::string>{stem, ""});
            inflects_synonym = inflects_synonym || (it != synonym_stems.end() && it->first == stem);
        }
    // One edit from a catalogue word is a typo before it is a compound ("buurbus" is buurtbus).
    std::optional<std::string> near_word, fuzzy_prefix;
    if (typed.size() >= kMinTypoLength && !known_prefix && !synonyms.count(typed) && stemmed.empty() &&
        !has_synonym_prefix && !inflects_synonym && !is_stop_word(typed) && !is_real_word(typed))
        if (auto meant = closest_word(typed, parsed.language); meant && edit_distance(typed, *meant, 1) <= 1)
            near_word = meant;
    if (typed.size() >= kMinCompound && !known_prefix && !synonyms.count(typed) && !near_word) {
        auto known_part = [&](std::string_view part, bool last) {
            const std::string p(part);
            if (is_term(p) || synonyms.count(p) || (p.size() >= 4 && !stem_terms(p).empty())) return true;
            if (last && unfinished) {
                TermSpan completions = prefix_range(p);
                return completions.first < completions.last;
            }
            return false;
        };
        parts = split_compound(typed, known_part, kMinCompoundPart);
        // No split into known words only: the longest known beginning, when the rest is a word's
        // length ("maaltijdbezorging" -> maaltijd…, "wandelclub" -> wandel…). Not for a word being
        // typed that is one edit from a beginning of a longer word: that is a typo in it
        // ("dementieconsuln" is dementieconsule…, not dementie + consuln).
        if (parts.empty() && unfinished && typed.size() >= kMinFuzzyPrefix && !is_real_word(typed))
            fuzzy_prefix = closest_prefix(typed, parsed.language);
        // A beginning of five letters or more that begins catalogue words counts too, longest
        // first ("huishoudhu" -> huishou…, not huis).
        for (size_t length = typed.size() - kMinCompoundPart; parts.empty() && !fuzzy_prefix && length >= 4; --length) {
            const std::string beginning = typed.substr(0, length);
            const TermSpan completions = prefix_range(beginning);
            if ((known_part(beginning, false) || (length >= kMinTypoLength && completions.first < completions.last)) &&
                !is_stop_word(beginning))
                parts = {beginning};
        }
    }
    const bool known = !near_word && (known_prefix || synonyms.count(typed) || !stemmed.empty() || !parts.empty() ||
                                      has_synonym_prefix || inflects_synonym);

    if (known) {
        // A word still being typed is as likely the beginning of a longer one: as typed, it counts
        // no more than its completions, so finishing it never pushes them down.
        if (exact)
            group.alternatives.push_back(
                {unfinished ? MatchKind::prefix : MatchKind::literal, {{{range.first, range.first + 1}}}});
        // A finished word, or one with a meaning of its own in the synonym table, is no
        // beginning of a place name: "valt" is no "Valthermond" (places are understood as
        // places, near there).
        // A real word typed whole is no beginning of an organisation's or location's name
        // (relevance.h typed_as_meant): "hond" is no "Hondsrug".
        const bool own_meaning = !unfinished || synonyms.count(typed);
        const bool meant = typed_as_meant(typed.size(), is_real_word(typed));
        std::vector<TermSpan> completions;
        // A beginning never completes into a stop word: small words are never needed for a
        // match, and "waa" would otherwise find whatever holds "waar".
        for (auto t = exact ? range.first + 1 : range.first; t < range.last; ++t) {
            if ((own_meaning && town_term[t]) || (meant && name_term[t]) || stop_term[t]) continue;
            if (completions.empty() || completions.back().last != t) completions.push_back({t, t + 1});
            else completions.back().last = t + 1;
        }
        group.alternatives.push_back({MatchKind::prefix, {completions}});
        if (!stemmed.empty()) group.alternatives.push_back({MatchKind::stem, {stemmed}});
        // The completions a shorter beginning of the word had stay, as a part of the word:
        // "mantelzorgers" still finds "mantelzorgcafé", which "mantelz" found.
        // (Only for a whole word: an unfinished one has its own completions.)
        if (auto root = exact ? longest_root(typed) : std::nullopt)
            group.alternatives.push_back({MatchKind::compound, {{prefix_range(*root)}}});
        add_synonyms(typed, MatchKind::synonym);
        if (typed.size() >= 4) {
            for (const auto& stem : query_stems(typed)) {
                // The synonyms of the words it inflects...
                for (auto it = std::lower_bound(synonym_stems.begin(), synonym_stems.end(),
                                                std::pair<std::string, std::string>{stem, ""});
                     it != synonym_stems.end() && it->first == stem; ++it)
                    if (it->second != typed) add_synonyms(it->second, MatchKind::synonym);
                // ...and the compounds its stem begins ("wandelt" -> wandelgroep), as a part.
                if (stem.size() >= kMinTypoLength && stem != typed && !is_stop_word(stem))
                    group.alternatives.push_back({MatchKind::compound, {{prefix_range(stem)}}});
            }
        }
        if (unfinished && typed.size() >= kMinSynonymPrefix) {
            // Only the synonyms of a word the beginning can only mean (relevance.h beginning_means).
            // (The word as typed is one of its own completions, not another meaning.)
            const std::uint32_t from = exact ? range.first + 1 : range.first;
            const std::string_view first = from < range.last ? std::string_view(terms[from]) : "";
            const std::string_view last = from < range.last ? std::string_view(terms[range.last - 1]) : "";
            for (auto it = std::lower_bound(single_word_synonym_terms.begin(), single_word_synonym_terms.end(), typed);
                 it != single_word_synonym_terms.end() && it->starts_with(typed); ++it) {
                if (*it == typed) continue;
                const std::string stem = dutch_stem(*it);
                const auto common = std::mismatch(it->begin(), it->end(), stem.begin(), stem.end()).first - it->begin();
                const std::string_view root =
                    std::string_view(*it).substr(0, std::max<size_t>(static_cast<size_t>(common), typed.size()));
                if (beginning_means(root, first, last)) add_synonyms(*it, MatchKind::synonym);
            }
        }
        parsed.groups.push_back(std::move(group));
        // Each part of a compound is a word of its own, in the same bundle: one part is enough.
        for (size_t k = 0; k < parts.size(); ++k) {
            Group part;
            part.bundle = bundle;
            part.part = true;
            const bool last_unfinished = unfinished && k + 1 == parts.size();
            part.refines = last_unfinished && parts.size() > 1 && !is_term(parts[k]);
            part.alternatives.push_back(
                word_alternative(MatchKind::compound, parts[k], last_unfinished || parts[k].size() >= 5));
            if (auto more = stem_terms(parts[k]); !more.empty())
                part.alternatives.push_back({MatchKind::compound, {more}});
            if (auto it = synonyms.find(parts[k]); it != synonyms.end())
                for (const auto& r : it->second)
                    part.alternatives.push_back(word_alternative(MatchKind::synonym, r, false));
            parsed.groups.push_back(std::move(part));
        }
        return;
    }

    // Unknown: a typo? Never for a small word, a stop word or a real Dutch or English word.
    std::optional<std::string> meant;
    bool meant_prefix = false;
    if (near_word) {
        meant = near_word;
    } else if (typed.size() >= kMinTypoLength && !is_stop_word(typed) && !is_real_word(typed)) {
        meant = closest_word(typed, parsed.language);
        // A finished word keeps the fuzzy prefix it had while being typed ("juridies").
        if (typed.size() >= kMinFuzzyPrefix && (!meant || edit_distance(typed, *meant, 2) > 1)) {
            if (!fuzzy_prefix) fuzzy_prefix = closest_prefix(typed, parsed.language);
            if (fuzzy_prefix) meant = fuzzy_prefix, meant_prefix = true;
        }
    }
    if (!meant && unfinished) {
        // Letters that lead nowhere yet: after other words the word waits (relevance.h
        // last_word_waits); alone, its beginning without the last one or two letters stands for
        // it when the catalogue answers that ("taxive" -> taxi…, "allz" -> all…), so the screen
        // does not go blank mid-word.
        // A real word of five letters or more is taken as meant, answered or not ("huis verkopen").
        const bool meant_as_typed = typed.size() >= kMinTypoLength && is_real_word(typed);
        if (last_word_waits(typed.size(), false, meant_as_typed, parsed.words_before_last)) {
            parsed.optional_bundles.resize(parsed.bundles, false);
            parsed.optional_bundles[bundle] = true;
        } else {
            // Only the last two letters may lead nowhere: a longer unknown word is something else.
            for (size_t length = typed.size() - 1; length >= kMinLettersToSearch && length + 2 >= typed.size();
                 --length) {
                TermSpan beginning = prefix_range(typed.substr(0, length));
                if (beginning.first == beginning.last) continue;
                group.alternatives.push_back({MatchKind::compound, {{beginning}}});
                break;
            }
        }
    }
    if (!meant) {
        // Nothing to match: the word stays, so that a search for it alone finds nothing.
        group.alternatives.push_back({MatchKind::literal, {{}}});
        parsed.groups.push_back(std::move(group));
        add_root_part();
        return;
    }
    corrections.push_back({typed, meant_prefix ? most_common_completion(*meant) : *meant});
    TermSpan corrected = prefix_range(*meant);
    group.alternatives.push_back({MatchKind::typo, {{corrected}}});
    add_synonyms(*meant, MatchKind::typo_synonym);
    if (meant_prefix)
        for (auto it = std::lower_bound(single_word_synonym_terms.begin(), single_word_synonym_terms.end(), *meant);
             it != single_word_synonym_terms.end() && it->starts_with(*meant); ++it)
            add_synonyms(*it, MatchKind::typo_synonym);
    parsed.groups.push_back(std::move(group));
    add_root_part();
}

SearchEngine::State::Parsed SearchEngine::State::parse(const std::string& text,
                                                       std::vector<Correction>& corrections) const {
    Parsed parsed;
    std::vector<std::string> words = split_words(text);
    // An age below 65 among other words means young-onset dementia (dutch.h is_age_below_65).
    if (words.size() > 1)
        for (auto& w : words)
            if (is_age_below_65(w)) w = std::string(kYoungWord);
    {
        std::vector<WordLanguages> languages;
        for (const auto& w : words) languages.push_back(word_languages(w));
        parsed.language = query_language(languages);
    }
    // The last word is unfinished while the person is still typing it.
    bool last_unfinished =
        !text.empty() && !words.empty() &&
        fold(std::string_view(text).substr(text.size() - 1)).find_first_of(" \t\n.,;!?") == std::string::npos;
    {
        const auto tags = all_tags();
        for (size_t k = 0; k < tags.size(); ++k)
            if (tags[k].kind == TagKind::Category && (names_category(words, last_unfinished, tags[k].nl) ||
                                                      names_category(words, last_unfinished, tags[k].en)))
                parsed.named_categories |= 1u << k;
            else if (tags[k].kind == TagKind::Cost)
                for (const auto label : {tags[k].nl, tags[k].en})
                    if (names_label(words, last_unfinished, label))
                        for (size_t w = 0; w < words.size();
                             ++w)  // the label's words as typed (the last may be a beginning)
                            for (const auto& l : split_words(label))
                                if (l == words[w] ||
                                    (w + 1 == words.size() && last_unfinished && l.starts_with(words[w])))
                                    parsed.cost_words.push_back(words[w]);
    }
    // A place name being typed after other words ("taxi nieuw-s", "dagbesteding bij havel")
    // waits too: it means "near there" once it is whole, and its beginning says nothing yet.
    if (last_unfinished)
        for (size_t k = std::min(kMaxPlaceWords, words.size() - 1); k >= 1; --k) {
            std::string tail;
            for (size_t j = words.size() - k; j < words.size(); ++j) tail += (tail.empty() ? "" : " ") + words[j];
            auto it = std::lower_bound(town_keys.begin(), town_keys.end(), tail);
            if (it == town_keys.end() || *it == tail || !it->starts_with(tail)) continue;
            // A beginning that would count as a word of its own (not a letter or two, nor a small
            // word's) may also be all there is ("kapper aan huis" is not Huis ter Heide being
            // typed): search() checks it (relevance.h Evidence).
            if (k == 1 && !last_word_waits(tail.size(), begins_stop_word(tail), true, true)) parsed.place_tail = tail;
            words.resize(words.size() - k);
            last_unfinished = false;
            break;
        }
    // The last word waits while it cannot say anything yet (relevance.h last_word_waits): the
    // words before it are then all finished.
    if (last_unfinished && words.size() > 1 &&
        last_word_waits(words.back().size(), begins_stop_word(words.back()), true, true)) {
        words.pop_back();
        last_unfinished = false;
    }
    parsed.typed_words = words.size();
    parsed.words_before_last = words.size() > 1;
    auto join = [&](size_t from, size_t count) {
        std::string out;
        for (size_t k = from; k < from + count; ++k) out += (out.empty() ? "" : " ") + words[k];
        return out;
    };
    for (size_t i = 0; i < words.size();) {
        // A place of residence, the longest name first ("nieuw buinen", "2e exloermond").
        bool taken = false;
        for (size_t n = std::min(kMaxPlaceWords, words.size() - i); n >= 1 && !taken; --n) {
            std::string key = join(i, n);
            if (n == 1 && (is_stop_word(key) || synonyms.count(key))) continue;
            const Town* town = find_place(key);
            if (!town) continue;
            if (!parsed.place) parsed.place = town;
            i += n;
            taken = true;
        }
        if (taken) continue;
        // A phrase of the synonym table ("de weg kwijt"), the longest first.
        for (size_t n = std::min(longest_synonym_phrase, words.size() - i); n >= 2 && !taken; --n) {
            std::string key = join(i, n);
            std::vector<std::string> phrases;
            MatchKind kind = MatchKind::literal;
            if (synonyms.count(key)) {
                phrases.push_back(key);
            } else if (last_unfinished && i + n == words.size() && words.back().size() >= kMinLettersToSearch &&
                       !is_stop_word(words.back())) {
                // A phrase whose last word is being typed ("de weg kwi" -> de weg kwijt): as its
                // completion, like a word being typed brings the synonyms of the words it starts.
                // Not after a whole small word: "hulp aan" is as likely "hulp aan huis" as "hulp
                // aanvragen", so it says nothing yet.
                for (auto it = std::lower_bound(phrase_synonym_terms.begin(), phrase_synonym_terms.end(), key);
                     it != phrase_synonym_terms.end() && it->starts_with(key); ++it)
                    if (std::count(it->begin(), it->end(), ' ') + 1 == static_cast<std::ptrdiff_t>(n))
                        phrases.push_back(*it);
                kind = MatchKind::prefix;
            }
            if (phrases.empty()) continue;
            Group group;
            group.bundle = parsed.bundles++;
            parsed.bundle_words.push_back(key);
            if (kind == MatchKind::prefix) parsed.unfinished_bundle = group.bundle;
            for (const auto& phrase : phrases) {
                // Its one word without its small words is not the phrase (relevance.h
                // phrase_match_kind); where its telling small words stand too, it is.
                const auto phrase_words = split_words(phrase);
                const auto meaningful = static_cast<size_t>(std::count_if(
                    phrase_words.begin(), phrase_words.end(), [](const std::string& w) { return !is_stop_word(w); }));
                const MatchKind reduced =
                    phrase_match_kind(kind, phrase_words.size(), meaningful ? meaningful : phrase_words.size());
                if (reduced != kind)
                    if (auto whole = phrase_with_small_words(kind, phrase_words)) group.alternatives.push_back(*whole);
                group.alternatives.push_back(word_alternative(reduced, phrase, false));
                for (const auto& r : synonyms_of(phrase))
                    group.alternatives.push_back(word_alternative(MatchKind::synonym, r, false));
            }
            // A phrase adds to its words' own synonyms, it does not replace them ("boodschappen
            // doen" still brings what "boodschappen" brings).
            for (size_t k = i; k < i + n; ++k)
                if (!is_stop_word(words[k]) && (k + 1 < words.size() || !last_unfinished))
                    for (const auto& r : synonyms_of(words[k]))
                        group.alternatives.push_back(word_alternative(MatchKind::synonym, r, false));
            parsed.groups.push_back(std::move(group));
            i += n;
            taken = true;
        }
        if (taken) continue;
        const std::string& word = words[i];
        const bool unfinished = last_unfinished && i + 1 == words.size();
        // Small words and stop words are never needed for a match.
        if (word.size() >= 2 || std::isdigit(static_cast<unsigned char>(word[0]))) {
            if (!is_stop_word(word)) add_word(parsed, word, unfinished, corrections);
        }
        ++i;
    }
    // A small word before the one other word of a query of two counts (relevance.h
    // stop_words_count): it is all the context there is ("zonder verwijzing").
    if (stop_words_count(words.size(), parsed.bundles, !words.empty() && is_stop_word(words[0]))) {
        parsed.optional_bundles.resize(parsed.bundles, false);
        for (size_t k = 0; k < words.size(); ++k) {
            if (!is_stop_word(words[k]) || std::find(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(k),
                                                     words[k]) != words.begin() + static_cast<std::ptrdiff_t>(k))
                continue;
            const std::uint32_t t = term_index(words[k]);
            if (t == kNone || term_docs[t].count == 0) continue;
            Group group;
            group.bundle = parsed.bundles++;
            parsed.bundle_words.push_back(words[k]);
            parsed.optional_bundles.push_back(true);
            ++parsed.context_bundles;
            group.alternatives.push_back({MatchKind::literal, {{{t, t + 1}}}});
            parsed.groups.push_back(std::move(group));
        }
    }
    // Only a stop word typed ("zonder"): then it is the word (and still never corrected); not
    // a question word ("waar"), which begins a question. A
    // sentence of small words only ("mijn vader is de") has nothing to search yet.
    if (parsed.groups.empty() && !parsed.place && words.size() == 1 && is_stop_word(words[0]) &&
        !is_question_word(words[0])) {
        add_word(parsed, words[0], last_unfinished, corrections);
        const TermSpan range = prefix_range(words[0]);
        parsed.only_a_stop_word = range.last - range.first <= 1;  // "people", not "de" of dementie
    }
    parsed.optional_bundles.resize(parsed.bundles, false);
    return parsed;
}

//--------------------------------------------------------------------------------------------------
// [SECTION] Matching: the entries each alternative finds, per field
//--------------------------------------------------------------------------------------------------

void SearchEngine::State::add_term(std::uint32_t term, std::vector<EntrySet>& by_field) const {
    const TermDocs& docs = term_docs[term];
    if (docs.dense) {
        size_t set = 0;
        for (int f = 0; f < kFieldCount; ++f) {
            if (!(docs.fields >> f & 1)) continue;
            if (by_field[f].empty_set()) by_field[f] = EntrySet(entries.size());
            by_field[f].add_all({dense_docs.data() + docs.first + set * set_words(), set_words()});
            ++set;
        }
        return;
    }
    for (std::uint32_t k = 0; k < docs.count; ++k) {
        const std::uint32_t entry = sparse_docs[docs.first + k];
        for (std::uint8_t bits = sparse_fields[docs.first + k]; bits; bits &= bits - 1) {
            const int f = std::countr_zero(bits);
            if (by_field[f].empty_set()) by_field[f] = EntrySet(entries.size());
            by_field[f].add(entry);
        }
    }
}

void SearchEngine::State::add_alternative(const Alternative& alt, std::vector<EntrySet>& by_field,
                                          EntrySet& mixed) const {
    if (alt.words.size() == 1) {
        for (const auto& span : alt.words[0])
            for (auto t = span.first; t < span.last; ++t) add_term(t, by_field);
        return;
    }
    // A phrase: every word somewhere in the service; in one field when all words stand there.
    std::vector<EntrySet> all_words;
    EntrySet anywhere;
    for (size_t w = 0; w < alt.words.size(); ++w) {
        std::vector<EntrySet> word_fields(kFieldCount);
        for (const auto& span : alt.words[w])
            for (auto t = span.first; t < span.last; ++t) add_term(t, word_fields);
        EntrySet any(entries.size());
        for (auto& f : word_fields)
            if (!f.empty_set()) any.add_all(f);
        if (w == 0) anywhere = std::move(any), all_words = std::move(word_fields);
        else {
            anywhere.keep_only(any);
            for (int f = 0; f < kFieldCount; ++f) {
                if (all_words[f].empty_set()) continue;
                if (word_fields[f].empty_set()) all_words[f] = EntrySet();
                else all_words[f].keep_only(word_fields[f]);
            }
        }
    }
    for (int f = 0; f < kFieldCount; ++f) {
        if (all_words[f].empty_set()) continue;
        all_words[f].keep_only(anywhere);
        anywhere.remove_all(all_words[f]);
        if (by_field[f].empty_set()) by_field[f] = EntrySet(entries.size());
        by_field[f].add_all(all_words[f]);
    }
    if (mixed.empty_set()) mixed = EntrySet(entries.size());
    mixed.add_all(anywhere);
}

//--------------------------------------------------------------------------------------------------
// [SECTION] Filters: municipality, tags, opening hours
//--------------------------------------------------------------------------------------------------

SearchEngine::State::Filter SearchEngine::State::filter_for(const SearchQuery& q) const {
    Filter f;
    if (q.municipality) {
        f.by_municipality = true;
        if (auto it = municipality_by_folded.find(fold(*q.municipality)); it != municipality_by_folded.end())
            f.municipality = it->second;
    }
    const auto tags = all_tags();
    for (const auto* code : {&q.category, &q.cost}) {
        if (!*code) continue;
        auto it = std::find_if(tags.begin(), tags.end(), [&](const TagInfo& t) { return t.code == **code; });
        if (it == tags.end()) f.unknown_tag = true;
        else f.required_tags |= 1u << (it - tags.begin());
    }
    // "For whom" orders, it never empties a list: a carer looking for day care wants the day care
    // of the person they care for, which is tagged for that person, not for carers.
    if (q.audience) {
        auto it = std::find_if(tags.begin(), tags.end(), [&](const TagInfo& t) { return t.code == *q.audience; });
        if (it != tags.end()) f.preferred_tags = 1u << (it - tags.begin());
    }
    f.open_at = q.open_at;
    return f;
}

bool SearchEngine::State::passes(const Entry& e, const Filter& f) const {
    if (f.unknown_tag || (e.tags & f.required_tags) != f.required_tags) return false;
    if (f.by_municipality && !in_municipality(e, f.municipality)) return false;
    if (f.open_at) {
        for (std::uint32_t k = 0; k < e.slot_count; ++k) {
            const Slot& s = slots[e.first_slot + k];
            if (s.weekday == f.open_at->weekday && is_open_at(s.opens_min, s.closes_min, f.open_at->minute))
                return true;
        }
        return false;
    }
    return true;
}

//--------------------------------------------------------------------------------------------------
// [SECTION] Place order and ranking
//--------------------------------------------------------------------------------------------------

RankInput SearchEngine::State::place_of(std::uint32_t entry, int home, const Origin& origin) const {
    const Entry& e = entries[entry];
    RankInput place;
    place.in_home_municipality = home >= 0 && in_municipality(e, home);
    if (origin && e.has_position) place.distance_km = std::hypot(e.x_km - origin->first, e.y_km - origin->second);
    place.name_order = e.name_order;
    return place;
}

std::shared_ptr<const std::vector<std::uint32_t>> SearchEngine::State::place_order(int home,
                                                                                   const Origin& origin) const {
    std::lock_guard lock(place_mutex);
    if (place_cache.order && place_cache.home == home && place_cache.origin == origin) return place_cache.order;

    std::vector<RankInput> places(entries.size());
    for (std::uint32_t i = 0; i < entries.size(); ++i) places[i] = place_of(i, home, origin);
    auto order = std::make_shared<std::vector<std::uint32_t>>(entries.size());
    for (std::uint32_t i = 0; i < order->size(); ++i) (*order)[i] = i;
    std::sort(order->begin(), order->end(), [&](auto a, auto b) { return placed_before(places[a], places[b]); });
    place_cache = {home, origin, order};
    return order;
}

std::vector<std::uint32_t> SearchEngine::State::rank(int home, const std::optional<GeoPoint>& near, bool named_place,
                                                     const std::vector<std::uint16_t>& levels, size_t count) const {
    Origin origin;
    if (near) origin = project(*near);
    if (named_place) {
        std::shared_ptr<const std::vector<std::uint32_t>> cached;
        {
            std::lock_guard lock(place_mutex);
            if (place_cache.order && place_cache.home == home && place_cache.origin == origin)
                cached = place_cache.order;
        }
        if (cached) return rank_in_place_order(*cached, levels, count);
        // The same page as rank_in_place_order gives (placed_before is a total order: names
        // are numbered), without replacing the kiosk's own place order in the cache.
        std::vector<std::uint32_t> matches;
        std::vector<RankInput> inputs;
        for (std::uint32_t i = 0; i < levels.size(); ++i) {
            if (levels[i] == 0) continue;
            matches.push_back(i);
            inputs.push_back(place_of(i, home, origin));
            inputs.back().relevance = levels[i];
        }
        std::vector<std::uint32_t> order = rank_order(inputs, count);
        for (auto& k : order) k = matches[k];
        return order;
    }
    return rank_in_place_order(*place_order(home, origin), levels, count);
}

//--------------------------------------------------------------------------------------------------
// [SECTION] SearchEngine::search
//--------------------------------------------------------------------------------------------------

SearchResult SearchEngine::search(const SearchQuery& q) const {
    const State& s = *state_;
    SearchResult result;

    const State::Filter filter = s.filter_for(q);
    State::Parsed parsed = s.parse(q.text, result.corrections);
    if (!result.corrections.empty()) {
        std::string suggestion;
        for (const auto& w : split_words(q.text)) {
            std::string word = w;
            for (const auto& c : result.corrections)
                if (c.typed == w) word = c.meant;
            suggestion += (suggestion.empty() ? "" : " ") + word;
        }
        result.suggestion = suggestion;
    }
    // A place in the words: near there, its municipality first.
    std::string home_name = q.home_municipality;
    std::optional<GeoPoint> origin = q.near;
    if (parsed.place) {
        result.place = parsed.place->name;
        home_name = parsed.place->municipality;
        origin = parsed.place->centre;
    }
    int home = -1;
    if (auto it = s.municipality_by_folded.find(fold(home_name)); it != s.municipality_by_folded.end())
        home = it->second;

    const size_t n = s.entries.size();
    std::vector<std::uint16_t> levels(n, 0);
    const bool filtered = filter.unknown_tag || filter.required_tags || filter.by_municipality || filter.open_at;
    auto keep = [&](std::uint32_t i) { return !filtered || s.passes(s.entries[i], filter); };

    const auto& groups = parsed.groups;
    if (groups.empty()) {
        // No words: a browse list, or a place alone (everything, nearest first).
        bool browse = q.category || q.municipality || q.audience || q.cost || q.open_at || parsed.place;
        if (browse)
            for (std::uint32_t i = 0; i < n; ++i)
                if (keep(i))
                    levels[i] = with_preference(relevance_level(0.0), (s.entries[i].tags & filter.preferred_tags) != 0),
                    ++result.total;
    } else {
        // Per group and field: the entries of each kind there, best kind first; and all its entries.
        struct Tier {
            double weight;
            WordMatch match;
            EntrySet set;
        };
        std::vector<std::vector<Tier>> tiers(groups.size());
        std::vector<EntrySet> group_sets;
        std::vector<double> idfs;
        for (size_t g = 0; g < groups.size(); ++g) {
            EntrySet any(n);
            const auto& typed = parsed.bundle_words[groups[g].bundle];
            const bool about_costs =
                std::find(parsed.cost_words.begin(), parsed.cost_words.end(), typed) != parsed.cost_words.end();
            for (const auto& alt : groups[g].alternatives) {
                std::vector<EntrySet> by_field(kFieldCount);
                EntrySet mixed;
                s.add_alternative(alt, by_field, mixed);
                auto& description = by_field[static_cast<int>(Field::description)];
                if (!mixed.empty_set() && !alt.one_field) {  // a phrase spread over fields counts as description
                    if (description.empty_set()) description = EntrySet(n);
                    description.add_all(mixed);
                }
                for (int f = 0; f < kFieldCount; ++f) {
                    if (by_field[f].empty_set()) continue;
                    any.add_all(by_field[f]);
                    const WordMatch match{alt.kind, static_cast<Field>(f)};
                    tiers[g].push_back({match_weight_for(match, about_costs), match, std::move(by_field[f])});
                }
            }
            std::stable_sort(tiers[g].begin(), tiers[g].end(),
                             [](const Tier& a, const Tier& b) { return a.weight > b.weight; });
            idfs.push_back(word_idf(static_cast<std::uint32_t>(any.count()), static_cast<std::uint32_t>(n)));
            group_sets.push_back(std::move(any));
        }
        // The last part of a compound being typed counts only where the other parts stand.
        for (size_t g = 0; g < groups.size(); ++g) {
            if (!groups[g].refines) continue;
            EntrySet others;
            for (size_t h = 0; h < groups.size(); ++h) {
                if (h == g || !groups[h].part || groups[h].refines || groups[h].bundle != groups[g].bundle) continue;
                if (others.empty_set()) others = group_sets[h];
                else others.keep_only(group_sets[h]);
            }
            if (others.empty_set()) continue;
            group_sets[g].keep_only(others);
            for (auto& tier : tiers[g]) tier.set.keep_only(others);
        }
        // A service must match every typed word (one group of each bundle)...
        std::vector<EntrySet> bundle_sets(parsed.bundles, EntrySet(n));
        for (size_t g = 0; g < groups.size(); ++g) bundle_sets[groups[g].bundle].add_all(group_sets[g]);
        auto services_with_every_needed_word = [&] {
            EntrySet out(n);
            bool first_needed = true;
            for (size_t b = 0; b < bundle_sets.size(); ++b) {
                if (parsed.optional_bundles[b]) continue;
                if (first_needed) out = bundle_sets[b], first_needed = false;
                else out.keep_only(bundle_sets[b]);
            }
            return out;
        };
        EntrySet candidates = services_with_every_needed_word();
        // A stop word alone that stands in most services ("people": "for people with dementia")
        // says nothing about them: no result, rather than all of them.
        if (parsed.only_a_stop_word && candidates.count() * 2 > n) candidates = EntrySet(n);
        // A word being typed never empties the results of the words before it ("goedkoop ver"):
        // while no service holds it with them, it counts but is not needed.
        // (A real word of four letters or more that nothing answers is meant: "huis verkopen";
        // relevance.h typed_as_meant.)
        if (candidates.count() == 0 && parsed.unfinished_bundle &&
            !parsed.optional_bundles[*parsed.unfinished_bundle] &&
            std::count(parsed.optional_bundles.begin(), parsed.optional_bundles.end(), false) > 1) {
            const size_t b = *parsed.unfinished_bundle;
            const std::string& word = parsed.bundle_words[b];
            const bool meant_as_typed = bundle_sets[b].count() == 0 && typed_as_meant(word.size(), is_real_word(word));
            if (!meant_as_typed) {
                parsed.optional_bundles[b] = true;
                EntrySet without = services_with_every_needed_word();
                if (without.count() > 0) candidates = std::move(without);
                else parsed.optional_bundles[b] = false;
            }
        }
        // ...and when none does, in a sentence (three typed words or more, small ones included)
        // any word may; the scores put services matching more first, and the minimum evidence
        // below keeps out those that match only in passing. Of two typed words, a Dutch word
        // that nothing answers means the question has no answer here ("huis verkopen"): no
        // result is more honest than half of one. A word hunspell does not know (a typo beyond
        // correction, English) may be left out of two ("alzheimer kafee").
        auto may_drop = [&](size_t b) { return bundle_sets[b].count() > 0 || !is_dutch_word(parsed.bundle_words[b]); };
        const bool sentence = parsed.typed_words > 2;
        const size_t words = bundle_sets.size() - parsed.context_bundles;  // the small words that only count: not
        bool any_word = words > 2 || (words == 2 && (sentence || (may_drop(0) && may_drop(1))));
        const bool some_words_only = candidates.count() == 0 && any_word;
        if (some_words_only)
            for (size_t b = 0; b < words; ++b) candidates.add_all(bundle_sets[b]);
        // The minimum evidence (relevance.h enough_evidence): services named for a word that
        // matched, and those that matched every needed word as a whole.
        EntrySet named(n);
        EntrySet whole_words = candidates;
        if (some_words_only) whole_words = EntrySet(n);
        for (size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].part || parsed.optional_bundles[groups[g].bundle] || some_words_only) continue;
            EntrySet matched = group_sets[g];
            matched.keep_only(whole_words);
            whole_words = std::move(matched);
        }
        // Weak evidence (relevance.h is_generic_word, strong_evidence): a word one service in ten
        // holds, or one that stands only in names of places. Services that hold no needed word
        // strongly are no answer, even when they hold every word.
        // A generic word is weak only beside a telling one: a question of generic words only
        // ("eigen bijdrage", "zonder verwijzing") is about them.
        std::vector<bool> generic(groups.size()), weak(groups.size());
        bool telling_word = false;
        for (size_t g = 0; g < groups.size(); ++g) {
            generic[g] =
                is_generic_word(static_cast<std::uint32_t>(group_sets[g].count()), static_cast<std::uint32_t>(n));
            weak[g] = groups[g].place_fragment || generic[g];
            if (!groups[g].part && !parsed.optional_bundles[groups[g].bundle] && !weak[g] && group_sets[g].count() > 0)
                telling_word = true;
        }
        EntrySet strong(n);
        for (size_t g = 0; g < groups.size(); ++g) {
            if (groups[g].part || parsed.optional_bundles[groups[g].bundle]) continue;
            const bool unfinished = parsed.unfinished_bundle == groups[g].bundle;
            const bool weak_here = groups[g].place_fragment || (generic[g] && telling_word);
            for (const auto& tier : tiers[g])
                if (strong_evidence(tier.match, unfinished, weak_here)) strong.add_all(tier.set);
        }
        // Some words only: a service must hold the words that say most (more than half of the
        // IDF of the needed words that anything answers): "kapper aan huis" is not answered by
        // a service called "Huis", nor by one that drives to the hairdresser.
        std::vector<double> covered;
        double needed_idf = 0;
        double best_answered_idf = 0;
        bool only_weak = true;  // every answered word is weak evidence (relevance.h unanswered_word_idf)
        if (some_words_only) {
            covered.assign(n, 0.0);
            for (size_t g = 0; g < groups.size(); ++g) {
                // A word nothing answers (a typo beyond correction, a filler) weighs nothing here.
                // So does a word that stands only in names of places ("nieuw" of Nieuw-Buinen).
                if (groups[g].part || parsed.optional_bundles[groups[g].bundle] || group_sets[g].count() == 0 ||
                    groups[g].place_fragment)
                    continue;
                needed_idf += idfs[g];
                best_answered_idf = std::max(best_answered_idf, idfs[g]);
                if (!weak[g])
                    for (const auto& tier : tiers[g])
                        if (holds_the_word_itself(tier.match.kind)) only_weak = false;
                group_sets[g].for_each([&](std::uint32_t i) { covered[i] += idfs[g]; });
            }
            // A real word typed whole that nothing answers is the need itself (relevance.h
            // unanswered_word_idf): no service holds it, so none covers its weight.
            for (size_t b = 0; b < words; ++b) {
                if (parsed.optional_bundles[b] || bundle_sets[b].count() > 0) continue;
                const std::string& word = parsed.bundle_words[b];
                const bool need =
                    !is_stop_word(word) && is_need_word(word.size(), is_real_word(word), parsed.unfinished_bundle != b);
                needed_idf += unanswered_word_idf(need, only_weak, best_answered_idf);
            }
        }
        // Each group adds its score (relevance.h word_score): per field its best tier's weight,
        // summed, saturated, times its IDF.
        // Two arrays of a double per service, kept between searches (allocating and faulting in
        // 1.6 MB on every keystroke cost more than clearing them).
        std::lock_guard scratch_lock(s.scratch_mutex);
        std::vector<double>& scores = s.scratch_scores;
        std::vector<double>& field_sum = s.scratch_field_sums;
        scores.assign(n, 0.0);
        field_sum.assign(n, 0.0);
        for (size_t g = 0; g < groups.size(); ++g) {
            std::vector<EntrySet> open(kFieldCount);
            for (auto& tier : tiers[g]) {
                auto& left = open[static_cast<int>(tier.match.field)];
                if (left.empty_set()) left = candidates;
                tier.set.keep_only(left);
                left.remove_all(tier.set);
                const double w = tier.weight;
                tier.set.for_each([&](std::uint32_t i) { field_sum[i] += w; });
                if (names_the_service(tier.match) && !groups[g].place_fragment) named.add_all(tier.set);
            }
            EntrySet matched = group_sets[g];
            matched.keep_only(candidates);
            const bool refines = groups[g].refines;
            matched.for_each([&](std::uint32_t i) {
                scores[i] += refines ? refining_score(field_sum[i]) : saturate(field_sum[i]) * idfs[g];
                field_sum[i] = 0;
            });
        }
        // A place in the words puts the services there first, then relevance orders.
        const int place_municipality = parsed.place ? home : -1;
        // The minimum evidence (enough_evidence) over whole sets: named, or every word whole.
        static_assert(enough_evidence({true, false}) && enough_evidence({false, true}) &&
                      !enough_evidence({false, false}) && !enough_evidence({false, true, true}) &&
                      enough_evidence({true, false, true}));
        EntrySet shown = named;
        // The last word waits as a place's beginning: when, read as the beginning of a word, no
        // service holds it with the others, only services named for them answer yet.
        bool place_only_reading = false;
        if (!parsed.place_tail.empty() && candidates.count() > 0) {
            const TermSpan range = s.prefix_range(parsed.place_tail);
            std::vector<TermSpan> words_of_tail;
            for (auto t = range.first; t < range.last; ++t) {
                if (s.town_term[t] || s.stop_term[t]) continue;
                if (words_of_tail.empty() || words_of_tail.back().last != t) words_of_tail.push_back({t, t + 1});
                else words_of_tail.back().last = t + 1;
            }
            std::vector<EntrySet> by_field(kFieldCount);
            EntrySet with_tail;
            if (!words_of_tail.empty()) s.add_alternative({MatchKind::prefix, {words_of_tail}}, by_field, with_tail);
            if (with_tail.empty_set()) with_tail = EntrySet(n);
            for (const auto& f : by_field)
                if (!f.empty_set()) with_tail.add_all(f);
            with_tail.keep_only(candidates);
            place_only_reading = with_tail.count() == 0;
        }
        if (!enough_evidence({false, true, place_only_reading})) whole_words = EntrySet(n);
        // Every word whole, but only weak evidence of any: no answer (enough_evidence), in a
        // question of two needed words or more (a last word waiting as a place's beginning is
        // one: "schilder voor het huis" may be Huis ter Heide, or a house).
        static_assert(!enough_evidence({false, true, false, true}));
        const auto needed_words = std::count(parsed.optional_bundles.begin(), parsed.optional_bundles.end(), false) +
                                  (parsed.place_tail.empty() ? 0 : 1);
        if (needed_words > 1) whole_words.keep_only(strong);
        shown.add_all(whole_words);
        shown.keep_only(candidates);
        // Nearly as relevant is as relevant: then the place decides (ranking.h close_level_groups).
        // The levels met are marked in a bit per level, so only the services shown are visited.
        std::vector<std::uint64_t>& met = s.scratch_levels_met;
        std::vector<std::uint16_t>& group_of = s.scratch_level_groups;
        met.resize((kMaxLevel + 64) / 64);
        group_of.resize(kMaxLevel + 1);
        std::vector<std::uint16_t> distinct;
        shown.for_each([&](std::uint32_t i) {
            if (!keep(i)) return;
            if (some_words_only && !(covered[i] * 2 > needed_idf)) return;
            const bool named_kind = (s.entries[i].tags & parsed.named_categories) != 0;
            const std::uint16_t level = relevance_level(scores[i] + (named_kind ? kNamedCategoryScore : 0.0));
            levels[i] = level;
            std::uint64_t& word = met[level / 64];
            const std::uint64_t bit = std::uint64_t{1} << (level % 64);
            if (!(word & bit)) word |= bit, distinct.push_back(level);
            ++result.total;
        });
        std::sort(distinct.begin(), distinct.end(), std::greater<>());
        const std::vector<std::uint16_t> groups = close_level_groups(distinct);
        for (size_t k = 0; k < distinct.size(); ++k) {
            group_of[distinct[k]] = groups[k];
            met[distinct[k] / 64] = 0;
        }
        shown.for_each([&](std::uint32_t i) {
            if (levels[i] == 0) return;
            std::uint16_t level = group_of[levels[i]];
            if (parsed.place) {
                level = static_cast<std::uint16_t>(std::min<int>(level, 16383));
                if (place_municipality >= 0 && s.in_municipality(s.entries[i], place_municipality)) level += 16384;
            }
            levels[i] = with_preference(level, (s.entries[i].tags & filter.preferred_tags) != 0);
        });
    }
    result.offer_way_on = result.total == 0 && !split_words(q.text).empty();

    const size_t offset = static_cast<size_t>(std::max(0, q.offset));
    const auto order =
        s.rank(home, origin, parsed.place != nullptr, levels, offset + static_cast<size_t>(std::max(0, q.limit)));
    result.services = s.read_page(order, offset, ReadContext{q.near, q.home_municipality});
    return result;
}

//--------------------------------------------------------------------------------------------------
// [SECTION] Reading the page of results
//--------------------------------------------------------------------------------------------------

std::vector<ServiceSummary> SearchEngine::State::read_page(const std::vector<std::uint32_t>& order, size_t offset,
                                                           const ReadContext& context) const {
    std::lock_guard lock(page_mutex);
    if (!page_reader) page_reader.emplace(db);
    // One read transaction for the page: otherwise each of its hundred-odd statements takes and
    // drops the file lock and checks the file again (system calls each time).
    auto run = [](const Statement& st) {
        const bool done = st.valid() && sqlite3_step(st.handle()) == SQLITE_DONE;
        if (st.valid()) sqlite3_reset(st.handle());
        return done;
    };
    const bool own_transaction = sqlite3_get_autocommit(db.handle()) != 0 && run(page_reader->begin);
    struct EndTransaction {
        const Statement* commit;
        bool (*run)(const Statement&);
        sqlite3* db;
        ~EndTransaction() {
            // A read transaction that cannot commit is rolled back: it must never stay open.
            if (commit && !run(*commit)) sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        }
    } end{own_transaction ? &page_reader->commit : nullptr, run, db.handle()};
    std::vector<std::string> page;
    Statement& id_of = page_reader->id_of;
    for (size_t k = offset; k < order.size(); ++k) {
        id_of.reset();
        id_of.bind(1, rowids[order[k]]);
        if (id_of.step()) page.push_back(id_of.text(0));
    }
    id_of.reset();
    return page_reader->summaries.read(page, context);
}

}  // namespace ww
