// Staff workbook benchmark (issue 13): a workbook of 10,000 rows to a catalogue, the way
// `kioskctl build --source wegwijzer.xlsx` does it. Target: under 5 s and 300 MB on this machine.
//
// A synthetic catalogue (generate_catalogue) is built and exported with the staff export
// (sheet_rows + write_workbook), cut to exactly the number of rows asked for. Each round then
// runs in a child process of its own (fork), so its peak resident memory (the child's
// ru_maxrss from wait4) is that round's alone:
//   - "total": build_catalogue() with the workbook as source, exactly what kioskctl build runs
//     (read, check, merge, validate, write the catalogue with its FTS5 index, VACUUM, fsync, rename);
//   - in a second child, the same steps timed one by one (read_workbook, read_service_rows,
//     rows_to_hsds, validate_hsds, write_catalogue).
// Prints Markdown tables with medians.
//
//   sheet_bench [--rows 10000] [--rounds 5] [--work DIR]
// DIR (default /var/tmp/wegwijzer-sheet-bench) should be on a real disk.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/builder.h"
#include "core/catalogue.h"
#include "core/hsds.h"
#include "core/sheet/sheet_build.h"
#include "core/sheet/sheet_check.h"
#include "core/sheet/sheet_import.h"
#include "core/sheet/sheet_rows.h"
#include "core/sheet/sheet_source.h"
#include "core/sheet/workbook_reader.h"
#include "core/sheet/xlsx_writer.h"

using namespace ww;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

double cpu_ms() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    auto to_ms = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return to_ms(usage.ru_utime) + to_ms(usage.ru_stime);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

double load_average() {
    double load[1] = {0};
    return getloadavg(load, 1) == 1 ? load[0] : -1;
}

struct Round {
    double total = 0, cpu = 0, read = 0, check = 0, merge = 0, validate = 0, write = 0, peak_mb = 0;
    bool ok = false;
};

// Runs `work` in a child; it fills a Round that comes back through a pipe, with the child's peak RSS.
template <typename Work>
Round in_child(Work work) {
    Round r;
    int fds[2];
    if (::pipe(fds) != 0) return r;
    pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        Round mine = work();
        ::_exit(::write(fds[1], &mine, sizeof mine) == static_cast<ssize_t>(sizeof mine) ? 0 : 2);
    }
    ::close(fds[1]);
    bool got = ::read(fds[0], &r, sizeof r) == static_cast<ssize_t>(sizeof r);
    ::close(fds[0]);
    int status = 0;
    rusage usage{};
    ::wait4(child, &status, 0, &usage);
    r.ok = got && r.ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    r.peak_mb = static_cast<double>(usage.ru_maxrss) / 1024.0;  // kilobytes on Linux
    return r;
}

}  // namespace

int main(int argc, char** argv) {
    std::size_t rows_wanted = 10000;
    int rounds = 5;
    fs::path work = "/var/tmp/wegwijzer-sheet-bench";
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--rows") rows_wanted = std::stoul(argv[i + 1]);
        else if (a == "--rounds") rounds = std::stoi(argv[i + 1]);
        else if (a == "--work") work = argv[i + 1];
    }
    sheet::enable_workbook_sources();
    std::error_code ec;
    fs::remove_all(work, ec);
    fs::create_directories(work);

    // The workbook: a generated catalogue (about 1.25 rows per service), exported, cut to size.
    const int services = static_cast<int>(rows_wanted);
    if (auto st = generate_catalogue(services, work / "hsds"); !st)
        return std::fprintf(stderr, "%s\n", st.error().c_str()), 1;
    BuildOptions options;
    options.source = work / "hsds";
    options.out = work / "generated.sqlite";
    if (auto report = build_catalogue(options); !report.ok()) return std::fprintf(stderr, "build failed\n"), 1;
    auto catalogue = Catalogue::open(options.out);
    if (!catalogue) return std::fprintf(stderr, "%s\n", catalogue.error().c_str()), 1;
    auto read = sheet::read_sheet_services(**catalogue);
    if (!read) return std::fprintf(stderr, "%s\n", read.error().c_str()), 1;
    std::vector<sheet::SheetRow> rows = sheet::sheet_rows(*read);
    if (rows.size() < rows_wanted) return std::fprintf(stderr, "only %zu rows\n", rows.size()), 1;
    rows.resize(rows_wanted);
    const fs::path book = work / "wegwijzer.xlsx";
    if (auto st = sheet::write_workbook(book, rows); !st) return std::fprintf(stderr, "%s\n", st.error().c_str()), 1;
    std::size_t distinct = 0;
    {
        std::vector<std::string> ids;
        for (const auto& r : rows) ids.push_back(r[sheet::kServiceId]);
        std::sort(ids.begin(), ids.end());
        distinct = static_cast<std::size_t>(std::unique(ids.begin(), ids.end()) - ids.begin());
    }

    std::vector<Round> results;
    for (int round = 0; round < rounds; ++round) {
        Round total = in_child([&] {
            Round r;
            BuildOptions o;
            o.source = book;
            o.out = work / "built.sqlite";
            fs::remove(o.out);
            double cpu0 = cpu_ms();
            auto t0 = Clock::now();
            BuildReport report = build_catalogue(o);
            r.total = ms(Clock::now() - t0);
            r.cpu = cpu_ms() - cpu0;
            r.ok = report.ok() && report.services == static_cast<int>(distinct);
            if (!report.ok())
                for (const auto& e : report.errors) std::fprintf(stderr, "%s\n", e.c_str());
            return r;
        });
        Round steps = in_child([&] {
            Round r;
            auto t0 = Clock::now();
            auto sheets = sheet::read_workbook(book);
            auto t1 = Clock::now();
            if (!sheets) return r;
            sheet::SheetRead rows_read = sheet::read_service_rows(*sheets);
            auto t2 = Clock::now();
            sheet::SheetImport imported = sheet::rows_to_hsds({{book.string(), std::move(rows_read)}});
            auto t3 = Clock::now();
            HsdsLoad load = validate_hsds(std::move(imported.tables), {});
            auto t4 = Clock::now();
            fs::path out = work / "steps.sqlite";
            fs::remove(out);
            CatalogueMetadata meta;
            meta.created = "2026-11-30";
            Status written = write_catalogue(out, std::move(load.package), meta);
            auto t5 = Clock::now();
            r.read = ms(t1 - t0), r.check = ms(t2 - t1), r.merge = ms(t3 - t2), r.validate = ms(t4 - t3),
            r.write = ms(t5 - t4);
            r.ok = load.ok() && static_cast<bool>(written);
            return r;
        });
        total.read = steps.read, total.check = steps.check, total.merge = steps.merge, total.validate = steps.validate,
        total.write = steps.write;
        if (!total.ok || !steps.ok) return std::fprintf(stderr, "round %d failed\n", round), 1;
        results.push_back(total);
    }
    auto col = [&](double Round::*field) {
        std::vector<double> v;
        for (const Round& r : results) v.push_back(r.*field);
        return median(v);
    };
    std::printf("workbook: %zu rows, %zu services, %.1f MB; %d rounds; load average %.1f\n\n", rows.size(), distinct,
                static_cast<double>(fs::file_size(book)) / 1e6, rounds, load_average());
    std::printf(
        "| rows | total build (ms) | CPU (ms) | peak RSS (MB) | read xlsx | check rows | rows -> HSDS | validate | write catalogue |\n");
    std::printf("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    std::printf("| %zu | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f | %.0f |\n", rows.size(), col(&Round::total),
                col(&Round::cpu), col(&Round::peak_mb), col(&Round::read), col(&Round::check), col(&Round::merge),
                col(&Round::validate), col(&Round::write));
    std::printf("\nper round (total ms / peak MB):");
    for (const Round& r : results) std::printf(" %.0f/%.0f", r.total, r.peak_mb);
    std::printf("\n");
    return 0;
}
