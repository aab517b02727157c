#include "core/search_engine.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <memory>
#include <mutex>
#include <span>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/postings.h"
#include "core/ranking.h"
#include "core/service_reader.h"
#include "core/taxonomy.h"
#include "core/text.h"

namespace ww {

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFF;

// Adds the audience preference to a relevance level, below the words and above the place.
// relevance_level fills 15 bits plus one; the single top level (31 words in every count) shares
// its value with the one below, so that the preference still fits in 16 bits and 0 keeps meaning
// "not in the result".
constexpr std::uint16_t with_preference(std::uint16_t level, bool preferred) {
    const unsigned capped = level < 0x7FFFu ? level : 0x7FFFu;
    return static_cast<std::uint16_t>(1 + (((capped - 1u) << 1) | (preferred ? 1u : 0u)));
}
static_assert(with_preference(relevance_level(31, 31, 31), true) == 0xFFFE);
static_assert(with_preference(relevance_level(1, 0, 0), false) > with_preference(relevance_level(0, 31, 31), true));
static_assert(with_preference(relevance_level(0, 0, 0), false) == 1);

// Typo tolerance: words this long may be up to kMaxEdits edits away from a catalogue word.
constexpr size_t kMinTypoLength = 5;
constexpr int kMaxEdits = 2;

// Words that carry no meaning in a search ("hulp bij dementie"), unless nothing else is typed.
const std::unordered_set<std::string> kStopWords{
    "de", "het", "een", "en", "van", "voor", "bij", "in", "op", "met", "aan", "om", "te", "of", "ik",
    "mijn", "je", "u", "uw", "wat", "waar", "is", "zijn", "the", "a", "an", "and", "of", "for", "with",
    "to", "at", "my", "i", "is", "in", "on"};

// One indexed service, kept in memory so that filters and ranking need no extra queries.
// Its lists live in State's flat arrays: 100,000 services must fit the kiosk's memory budget.
struct Entry {
    std::uint32_t name_order = 0;          // alphabetical position of the name
    std::uint32_t first_name_term = 0;     // the name's words: State::name_terms (vocabulary indices)
    std::uint32_t first_municipality = 0;  // State::entry_municipalities
    std::uint32_t first_slot = 0;          // State::slots
    std::uint32_t tags = 0;                // bit i = all_tags()[i]
    float x_km = 0, y_km = 0;              // position projected flat around the catalogue's middle
    std::uint16_t name_term_count = 0, municipality_count = 0, slot_count = 0;
    bool has_position = false;
};

// A set of entries as one bit per entry index.
class EntrySet {
public:
    explicit EntrySet(size_t size) : words_((size + 63) / 64, 0) {}
    void add(std::uint32_t i) { words_[i / 64] |= std::uint64_t{1} << (i % 64); }
    bool has(std::uint32_t i) const { return words_[i / 64] >> (i % 64) & 1; }
    void add_all(std::span<const std::uint64_t> other) {
        for (size_t k = 0; k < words_.size(); ++k) words_[k] |= other[k];
    }
    void add_all(const EntrySet& other) { add_all(std::span<const std::uint64_t>(other.words_)); }
    void keep_only(const EntrySet& other) {
        for (size_t k = 0; k < words_.size(); ++k) words_[k] &= other.words_[k];
    }
    template <typename F>
    void for_each(F&& f) const {
        for (size_t k = 0; k < words_.size(); ++k)
            for (std::uint64_t w = words_[k]; w; w &= w - 1)
                f(static_cast<std::uint32_t>(k * 64 + static_cast<size_t>(std::countr_zero(w))));
    }

private:
    std::vector<std::uint64_t> words_;
};

// One word of the query with everything it may match: itself (as a prefix), or its correction,
// and its synonyms. Each alternative is a phrase of one or more words.
struct TermGroup {
    std::vector<std::vector<std::string>> alternatives;
    bool prefix_first = true;  // the first alternative is matched as a prefix
};

std::string quote(const std::string& word) {
    std::string out = "\"";
    for (char c : word) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

// An FTS5 phrase query: the words in this order, the last one a prefix if asked.
std::string fts_phrase(const std::vector<std::string>& words, bool prefix) {
    std::string joined;
    for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
    return quote(joined) + (prefix ? "*" : "");
}

// A query word group as vocabulary ranges: for each alternative, the range of terms each of its
// words may be (words match as prefixes). Checking a name is then a few integer comparisons.
using TermRanges = std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>>;

bool terms_hold(std::span<const std::uint32_t> terms, const TermRanges& group) {
    for (const auto& phrase : group) {
        if (phrase.size() == 1) {  // the common case, kept short
            for (std::uint32_t t : terms)
                if (t >= phrase[0].first && t < phrase[0].second) return true;
            continue;
        }
        for (size_t start = 0; start + phrase.size() <= terms.size(); ++start) {
            bool all = true;
            for (size_t k = 0; k < phrase.size() && all; ++k)
                all = terms[start + k] >= phrase[k].first && terms[start + k] < phrase[k].second;
            if (all) return true;
        }
    }
    return false;
}

// True when some alternative of the group stands in `words` (as word prefixes, in order).
bool group_in(const TermGroup& group, const std::vector<std::string>& words) {
    auto holds = [&](const std::vector<std::string>& phrase) {
        for (size_t start = 0; start + phrase.size() <= words.size(); ++start) {
            bool all = true;
            for (size_t k = 0; k < phrase.size() && all; ++k) all = words[start + k].starts_with(phrase[k]);
            if (all) return true;
        }
        return false;
    };
    return std::any_of(group.alternatives.begin(), group.alternatives.end(), holds);
}

}  // namespace

struct SearchEngine::State {
    const Database& db;
    std::vector<Entry> entries;
    std::vector<std::int64_t> rowids;     // entry index -> services.rowid
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
    std::vector<std::uint32_t> name_terms;
    std::vector<std::uint16_t> entry_municipalities;  // indices into municipality_names
    struct Slot {  // an OpeningSlot in 6 bytes
        std::uint8_t weekday;
        std::uint16_t opens_min, closes_min;
    };
    std::vector<Slot> slots;
    std::vector<std::vector<std::string>> tag_words;  // per all_tags() index: words of its names
    std::vector<std::string> municipality_names;
    std::unordered_map<std::string, std::uint16_t> municipality_by_folded;
    std::unordered_map<std::string, std::vector<std::string>> synonyms;  // folded term -> replacements
    std::unordered_map<std::string, std::vector<std::uint32_t>> phrase_docs;  // FTS5 phrase -> entries

    // The vocabulary (sorted, FTS5's own terms) with the entries each term occurs in. A term in
    // many entries is a bit set, a rare one a sorted list: whichever is smaller.
    struct TermDocs {
        std::uint32_t count = 0;      // entries holding the term
        std::uint32_t first = 0;      // into sparse_docs, or the bit set's first word in dense_docs
        bool dense = false;
    };
    std::vector<std::string> terms;
    std::vector<TermDocs> term_docs;
    std::vector<std::uint32_t> sparse_docs;
    std::vector<std::uint64_t> dense_docs;

    // The place order (home, distance, name) for the last kiosk position searched from.
    struct PlaceOrder {
        int home = -1;
        std::optional<std::pair<float, float>> origin;
        std::shared_ptr<const std::vector<std::uint32_t>> order;
    };
    mutable std::mutex place_mutex;
    mutable PlaceOrder place_cache;

    double reference_cos_lat = 1;  // for the flat projection of positions

    explicit State(const Database& database) : db(database) {}

    void load();
    void load_terms();
    std::uint32_t term_index(const std::string& word) const;
    // Indices [first, last) of the vocabulary terms that start with `prefix`.
    std::pair<std::uint32_t, std::uint32_t> prefix_range(const std::string& prefix) const;
    bool known_prefix(const std::string& word) const;
    std::optional<std::string> closest_word(const std::string& word) const;
    std::vector<TermGroup> parse(const std::string& text, std::vector<Correction>& corrections) const;
    EntrySet matches(const TermGroup& group) const;
    std::vector<std::uint32_t> phrase_matches(const std::string& fts_expression) const;
    std::shared_ptr<const std::vector<std::uint32_t>> place_order(int home, const std::optional<GeoPoint>& near) const;

    std::span<const std::uint32_t> name_terms_of(const Entry& e) const {
        return {name_terms.data() + e.first_name_term, e.name_term_count};
    }
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
        int municipality = -1;         // -1: unknown name, nothing passes
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

void SearchEngine::State::load() {
    // Inactive and defunct services stay in the catalogue (HSDS) but are never shown.
    // Every name folded, one after another: only while loading, and without 100,000 strings.
    std::string names;
    std::vector<std::uint32_t> name_starts;
    Statement st = db.prepare("SELECT rowid, name FROM services WHERE status NOT IN ('inactive', 'defunct') ORDER BY rowid");
    while (st.step()) {
        rowids.push_back(st.integer(0));
        name_starts.push_back(static_cast<std::uint32_t>(names.size()));
        names += fold(st.text(1));
        entries.emplace_back();
    }
    name_starts.push_back(static_cast<std::uint32_t>(names.size()));
    // A direct table when the rowids are what a build writes (1..N, a few gaps); a catalogue with
    // rowid -1 or 2^62 is searched by binary search instead of sizing a table by its rowids.
    if (!rowids.empty() && rowids.front() >= 0 &&
        static_cast<std::uint64_t>(rowids.back()) <= 2 * static_cast<std::uint64_t>(rowids.size()) + 1024) {
        by_rowid.assign(static_cast<size_t>(rowids.back()) + 1, kNone);
        for (size_t i = 0; i < rowids.size(); ++i) by_rowid[static_cast<size_t>(rowids[i])] = static_cast<std::uint32_t>(i);
    }
    auto name_of = [&](size_t i) {
        return std::string_view(names).substr(name_starts[i], name_starts[i + 1] - name_starts[i]);
    };
    load_terms();

    for (size_t i = 0; i < entries.size(); ++i) {
        Entry& e = entries[i];
        e.first_name_term = static_cast<std::uint32_t>(name_terms.size());
        for (const auto& word : split_words(name_of(i))) {
            if (e.name_term_count == UINT16_MAX) break;
            name_terms.push_back(term_index(word));
            ++e.name_term_count;
        }
    }
    name_terms.shrink_to_fit();
    std::vector<std::uint32_t> alphabetical(entries.size());
    for (std::uint32_t i = 0; i < alphabetical.size(); ++i) alphabetical[i] = i;
    std::sort(alphabetical.begin(), alphabetical.end(), [&](auto a, auto b) { return name_of(a) < name_of(b); });
    for (std::uint32_t k = 0; k < alphabetical.size(); ++k) entries[alphabetical[k]].name_order = k;
    names = {};

    auto entry_for = [&](std::int64_t rowid) -> Entry* {
        std::uint32_t k = entry_of(rowid);
        return k != kNone ? &entries[k] : nullptr;
    };
    // Rows come grouped per service (ORDER BY its rowid), so each entry's list is one run.
    auto append_run = [](std::uint32_t& first, std::uint16_t& count, size_t size) {
        if (count == UINT16_MAX) return false;
        if (count++ == 0) first = static_cast<std::uint32_t>(size);
        return true;
    };

    st = db.prepare("SELECT s.rowid, m.municipality FROM service_municipality m JOIN services s ON s.id = m.service_id"
                    " ORDER BY s.rowid");
    while (st.step()) {
        std::string name = st.text(1);
        auto [it, added] = municipality_by_folded.emplace(fold(name), static_cast<std::uint16_t>(municipality_names.size()));
        if (added) municipality_names.push_back(name);
        if (Entry* e = entry_for(st.integer(0)))
            if (append_run(e->first_municipality, e->municipality_count, entry_municipalities.size()))
                entry_municipalities.push_back(it->second);
    }

    const auto tags = all_tags();
    for (const auto& tag : tags) {
        auto words = split_words(tag.nl);
        for (auto& w : split_words(tag.en)) words.push_back(std::move(w));
        tag_words.push_back(std::move(words));
    }
    st = db.prepare("SELECT s.rowid, t.code FROM service_tag t JOIN services s ON s.id = t.service_id");
    while (st.step()) {
        std::string code = st.text(1);
        for (size_t i = 0; i < tags.size(); ++i)
            if (tags[i].code == code)
                if (Entry* e = entry_for(st.integer(0))) e->tags |= 1u << i;
    }

    st = db.prepare("SELECT s.rowid, o.weekday, o.opens_min, o.closes_min FROM opening_slot o"
                    " JOIN services s ON s.id = o.service_id ORDER BY s.rowid");
    while (st.step()) {
        Entry* e = entry_for(st.integer(0));
        if (e && append_run(e->first_slot, e->slot_count, slots.size()))
            slots.push_back({static_cast<std::uint8_t>(st.integer(1)), static_cast<std::uint16_t>(st.integer(2)),
                             static_cast<std::uint16_t>(st.integer(3))});
    }

    std::vector<GeoPoint> positions(entries.size());
    st = db.prepare("SELECT s.rowid, l.latitude, l.longitude FROM service_at_location sal"
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

    // Loading grew these in steps; keep only what they hold.
    entries.shrink_to_fit();
    rowids.shrink_to_fit();
    entry_municipalities.shrink_to_fit();
    slots.shrink_to_fit();

    st = db.prepare("SELECT term, replacement FROM synonyms");
    while (st.step()) synonyms[fold(st.text(0))].push_back(fold(st.text(1)));
    // Phrases only come from the synonym table: a two-word term as typed (its last word a
    // prefix), or a replacement of several words. Asking FTS5 now keeps them off the keystroke.
    for (const auto& [term, replacements] : synonyms) {
        if (auto words = split_words(term); words.size() > 1) phrase_docs[fts_phrase(words, true)] = {};
        for (const auto& r : replacements)
            if (auto words = split_words(r); words.size() > 1) phrase_docs[fts_phrase(words, false)] = {};
    }
    for (auto& [expression, docs] : phrase_docs) docs = phrase_matches(expression);
}

void SearchEngine::State::load_terms() {
    const size_t set_words = (entries.size() + 63) / 64;
    Statement st = db.prepare("SELECT term, docs FROM search_term ORDER BY term");
    std::vector<std::uint32_t> docs;
    while (st.step()) {
        auto rowids_of_term = decode_postings(st.blob(1));
        if (!rowids_of_term) throw std::runtime_error("the search index is damaged at the word '" + st.text(0) + "'");
        docs.clear();
        for (std::int64_t rowid : *rowids_of_term)
            if (std::uint32_t k = entry_of(rowid); k != kNone) docs.push_back(k);
        TermDocs t;
        t.count = static_cast<std::uint32_t>(docs.size());
        // A bit set costs set_words * 64 bits, a list 32 bits per entry.
        t.dense = docs.size() * 32 > set_words * 64;
        if (t.dense) {
            t.first = static_cast<std::uint32_t>(dense_docs.size());
            dense_docs.resize(dense_docs.size() + set_words, 0);
            for (std::uint32_t i : docs) dense_docs[t.first + i / 64] |= std::uint64_t{1} << (i % 64);
        } else {
            t.first = static_cast<std::uint32_t>(sparse_docs.size());
            sparse_docs.insert(sparse_docs.end(), docs.begin(), docs.end());
        }
        terms.push_back(st.text(0));
        term_docs.push_back(t);
    }
    if (!st.error().empty()) throw std::runtime_error("the search index cannot be read: " + st.error());
    sparse_docs.shrink_to_fit();
    dense_docs.shrink_to_fit();
}

std::uint32_t SearchEngine::State::term_index(const std::string& word) const {
    auto [first, last] = prefix_range(word);
    return first < last && terms[first] == word ? first : kNone;
}

std::pair<std::uint32_t, std::uint32_t> SearchEngine::State::prefix_range(const std::string& prefix) const {
    // The terms that start with `prefix` stand together, right from its lower bound.
    auto first = std::lower_bound(terms.begin(), terms.end(), prefix);
    auto last = std::partition_point(first, terms.end(), [&](const std::string& t) { return t.starts_with(prefix); });
    return {static_cast<std::uint32_t>(first - terms.begin()), static_cast<std::uint32_t>(last - terms.begin())};
}

bool SearchEngine::State::known_prefix(const std::string& word) const {
    auto [first, last] = prefix_range(word);
    return first < last || synonyms.count(word) > 0;
}

std::optional<std::string> SearchEngine::State::closest_word(const std::string& word) const {
    std::optional<std::string> best;
    int best_distance = kMaxEdits + 1, best_docs = -1;
    auto consider = [&](const std::string& candidate, int docs) {
        if (candidate.size() + kMaxEdits < word.size() || candidate.size() > word.size() + kMaxEdits) return;
        int d = edit_distance(word, candidate, kMaxEdits);
        if (d > kMaxEdits) return;
        if (d < best_distance || (d == best_distance && docs > best_docs)) {
            best = candidate;
            best_distance = d;
            best_docs = docs;
        }
    };
    // Only words that find something now: a word of inactive services only would find nothing.
    for (size_t t = 0; t < terms.size(); ++t)
        if (term_docs[t].count > 0 && terms[t].size() >= kMinTypoLength - 1 &&
            !std::isdigit(static_cast<unsigned char>(terms[t][0])))
            consider(terms[t], static_cast<int>(term_docs[t].count));
    for (const auto& [term, replacements] : synonyms)
        if (term.find(' ') == std::string::npos) consider(term, 0);
    return best;
}

std::vector<TermGroup> SearchEngine::State::parse(const std::string& text, std::vector<Correction>& corrections) const {
    std::vector<std::string> words;
    for (auto& w : split_words(text))
        if (w.size() >= 2) words.push_back(std::move(w));
    std::vector<std::string> meaningful;
    for (const auto& w : words)
        if (!kStopWords.count(w)) meaningful.push_back(w);
    if (!meaningful.empty()) words = std::move(meaningful);

    std::vector<TermGroup> groups;
    for (size_t i = 0; i < words.size(); ++i) {
        TermGroup g;
        // Two-word synonyms such as "day care".
        if (i + 1 < words.size()) {
            auto it = synonyms.find(words[i] + " " + words[i + 1]);
            if (it != synonyms.end()) {
                g.alternatives.push_back({words[i], words[i + 1]});
                for (const auto& r : it->second) g.alternatives.push_back(split_words(r));
                groups.push_back(std::move(g));
                ++i;
                continue;
            }
        }
        std::string word = words[i];
        if (!known_prefix(word) && word.size() >= kMinTypoLength) {
            if (auto meant = closest_word(word)) {
                corrections.push_back({word, *meant});
                word = *meant;
            }
        }
        g.alternatives.push_back(split_words(word));
        if (auto it = synonyms.find(word); it != synonyms.end())
            for (const auto& r : it->second) g.alternatives.push_back(split_words(r));
        groups.push_back(std::move(g));
    }
    return groups;
}

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
            bool until_midnight = s.closes_min >= 23 * 60 + 59;
            if (s.weekday == f.open_at->weekday && s.opens_min <= f.open_at->minute &&
                (f.open_at->minute < s.closes_min || until_midnight))
                return true;
        }
        return false;
    }
    return true;
}

SearchEngine::SearchEngine(const Database& db) : state_(std::make_unique<State>(db)) { state_->load(); }
SearchEngine::~SearchEngine() = default;

EntrySet SearchEngine::State::matches(const TermGroup& group) const {
    EntrySet set(entries.size());
    for (size_t a = 0; a < group.alternatives.size(); ++a) {
        const auto& words = group.alternatives[a];
        const bool prefix = a == 0 && group.prefix_first;
        if (words.size() == 1) {
            auto [first, last] = prefix_range(words[0]);
            if (!prefix) last = first < last && terms[first] == words[0] ? first + 1 : first;
            for (std::uint32_t t = first; t < last; ++t) {
                const TermDocs& docs = term_docs[t];
                if (docs.dense) set.add_all({dense_docs.data() + docs.first, (entries.size() + 63) / 64});
                else
                    for (std::uint32_t k = 0; k < docs.count; ++k) set.add(sparse_docs[docs.first + k]);
            }
            continue;
        }
        // A phrase ("day care"): those of the synonym table were looked up at load.
        const std::string expression = fts_phrase(words, prefix);
        if (auto known = phrase_docs.find(expression); known != phrase_docs.end())
            for (std::uint32_t i : known->second) set.add(i);
        else
            for (std::uint32_t i : phrase_matches(expression)) set.add(i);
    }
    return set;
}

std::vector<std::uint32_t> SearchEngine::State::phrase_matches(const std::string& expression) const {
    // FTS5 knows where each word stands.
    std::vector<std::uint32_t> found;
    Statement st = db.prepare("SELECT rowid FROM service_fts WHERE service_fts MATCH ?1");
    st.bind(1, expression);
    while (st.step())
        if (std::uint32_t k = entry_of(st.integer(0)); k != kNone) found.push_back(k);
    return found;
}

std::shared_ptr<const std::vector<std::uint32_t>> SearchEngine::State::place_order(
    int home, const std::optional<GeoPoint>& near) const {
    std::optional<std::pair<float, float>> origin;
    if (near) origin = project(*near);
    std::lock_guard lock(place_mutex);
    if (place_cache.order && place_cache.home == home && place_cache.origin == origin) return place_cache.order;

    std::vector<RankInput> places(entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        places[i].in_home_municipality = home >= 0 && in_municipality(e, home);
        if (origin && e.has_position) places[i].distance_km = std::hypot(e.x_km - origin->first, e.y_km - origin->second);
        places[i].name_order = e.name_order;
    }
    auto order = std::make_shared<std::vector<std::uint32_t>>(entries.size());
    for (std::uint32_t i = 0; i < order->size(); ++i) (*order)[i] = i;
    std::sort(order->begin(), order->end(), [&](auto a, auto b) { return placed_before(places[a], places[b]); });
    place_cache = {home, origin, order};
    return order;
}

SearchResult SearchEngine::search(const SearchQuery& q) const {
    const State& s = *state_;
    SearchResult result;

    const State::Filter filter = s.filter_for(q);
    int home = -1;
    if (auto it = s.municipality_by_folded.find(fold(q.home_municipality)); it != s.municipality_by_folded.end())
        home = it->second;

    std::vector<TermGroup> groups = s.parse(q.text, result.corrections);
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

    // Which categories hold each query word, and which vocabulary terms its name words may be:
    // per-query work, so that each candidate costs a few integer comparisons.
    std::vector<std::uint32_t> category_masks;
    std::vector<TermRanges> group_ranges;
    for (const auto& g : groups) {
        std::uint32_t mask = 0;
        for (size_t t = 0; t < s.tag_words.size(); ++t)
            if (group_in(g, s.tag_words[t])) mask |= 1u << t;
        category_masks.push_back(mask);
        TermRanges ranges;
        for (const auto& phrase : g.alternatives) {
            ranges.emplace_back();
            for (const auto& word : phrase) ranges.back().push_back(s.prefix_range(word));
        }
        group_ranges.push_back(std::move(ranges));
    }

    // Every candidate gets its relevance level; 0 means not in the result.
    std::vector<std::uint16_t> levels(s.entries.size(), 0);
    const bool filtered = filter.unknown_tag || filter.required_tags || filter.by_municipality || filter.open_at;
    auto consider = [&](std::uint32_t i, int matched) {
        const Entry& e = s.entries[i];
        if (filtered && !s.passes(e, filter)) return;
        int name_words = 0, category_words = 0;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (terms_hold(s.name_terms_of(e), group_ranges[g])) ++name_words;
            if (e.tags & category_masks[g]) ++category_words;
        }
        levels[i] = with_preference(relevance_level(matched, name_words, category_words),
                                    (e.tags & filter.preferred_tags) != 0);
        ++result.total;
    };
    if (groups.empty()) {
        bool browse = q.category || q.municipality || q.audience || q.cost || q.open_at;
        if (!browse) return result;
        for (std::uint32_t i = 0; i < s.entries.size(); ++i) consider(i, 0);
    } else {
        std::vector<EntrySet> sets;
        for (const auto& g : groups) sets.push_back(s.matches(g));
        // Every word must match.
        EntrySet all = sets[0];
        for (size_t g = 1; g < sets.size(); ++g) all.keep_only(sets[g]);
        all.for_each([&](std::uint32_t i) { consider(i, static_cast<int>(groups.size())); });
        // When that finds nothing, any word may; services matching more words come first.
        if (result.total == 0 && groups.size() > 1) {
            EntrySet any(s.entries.size());
            for (const auto& set : sets) any.add_all(set);
            any.for_each([&](std::uint32_t i) {
                int matched = 0;
                for (const auto& set : sets) matched += set.has(i);
                consider(i, matched);
            });
        }
    }

    const size_t offset = static_cast<size_t>(std::max(0, q.offset));
    const auto order = rank_in_place_order(*s.place_order(home, q.near), levels,
                                           offset + static_cast<size_t>(std::max(0, q.limit)));
    std::vector<std::string> page;
    Statement id_of = s.db.prepare("SELECT id FROM services WHERE rowid = ?1");
    for (size_t k = offset; k < order.size(); ++k) {
        id_of.reset();
        id_of.bind(1, s.rowids[order[k]]);
        if (id_of.step()) page.push_back(id_of.text(0));
    }
    result.services = read_summaries(s.db, page, ReadContext{q.near, q.home_municipality});
    return result;
}

}  // namespace ww
