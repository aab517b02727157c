#include "core/search_engine.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "core/ranking.h"
#include "core/service_reader.h"
#include "core/taxonomy.h"
#include "core/text.h"

namespace ww {

namespace {

constexpr std::uint32_t kNone = 0xFFFFFFFF;

// Typo tolerance: words this long may be up to kMaxEdits edits away from a catalogue word.
constexpr size_t kMinTypoLength = 5;
constexpr int kMaxEdits = 2;

// Words that carry no meaning in a search ("hulp bij dementie"), unless nothing else is typed.
const std::unordered_set<std::string> kStopWords{
    "de", "het", "een", "en", "van", "voor", "bij", "in", "op", "met", "aan", "om", "te", "of", "ik",
    "mijn", "je", "u", "uw", "wat", "waar", "is", "zijn", "the", "a", "an", "and", "of", "for", "with",
    "to", "at", "my", "i", "is", "in", "on"};

// One indexed service, kept in memory so that filters and ranking need no extra queries.
struct Entry {
    std::string id;
    std::uint32_t name_order = 0;             // alphabetical position of the name
    std::vector<std::uint32_t> name_terms;    // the name's words as indices into State::vocabulary
    std::vector<std::uint16_t> municipalities;  // indices into State::municipality_names
    std::uint32_t tags = 0;                     // bit i = all_tags()[i]
    bool has_position = false;
    GeoPoint position;
    float x_km = 0, y_km = 0;  // position projected flat around the catalogue's middle, for ranking
    std::uint32_t first_slot = 0, slot_count = 0;  // into State::slots
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

std::string phrase(const std::vector<std::string>& words) {
    std::string joined;
    for (const auto& w : words) joined += (joined.empty() ? "" : " ") + w;
    return quote(joined);
}

std::string fts_expression(const std::vector<TermGroup>& groups, const char* joiner) {
    std::string expr;
    for (const auto& g : groups) {
        std::string alt;
        for (size_t i = 0; i < g.alternatives.size(); ++i) {
            if (!alt.empty()) alt += " OR ";
            alt += phrase(g.alternatives[i]);
            if (i == 0 && g.prefix_first) alt += "*";
        }
        if (!expr.empty()) expr += joiner;
        expr += "(" + alt + ")";
    }
    return expr;
}

// A query word group as vocabulary ranges: for each alternative, the range of terms each of its
// words may be (words match as prefixes). Checking a name is then a few integer comparisons.
using TermRanges = std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>>;

bool terms_hold(const std::vector<std::uint32_t>& terms, const TermRanges& group) {
    for (const auto& phrase : group) {
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
    std::vector<std::uint32_t> by_rowid;  // services.rowid -> index into entries (kNone if absent)
    std::vector<std::vector<std::string>> tag_words;  // per all_tags() index: words of its names
    std::vector<std::string> municipality_names;
    std::unordered_map<std::string, std::uint16_t> municipality_by_folded;
    std::vector<OpeningSlot> slots;
    std::vector<std::pair<std::string, int>> vocabulary;  // sorted folded terms with document counts
    std::unordered_map<std::string, std::vector<std::string>> synonyms;  // folded term -> replacements

    explicit State(const Database& database) : db(database) {}

    void load();
    std::uint32_t term_index(const std::string& word) const;
    // Indices [first, last) of the vocabulary terms that start with `prefix`.
    std::pair<std::uint32_t, std::uint32_t> prefix_range(const std::string& prefix) const;
    bool known_prefix(const std::string& word) const;
    std::optional<std::string> closest_word(const std::string& word) const;
    std::vector<TermGroup> parse(const std::string& text, std::vector<Correction>& corrections) const;
    double reference_cos_lat = 1;  // for the flat projection of positions

    // A query's filters, resolved once per search.
    struct Filter {
        bool by_municipality = false;
        int municipality = -1;         // -1: unknown name, nothing passes
        std::uint32_t required_tags = 0;
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
    std::vector<std::string> names;  // folded, only while loading
    // The words the index holds, for typo tolerance. A temp table works on a read-only file.
    Database& writable = const_cast<Database&>(db);
    (void)writable.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.ww_vocab USING fts5vocab(main, 'service_fts', 'row')");
    Statement st = db.prepare("SELECT term, doc FROM temp.ww_vocab");
    while (st.step()) vocabulary.emplace_back(st.text(0), static_cast<int>(st.integer(1)));
    std::sort(vocabulary.begin(), vocabulary.end());


    // Inactive and defunct services stay in the catalogue (HSDS) but are never shown.
    st = db.prepare("SELECT rowid, id, name FROM services WHERE status NOT IN ('inactive', 'defunct')");
    while (st.step()) {
        auto rowid = static_cast<size_t>(st.integer(0));
        if (rowid >= by_rowid.size()) by_rowid.resize(rowid + 1, kNone);
        by_rowid[rowid] = static_cast<std::uint32_t>(entries.size());
        Entry e;
        e.id = st.text(1);
        for (const auto& word : split_words(st.text(2))) e.name_terms.push_back(term_index(word));
        names.push_back(fold(st.text(2)));
        entries.push_back(std::move(e));
    }
    std::vector<std::uint32_t> alphabetical(entries.size());
    for (std::uint32_t i = 0; i < alphabetical.size(); ++i) alphabetical[i] = i;
    std::sort(alphabetical.begin(), alphabetical.end(), [&](auto a, auto b) { return names[a] < names[b]; });
    for (std::uint32_t k = 0; k < alphabetical.size(); ++k) entries[alphabetical[k]].name_order = k;

    auto entry_for = [&](std::int64_t rowid) -> Entry* {
        auto k = static_cast<size_t>(rowid);
        return k < by_rowid.size() && by_rowid[k] != kNone ? &entries[by_rowid[k]] : nullptr;
    };

    st = db.prepare("SELECT s.rowid, m.municipality FROM service_municipality m JOIN services s ON s.id = m.service_id");
    while (st.step()) {
        std::string name = st.text(1);
        auto [it, added] = municipality_by_folded.emplace(fold(name), static_cast<std::uint16_t>(municipality_names.size()));
        if (added) municipality_names.push_back(name);
        if (Entry* e = entry_for(st.integer(0))) e->municipalities.push_back(it->second);
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
        if (!e) continue;
        if (e->slot_count == 0) e->first_slot = static_cast<std::uint32_t>(slots.size());
        slots.push_back({static_cast<int>(st.integer(1)), static_cast<int>(st.integer(2)), static_cast<int>(st.integer(3))});
        ++e->slot_count;
    }

    st = db.prepare("SELECT s.rowid, l.latitude, l.longitude FROM service_at_location sal"
                    " JOIN services s ON s.id = sal.service_id JOIN locations l ON l.id = sal.location_id"
                    " WHERE l.latitude IS NOT NULL AND l.longitude IS NOT NULL ORDER BY sal.rowid");
    while (st.step()) {
        Entry* e = entry_for(st.integer(0));
        if (e && !e->has_position) {
            e->has_position = true;
            e->position = {st.real(1), st.real(2)};
        }
    }
    double lat_sum = 0;
    int positioned = 0;
    for (const auto& e : entries)
        if (e.has_position) lat_sum += e.position.lat, ++positioned;
    if (positioned) reference_cos_lat = std::cos(lat_sum / positioned * 3.14159265358979323846 / 180.0);
    for (auto& e : entries)
        if (e.has_position) std::tie(e.x_km, e.y_km) = project(e.position);

    st = db.prepare("SELECT term, replacement FROM synonyms");
    while (st.step()) synonyms[fold(st.text(0))].push_back(fold(st.text(1)));
}

std::uint32_t SearchEngine::State::term_index(const std::string& word) const {
    auto [first, last] = prefix_range(word);
    return first < last && vocabulary[first].first == word ? first : kNone;
}

std::pair<std::uint32_t, std::uint32_t> SearchEngine::State::prefix_range(const std::string& prefix) const {
    // The terms that start with `prefix` stand together, right from its lower bound.
    auto first = std::lower_bound(vocabulary.begin(), vocabulary.end(), prefix,
                                  [](const auto& entry, const std::string& w) { return entry.first < w; });
    auto last = std::partition_point(first, vocabulary.end(), [&](const auto& e) { return e.first.starts_with(prefix); });
    return {static_cast<std::uint32_t>(first - vocabulary.begin()), static_cast<std::uint32_t>(last - vocabulary.begin())};
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
    for (const auto& [term, docs] : vocabulary)
        if (term.size() >= kMinTypoLength - 1 && !std::isdigit(static_cast<unsigned char>(term[0]))) consider(term, docs);
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
    for (const auto* code : {&q.category, &q.audience, &q.cost}) {
        if (!*code) continue;
        auto it = std::find_if(tags.begin(), tags.end(), [&](const TagInfo& t) { return t.code == **code; });
        if (it == tags.end()) f.unknown_tag = true;
        else f.required_tags |= 1u << (it - tags.begin());
    }
    f.open_at = q.open_at;
    return f;
}

bool SearchEngine::State::passes(const Entry& e, const Filter& f) const {
    if (f.unknown_tag || (e.tags & f.required_tags) != f.required_tags) return false;
    if (f.by_municipality &&
        std::find(e.municipalities.begin(), e.municipalities.end(), f.municipality) == e.municipalities.end())
        return false;
    if (f.open_at) {
        for (std::uint32_t k = 0; k < e.slot_count; ++k) {
            const OpeningSlot& s = slots[e.first_slot + k];
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

SearchResult SearchEngine::search(const SearchQuery& q) const {
    const State& s = *state_;
    SearchResult result;

    const State::Filter filter = s.filter_for(q);
    int home = -1;
    if (auto it = s.municipality_by_folded.find(fold(q.home_municipality)); it != s.municipality_by_folded.end())
        home = it->second;

    // Candidates: entry index and how many query words each matched.
    std::vector<std::pair<std::uint32_t, int>> found;
    std::vector<TermGroup> groups = s.parse(q.text, result.corrections);
    auto lookup = [&](std::int64_t rowid) -> std::uint32_t {
        auto k = static_cast<size_t>(rowid);
        return k < s.by_rowid.size() ? s.by_rowid[k] : kNone;
    };
    if (groups.empty()) {
        bool browse = q.category || q.municipality || q.audience || q.cost || q.open_at;
        if (!browse) return result;
        for (std::uint32_t i = 0; i < s.entries.size(); ++i)
            if (s.passes(s.entries[i], filter)) found.emplace_back(i, 0);
    } else {
        Statement st = s.db.prepare("SELECT rowid FROM service_fts WHERE service_fts MATCH ?1");
        // Every word must match.
        st.bind(1, fts_expression(groups, " AND "));
        while (st.step()) {
            std::uint32_t i = lookup(st.integer(0));
            if (i != kNone && s.passes(s.entries[i], filter)) found.emplace_back(i, static_cast<int>(groups.size()));
        }
        // When that finds nothing, any word may; services matching more words come first.
        if (found.empty() && groups.size() > 1) {
            std::vector<int> hits(s.entries.size(), 0);
            for (const auto& g : groups) {
                st.reset();
                st.bind(1, fts_expression({g}, ""));
                while (st.step())
                    if (std::uint32_t i = lookup(st.integer(0)); i != kNone) ++hits[i];
            }
            for (std::uint32_t i = 0; i < hits.size(); ++i)
                if (hits[i] > 0 && s.passes(s.entries[i], filter)) found.emplace_back(i, hits[i]);
        }
    }

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

    // Which categories hold each query word: a per-query mask instead of per-service work.
    std::vector<std::uint32_t> category_masks;
    for (const auto& g : groups) {
        std::uint32_t mask = 0;
        for (size_t t = 0; t < s.tag_words.size(); ++t)
            if (group_in(g, s.tag_words[t])) mask |= 1u << t;
        category_masks.push_back(mask);
    }

    const auto origin = q.near ? s.project(*q.near) : std::pair<float, float>{0, 0};
    std::vector<TermRanges> group_ranges;
    for (const auto& g : groups) {
        TermRanges ranges;
        for (const auto& phrase : g.alternatives) {
            ranges.emplace_back();
            for (const auto& word : phrase) ranges.back().push_back(s.prefix_range(word));
        }
        group_ranges.push_back(std::move(ranges));
    }

    std::vector<RankInput> inputs;
    inputs.reserve(found.size());
    for (const auto& [index, matched] : found) {
        const Entry& e = s.entries[index];
        RankInput r;
        r.matched_words = matched;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (terms_hold(e.name_terms, group_ranges[g])) ++r.name_words;
            if (e.tags & category_masks[g]) ++r.category_words;
        }
        r.in_home_municipality =
            home >= 0 && std::find(e.municipalities.begin(), e.municipalities.end(), home) != e.municipalities.end();
        if (q.near && e.has_position) r.distance_km = std::hypot(e.x_km - origin.first, e.y_km - origin.second);
        r.name_order = e.name_order;
        inputs.push_back(r);
    }
    result.total = static_cast<int>(inputs.size());
    const size_t offset = static_cast<size_t>(std::max(0, q.offset));
    const auto order = rank_order(inputs, offset + static_cast<size_t>(std::max(0, q.limit)));

    std::vector<std::string> page;
    for (size_t k = offset; k < order.size(); ++k) page.push_back(s.entries[found[order[k]].first].id);
    result.services = read_summaries(s.db, page, ReadContext{q.near, q.home_municipality});
    return result;
}

}  // namespace ww
