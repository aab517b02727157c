#include "core/search_engine.h"

#include <algorithm>
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
    std::string folded_name;
    std::vector<std::string> name_words;
    std::vector<std::uint16_t> municipalities;  // indices into State::municipality_names
    std::uint32_t tags = 0;                     // bit i = all_tags()[i]
    bool has_position = false;
    GeoPoint position;
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

// How many groups have an alternative that stands in the name (words as prefixes, in order).
int name_matches(const std::vector<std::string>& name, const std::vector<TermGroup>& groups) {
    auto holds = [&](const std::vector<std::string>& phrase) {
        for (size_t start = 0; start + phrase.size() <= name.size(); ++start) {
            bool all = true;
            for (size_t k = 0; k < phrase.size() && all; ++k) all = name[start + k].rfind(phrase[k], 0) == 0;
            if (all) return true;
        }
        return false;
    };
    int count = 0;
    for (const auto& g : groups)
        if (std::any_of(g.alternatives.begin(), g.alternatives.end(), holds)) ++count;
    return count;
}

}  // namespace

struct SearchEngine::State {
    const Database& db;
    std::vector<Entry> entries;
    std::unordered_map<std::int64_t, std::uint32_t> by_rowid;
    std::vector<std::string> municipality_names;
    std::unordered_map<std::string, std::uint16_t> municipality_by_folded;
    std::vector<OpeningSlot> slots;
    std::vector<std::pair<std::string, int>> vocabulary;  // sorted folded terms with document counts
    std::unordered_map<std::string, std::vector<std::string>> synonyms;  // folded term -> replacements

    explicit State(const Database& database) : db(database) {}

    void load();
    bool known_prefix(const std::string& word) const;
    std::optional<std::string> closest_word(const std::string& word) const;
    std::vector<TermGroup> parse(const std::string& text, std::vector<Correction>& corrections) const;
    bool passes(const Entry& e, const SearchQuery& q, int municipality) const;
};

void SearchEngine::State::load() {
    // Inactive and defunct services stay in the catalogue (HSDS) but are never shown.
    Statement st = db.prepare("SELECT rowid, id, name FROM services WHERE status NOT IN ('inactive', 'defunct')");
    while (st.step()) {
        by_rowid.emplace(st.integer(0), static_cast<std::uint32_t>(entries.size()));
        std::string name = st.text(2);
        entries.push_back(Entry{st.text(1), fold(name), split_words(name), {}, 0, false, {}, 0, 0});
    }
    auto entry_for = [&](std::int64_t rowid) -> Entry* {
        auto it = by_rowid.find(rowid);
        return it == by_rowid.end() ? nullptr : &entries[it->second];
    };

    st = db.prepare("SELECT s.rowid, m.municipality FROM service_municipality m JOIN services s ON s.id = m.service_id");
    while (st.step()) {
        std::string name = st.text(1);
        auto [it, added] = municipality_by_folded.emplace(fold(name), static_cast<std::uint16_t>(municipality_names.size()));
        if (added) municipality_names.push_back(name);
        if (Entry* e = entry_for(st.integer(0))) e->municipalities.push_back(it->second);
    }

    const auto tags = all_tags();
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

    // The words the index holds, for typo tolerance. A temp table works on a read-only file.
    Database& writable = const_cast<Database&>(db);
    (void)writable.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.ww_vocab USING fts5vocab(main, 'service_fts', 'row')");
    st = db.prepare("SELECT term, doc FROM temp.ww_vocab");
    while (st.step()) vocabulary.emplace_back(st.text(0), static_cast<int>(st.integer(1)));
    std::sort(vocabulary.begin(), vocabulary.end());

    st = db.prepare("SELECT term, replacement FROM synonyms");
    while (st.step()) synonyms[fold(st.text(0))].push_back(fold(st.text(1)));
}

bool SearchEngine::State::known_prefix(const std::string& word) const {
    auto it = std::lower_bound(vocabulary.begin(), vocabulary.end(), std::make_pair(word, 0));
    if (it != vocabulary.end() && it->first.compare(0, word.size(), word) == 0) return true;
    return synonyms.count(word) > 0;
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

bool SearchEngine::State::passes(const Entry& e, const SearchQuery& q, int municipality) const {
    if (q.municipality) {
        if (municipality < 0) return false;
        if (std::find(e.municipalities.begin(), e.municipalities.end(), municipality) == e.municipalities.end())
            return false;
    }
    const auto tags = all_tags();
    for (const auto* code : {&q.category, &q.audience, &q.cost}) {
        if (!*code) continue;
        auto it = std::find_if(tags.begin(), tags.end(), [&](const TagInfo& t) { return t.code == **code; });
        if (it == tags.end() || !(e.tags & (1u << (it - tags.begin())))) return false;
    }
    if (q.open_at) {
        bool open = false;
        for (std::uint32_t k = 0; k < e.slot_count && !open; ++k) {
            const OpeningSlot& s = slots[e.first_slot + k];
            bool until_midnight = s.closes_min >= 23 * 60 + 59;
            open = s.weekday == q.open_at->weekday && s.opens_min <= q.open_at->minute &&
                   (q.open_at->minute < s.closes_min || until_midnight);
        }
        if (!open) return false;
    }
    return true;
}

SearchEngine::SearchEngine(const Database& db) : state_(std::make_unique<State>(db)) { state_->load(); }
SearchEngine::~SearchEngine() = default;

SearchResult SearchEngine::search(const SearchQuery& q) const {
    const State& s = *state_;
    SearchResult result;

    int municipality = -1;
    if (q.municipality)
        if (auto it = s.municipality_by_folded.find(fold(*q.municipality)); it != s.municipality_by_folded.end())
            municipality = it->second;
    int home = -1;
    if (auto it = s.municipality_by_folded.find(fold(q.home_municipality)); it != s.municipality_by_folded.end())
        home = it->second;

    // Candidates: entry index and relevance.
    std::vector<std::pair<std::uint32_t, double>> found;
    std::vector<TermGroup> groups = s.parse(q.text, result.corrections);
    if (groups.empty()) {
        bool browse = q.category || q.municipality || q.audience || q.cost || q.open_at;
        if (!browse) return result;
        for (std::uint32_t i = 0; i < s.entries.size(); ++i)
            if (s.passes(s.entries[i], q, municipality)) found.emplace_back(i, 0.0);
    } else {
        // Every word must match; when that finds nothing, any word may.
        for (const char* joiner : {" AND ", " OR "}) {
            Statement st = s.db.prepare(
                "SELECT rowid, bm25(service_fts, 10.0, 1.0, 4.0, 3.0) FROM service_fts WHERE service_fts MATCH ?1");
            st.bind(1, fts_expression(groups, joiner));
            while (st.step()) {
                auto it = s.by_rowid.find(st.integer(0));
                if (it != s.by_rowid.end() && s.passes(s.entries[it->second], q, municipality))
                    found.emplace_back(it->second, -st.real(1));
            }
            if (!found.empty() || groups.size() == 1) break;
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

    std::vector<RankInput> inputs;
    inputs.reserve(found.size());
    for (const auto& [index, relevance] : found) {
        const Entry& e = s.entries[index];
        RankInput r;
        r.name_matches = name_matches(e.name_words, groups);
        r.relevance = relevance;
        r.in_home_municipality =
            home >= 0 && std::find(e.municipalities.begin(), e.municipalities.end(), home) != e.municipalities.end();
        if (q.near && e.has_position) r.distance_km = distance_km(*q.near, e.position);
        r.name = e.folded_name;
        inputs.push_back(r);
    }
    std::vector<size_t> order = rank_order(inputs);
    result.total = static_cast<int>(order.size());

    std::vector<std::string> page;
    for (size_t k = static_cast<size_t>(std::max(0, q.offset));
         k < order.size() && page.size() < static_cast<size_t>(std::max(0, q.limit)); ++k)
        page.push_back(s.entries[found[order[k]].first].id);
    result.services = read_summaries(s.db, page, ReadContext{q.near, q.home_municipality});
    return result;
}

}  // namespace ww
