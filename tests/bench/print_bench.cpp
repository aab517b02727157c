// Time to make the large-print PDF (layout + cairo/pango drawing + QR codes), in memory.
// Target: 20 services under 300 ms on the kiosk's 2-core machine.
//
// Usage: print_bench [--db CATALOGUE] [--runs N]
//   --db  take the services from a catalogue (every category, 20 in all) instead of the
//         built-in sample services; the demo catalogue is the realistic case.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "../print/sample_services.h"
#include "core/catalogue.h"
#include "core/print/pdf_render.h"
#include "core/taxonomy.h"

using namespace ww;
using namespace ww::print;
using Clock = std::chrono::steady_clock;

namespace {

struct Stats {
    double median = 0, p90 = 0, min = 0, max = 0;
};

Stats stats(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[static_cast<size_t>(q * (ms.size() - 1) + 0.5)]; };
    return {at(0.5), at(0.9), ms.front(), ms.back()};
}

std::vector<ServiceDetail> from_catalogue(const std::string& path, size_t count) {
    auto opened = Catalogue::open(path);
    if (!opened) {
        std::fprintf(stderr, "print_bench: %s\n", opened.error().c_str());
        std::exit(1);
    }
    std::vector<ServiceDetail> out;
    for (size_t round = 0; out.size() < count && round < 10; ++round) {
        for (const auto& cat : categories()) {
            SearchQuery q;
            q.category = std::string(cat.code);
            q.limit = 1;
            q.offset = static_cast<int>(round);
            for (const auto& s : (*opened)->search(q).services) {
                if (auto d = (*opened)->service(s.id); d && out.size() < count) out.push_back(*d);
            }
        }
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    std::string db;
    int runs = 30;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
        if (!std::strcmp(argv[i], "--runs")) runs = std::max(5, std::atoi(argv[i + 1]));
    }
    std::printf("Source: %s; %d runs after 3 warm-up runs; times in ms (PDF in memory)\n\n",
                db.empty() ? "built-in sample services" : db.c_str(), runs);
    std::printf("| services | paper | pages | PDF size | median | p90 | min | max | target |\n");
    std::printf("|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
    for (int count : {1, 20, 30}) {
        for (Paper paper : {Paper::A4, Paper::Roll80}) {
            PrintRequest request = testing::sample_request(count, paper);
            if (!db.empty()) {
                request.services = from_catalogue(db, static_cast<size_t>(count));
                if (request.services.size() < static_cast<size_t>(count)) continue;
            }
            std::vector<double> ms;
            size_t pages = 0, bytes = 0;
            for (int r = 0; r < runs + 3; ++r) {
                auto t0 = Clock::now();
                auto out = render_list(request);
                double t = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                if (!out) {
                    std::fprintf(stderr, "print_bench: %s\n", out.error().c_str());
                    return 1;
                }
                pages = out->pages.size();
                bytes = out->pdf.size();
                if (r >= 3) ms.push_back(t);
            }
            Stats s = stats(ms);
            const char* target = count == 20 ? (s.median < 300 ? "< 300: met" : "< 300: MISSED") : "";
            std::printf("| %d | %s | %zu | %zu kB | %.1f | %.1f | %.1f | %.1f | %s |\n", count, paper_name(paper),
                        pages, bytes / 1024, s.median, s.p90, s.min, s.max, target);
        }
    }

    // The kiosk renders on a fresh worker thread per print; pango's font map is per thread, so
    // that first render also pays for loading fonts.
    std::vector<double> fresh;
    PrintRequest request = testing::sample_request(20, Paper::A4);
    if (!db.empty()) request.services = from_catalogue(db, 20);
    for (int r = 0; r < std::min(runs, 15); ++r) {
        double t = 0;
        std::thread worker([&] {
            auto t0 = Clock::now();
            auto out = render_list(request);
            t = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        });
        worker.join();
        fresh.push_back(t);
    }
    Stats s = stats(fresh);
    std::printf(
        "\n20 services, A4, each on a new thread (as PrintService does): median %.1f, p90 %.1f, "
        "min %.1f, max %.1f ms over %zu runs\n",
        s.median, s.p90, s.min, s.max, fresh.size());
    return 0;
}
