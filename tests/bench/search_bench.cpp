// Search benchmark: build time and search latency (p50/p99) over a fixed query mix on synthetic
// catalogues of 1,000, 10,000 and 100,000 services. Prints a Markdown table.
//
//   search_bench [--sizes 1000,10000,100000] [--rounds 20] [--work DIR] [--reuse 1]
// --reuse 1 keeps catalogues built by an earlier run in DIR (for profiling the search alone).
// After each size's table rows it prints the first search after opening (which also orders the
// catalogue by distance from the kiosk, once) and the slowest queries by median CPU time.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/builder.h"
#include "core/calendar.h"
#include "core/catalogue.h"

using namespace ww;
using Clock = std::chrono::steady_clock;

namespace {

struct NamedQuery {
    std::string kind;
    SearchQuery query;
};

std::vector<NamedQuery> query_mix() {
    std::vector<NamedQuery> mix;
    auto text = [&](std::string kind, std::string words) {
        SearchQuery q;
        q.text = std::move(words);
        q.home_municipality = "Emmen";
        q.near = GeoPoint{52.7858, 6.8976};
        mix.push_back({std::move(kind), q});
        return &mix.back().query;
    };
    // Typing, one letter at a time.
    for (const char* w :
         {"de",  "dem",   "deme",    "demen", "dement", "dementie", "da",      "dag", "dagb", "dagbes", "ma",
          "man", "mante", "mantelz", "ve",    "ver",    "verv",     "vervoer", "on",  "ont",  "ontmo"})
        text("prefix", w);
    // Misspelt words.
    for (const char* w : {"dementei", "dagbestedng", "mantelzrog", "vervoerr", "alzheimre", "ontmoetng"})
        text("typo", w);
    // Synonyms and several words.
    for (const char* w : {"taxi", "alzheimer", "day care", "carer", "alzheimer cafe emmen", "hulp bij dementie"})
        text("words", w);
    // Filters and browse lists.
    for (const char* c :
         {"dementia-support", "meeting", "day-care", "transport", "carer-support", "care-at-home", "advice"})
        text("browse", "")->category = c;
    for (const char* m : {"Emmen", "Assen", "Westerveld"}) {
        auto* q = text("filter", "");
        q->category = "meeting";
        q->municipality = m;
    }
    text("filter", "dementie")->cost = "cost-free";
    auto* open = text("filter", "");
    open->category = "day-care";
    open->open_at = parse_week_time("2026-12-01T10:00");
    text("filter", "dag")->audience = "audience-carer";
    return mix;
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t k = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(k, v.size() - 1)];
}

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// CPU time of this thread: what a search costs, undisturbed by other work on a shared machine.
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

std::string describe(const SearchQuery& q) {
    std::string s = "'" + q.text + "'";
    for (const auto* filter : {&q.category, &q.municipality, &q.audience, &q.cost})
        if (*filter) s += " " + **filter;
    if (q.open_at) s += " open-at";
    return s;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<int> sizes{1000, 10000, 100000};
    int rounds = 20;
    bool reuse = false;
    std::filesystem::path work = std::filesystem::temp_directory_path() / "wegwijzer-search-bench";
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string flag = argv[i], value = argv[i + 1];
        if (flag == "--rounds") rounds = std::stoi(value);
        if (flag == "--work") work = value;
        if (flag == "--reuse") reuse = value == "1";
        if (flag == "--sizes") {
            sizes.clear();
            std::stringstream ss(value);
            for (std::string part; std::getline(ss, part, ',');) sizes.push_back(std::stoi(part));
        }
    }
    std::filesystem::create_directories(work);
    const auto mix = query_mix();
    std::map<int, std::pair<double, std::vector<std::pair<double, std::string>>>> slowest;

    std::printf(
        "| services | build (s) | open (ms) | kind | wall p50 (ms) | wall p99 (ms) | cpu p50 (ms) | cpu p99 (ms) | queries |\n");
    std::printf("|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
    for (int size : sizes) {
        auto source = work / ("hsds-" + std::to_string(size));
        auto db = work / ("catalogue-" + std::to_string(size) + ".sqlite");
        auto t = Clock::now();
        double build_s = 0;
        if (!reuse || !std::filesystem::exists(db)) {
            std::filesystem::remove_all(source);
            if (auto st = generate_catalogue(size, source, 42); !st) {
                std::fprintf(stderr, "generate failed: %s\n", st.error().c_str());
                return 1;
            }
            t = Clock::now();
            BuildOptions options;
            options.source = source;
            options.out = db;
            BuildReport report = build_catalogue(options);
            build_s = ms_since(t) / 1000.0;
            if (!report.ok()) {
                std::fprintf(stderr, "build failed: %s\n", report.errors.front().c_str());
                return 1;
            }
        }
        t = Clock::now();
        auto catalogue = Catalogue::open(db);
        double open_ms = ms_since(t);
        if (!catalogue) {
            std::fprintf(stderr, "open failed: %s\n", catalogue.error().c_str());
            return 1;
        }
        // One warm-up round, then the measured rounds.
        double first_cpu = cpu_ms();
        (void)(*catalogue)->search(mix.front().query);
        first_cpu = cpu_ms() - first_cpu;
        for (const auto& q : mix) (void)(*catalogue)->search(q.query);
        std::map<std::string, std::vector<double>> wall, cpu;
        std::vector<std::vector<double>> per_query(mix.size());
        for (int r = 0; r < rounds; ++r)
            for (size_t k = 0; k < mix.size(); ++k) {
                const auto& q = mix[k];
                t = Clock::now();
                double c = cpu_ms();
                auto result = (*catalogue)->search(q.query);
                double c_ms = cpu_ms() - c, w_ms = ms_since(t);
                per_query[k].push_back(c_ms);
                for (const auto& kind : {q.kind, std::string("all")}) {
                    wall[kind].push_back(w_ms);
                    cpu[kind].push_back(c_ms);
                }
            }
        for (const auto& kind : {"all", "prefix", "typo", "words", "browse", "filter"}) {
            std::printf("| %d | %.2f | %.1f | %s | %.3f | %.3f | %.3f | %.3f | %zu |\n", size, build_s, open_ms, kind,
                        percentile(wall[kind], 0.5), percentile(wall[kind], 0.99), percentile(cpu[kind], 0.5),
                        percentile(cpu[kind], 0.99), wall[kind].size());
        }
        slowest[size] = {first_cpu, {}};
        for (size_t k = 0; k < mix.size(); ++k)
            slowest[size].second.emplace_back(percentile(per_query[k], 0.5), describe(mix[k].query));
        std::sort(slowest[size].second.rbegin(), slowest[size].second.rend());
        std::fflush(stdout);
    }
    for (auto& [size, figures] : slowest) {
        std::printf("\n%d services: first search after open %.1f ms CPU; slowest queries (CPU p50):", size,
                    figures.first);
        for (size_t k = 0; k < 5 && k < figures.second.size(); ++k)
            std::printf("%s %s %.2f ms", k ? "," : "", figures.second[k].second.c_str(), figures.second[k].first);
        std::printf("\n");
    }
    return 0;
}
