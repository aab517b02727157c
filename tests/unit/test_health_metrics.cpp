// The health metrics for municipal IT: the pure Prometheus formatter, the file writer (atomic,
// on change and at least every minute, a missing folder logged once) and the start counter.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

#include "core/health_metrics.h"
#include "core/metrics_file.h"
#include "core/start_counter.h"

using namespace ww::health;
namespace fs = std::filesystem;

namespace {

HealthFacts sample_facts() {
    HealthFacts f;
    f.catalogue_loaded = true;
    f.catalogue_version = 42;
    f.catalogue_created_s = 1796000000;
    f.catalogue_expiry_s = 1811000000;
    f.channels = {{"usb", 1796100000, true, 1796100000}, {"web", 1796200000, false, std::nullopt}};
    f.prints_today = 7;
    f.printer = PrinterState::NoPaper;
    f.screen = ScreenState::InUse;
    f.uptime_s = 3600.25;
    f.start_time_s = 1796196400;
    f.restarts = 3;
    f.rollbacks = 1;
    f.last_rollback_s = 1796150000;
    f.build_version = "1.2.3";
    return f;
}

// name{labels} -> value, for every sample line; and every family's TYPE.
struct Parsed {
    std::map<std::string, std::string> samples;
    std::map<std::string, std::string> types;
    std::vector<std::string> order;  // families in the order of their TYPE lines
};

Parsed parse(const std::string& text) {
    Parsed p;
    std::istringstream in(text);
    std::string line;
    const std::regex sample(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})? (-?[0-9.]+)$)");
    while (std::getline(in, line)) {
        if (line.rfind("# TYPE ", 0) == 0) {
            std::istringstream words(line.substr(7));
            std::string name, type;
            words >> name >> type;
            p.types[name] = type;
            p.order.push_back(name);
            continue;
        }
        if (line.rfind("# HELP ", 0) == 0) continue;
        std::smatch m;
        REQUIRE(std::regex_match(line, m, sample));
        p.samples[m[1].str() + m[2].str()] = m[3].str();
    }
    return p;
}

std::string read_file(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("ww-health-" + std::to_string(::getpid()) + "-" + std::to_string(rand()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

}  // namespace

TEST_CASE("health facts become Prometheus text with HELP and TYPE before every family", "[health]") {
    const std::string text = format_prometheus(sample_facts());
    INFO(text);
    REQUIRE(text.back() == '\n');
    const Parsed p = parse(text);
    CHECK(p.samples.at("wegwijzer_catalogue_version") == "42");
    CHECK(p.samples.at("wegwijzer_catalogue_loaded") == "1");
    CHECK(p.samples.at("wegwijzer_catalogue_created_timestamp_seconds") == "1796000000");
    CHECK(p.samples.at("wegwijzer_catalogue_expiry_timestamp_seconds") == "1811000000");
    CHECK(p.samples.at("wegwijzer_update_last_attempt_timestamp_seconds{channel=\"usb\"}") == "1796100000");
    CHECK(p.samples.at("wegwijzer_update_last_attempt_timestamp_seconds{channel=\"web\"}") == "1796200000");
    CHECK(p.samples.at("wegwijzer_update_last_attempt_success{channel=\"usb\"}") == "1");
    CHECK(p.samples.at("wegwijzer_update_last_attempt_success{channel=\"web\"}") == "0");
    CHECK(p.samples.at("wegwijzer_update_last_success_timestamp_seconds{channel=\"usb\"}") == "1796100000");
    CHECK(p.samples.count("wegwijzer_update_last_success_timestamp_seconds{channel=\"web\"}") == 0);
    CHECK(p.samples.at("wegwijzer_prints_today") == "7");
    CHECK(p.samples.at("wegwijzer_printer_state{state=\"no_paper\"}") == "1");
    CHECK(p.samples.at("wegwijzer_printer_state{state=\"ready\"}") == "0");
    CHECK(p.samples.at("wegwijzer_screen_state{state=\"in_use\"}") == "1");
    CHECK(p.samples.at("wegwijzer_screen_state{state=\"idle\"}") == "0");
    CHECK(p.samples.at("wegwijzer_uptime_seconds") == "3600.250");
    CHECK(p.samples.at("wegwijzer_restarts_total") == "3");
    CHECK(p.samples.at("wegwijzer_rollbacks_total") == "1");
    CHECK(p.samples.at("wegwijzer_last_rollback_timestamp_seconds") == "1796150000");
    CHECK(p.samples.at("wegwijzer_build_info{version=\"1.2.3\"}") == "1");
    CHECK(p.types.at("wegwijzer_restarts_total") == "counter");
    CHECK(p.types.at("wegwijzer_uptime_seconds") == "gauge");

    // Every sample belongs to a family declared once, before it; all names carry the prefix.
    std::set<std::string> families(p.order.begin(), p.order.end());
    CHECK(families.size() == p.order.size());
    for (const auto& [key, value] : p.samples) {
        const std::string name = key.substr(0, key.find('{'));
        CHECK(name.rfind("wegwijzer_", 0) == 0);
        CHECK(families.count(name) == 1);
    }
    // Exactly one state is 1 in each state set, whatever the state.
    for (PrinterState s : all_printer_states()) {
        HealthFacts f = sample_facts();
        f.printer = s;
        int ones = 0;
        for (const auto& [key, value] : parse(format_prometheus(f)).samples)
            if (key.rfind("wegwijzer_printer_state{", 0) == 0) ones += value == "1";
        CHECK(ones == 1);
    }
}

TEST_CASE("facts that are not known are left out rather than written as 0", "[health]") {
    HealthFacts f;  // no catalogue, nothing imported, no rollback, no printer
    f.channels = {{"usb", std::nullopt, false, std::nullopt}, {"web", std::nullopt, false, std::nullopt}};
    const std::string text = format_prometheus(f);
    const Parsed p = parse(text);
    CHECK(p.samples.at("wegwijzer_catalogue_loaded") == "0");
    CHECK(p.samples.count("wegwijzer_catalogue_expiry_timestamp_seconds") == 0);
    CHECK(text.find("wegwijzer_update_last_attempt") == std::string::npos);
    CHECK(p.types.count("wegwijzer_update_last_attempt_timestamp_seconds") == 0);  // no family without samples
    CHECK(p.samples.count("wegwijzer_last_rollback_timestamp_seconds") == 0);
    CHECK(p.samples.at("wegwijzer_printer_state{state=\"none\"}") == "1");
    CHECK(text.find("build_info") == std::string::npos);
}

TEST_CASE("label values are escaped per the text format", "[health]") {
    CHECK(escape_label_value("plain") == "plain");
    CHECK(escape_label_value("a\"b") == "a\\\"b");
    CHECK(escape_label_value("a\\b") == "a\\\\b");
    CHECK(escape_label_value("a\nb") == "a\\nb");
    HealthFacts f = sample_facts();
    f.build_version = "1.0 \"beta\"\nline";
    f.channels = {{"we\"b\\", 5, true, 5}};
    const std::string text = format_prometheus(f);
    CHECK(text.find("wegwijzer_build_info{version=\"1.0 \\\"beta\\\"\\nline\"} 1\n") != std::string::npos);
    CHECK(text.find("{channel=\"we\\\"b\\\\\"} 5\n") != std::string::npos);
}

TEST_CASE("nothing a resident searched, chose or printed reaches the metrics", "[health]") {
    // The facts carry no field for it: whatever the kiosk did, only these names can appear.
    const std::string text = format_prometheus(sample_facts());
    for (const char* word : {"dementie", "Alzheimer", "query", "search", "zoek", "service", "municipality", "Emmen"})
        CHECK(text.find(word) == std::string::npos);
    std::set<std::string> names;
    for (const auto& [key, value] : parse(text).samples) names.insert(key.substr(0, key.find('{')));
    const std::set<std::string> allowed{"wegwijzer_build_info",
                                        "wegwijzer_catalogue_loaded",
                                        "wegwijzer_catalogue_version",
                                        "wegwijzer_catalogue_demo",
                                        "wegwijzer_catalogue_created_timestamp_seconds",
                                        "wegwijzer_catalogue_expiry_timestamp_seconds",
                                        "wegwijzer_update_last_attempt_timestamp_seconds",
                                        "wegwijzer_update_last_attempt_success",
                                        "wegwijzer_update_last_success_timestamp_seconds",
                                        "wegwijzer_prints_today",
                                        "wegwijzer_printer_state",
                                        "wegwijzer_screen_state",
                                        "wegwijzer_uptime_seconds",
                                        "wegwijzer_start_time_seconds",
                                        "wegwijzer_restarts_total",
                                        "wegwijzer_rollbacks_total",
                                        "wegwijzer_last_rollback_timestamp_seconds"};
    CHECK(names == allowed);
}

TEST_CASE("the metrics file is written atomically on change and at least every max age", "[health]") {
    TempDir dir;
    std::vector<std::string> log;
    MetricsFile file(
        dir.path / "wegwijzer.prom", [&](const std::string& line) { log.push_back(line); }, 60);
    HealthFacts f = sample_facts();
    const mode_t old_umask = ::umask(077);  // as in the kiosk's systemd unit
    CHECK(file.update(f, 100));
    ::umask(old_umask);
    CHECK(read_file(dir.path / "wegwijzer.prom") == format_prometheus(f));
    // node_exporter (another user) can read it.
    CHECK((fs::status(dir.path / "wegwijzer.prom").permissions() & fs::perms::others_read) != fs::perms::none);
    f.uptime_s += 10;
    CHECK_FALSE(file.update(f, 110));  // only the clock moved
    CHECK(file.seconds_to_due(110) == Approx(50));
    f.screen = ScreenState::Idle;
    CHECK(file.update(f, 111));  // a change is written at once
    CHECK(read_file(dir.path / "wegwijzer.prom").find("wegwijzer_screen_state{state=\"idle\"} 1") != std::string::npos);
    f.uptime_s += 100;
    CHECK(file.update(f, 171));  // a minute later even without a change
    CHECK(read_file(dir.path / "wegwijzer.prom") == format_prometheus(f));
    // Only the file itself is left (no temporary next to it that the collector could read).
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir.path)) files += entry.is_regular_file();
    CHECK(files == 1);
    CHECK(log.empty());
}

TEST_CASE("a missing metrics folder is logged once, and writing starts when it appears", "[health]") {
    TempDir dir;
    std::vector<std::string> log;
    MetricsFile file(
        dir.path / "node-exporter" / "wegwijzer.prom", [&](const std::string& line) { log.push_back(line); }, 60);
    HealthFacts f = sample_facts();
    CHECK_FALSE(file.update(f, 0));
    f.prints_today = 8;
    CHECK_FALSE(file.update(f, 1));
    CHECK_FALSE(file.update(f, 100));
    REQUIRE(log.size() == 1);
    CHECK(log[0].find("node-exporter") != std::string::npos);
    fs::create_directories(dir.path / "node-exporter");
    f.prints_today = 9;
    CHECK(file.update(f, 101));
    CHECK(fs::exists(dir.path / "node-exporter" / "wegwijzer.prom"));
    CHECK(log.size() == 2);  // "written again"
    // An empty path is "metrics off": nothing written, nothing logged.
    MetricsFile off({}, [&](const std::string& line) { log.push_back(line); });
    CHECK_FALSE(off.update(f, 0));
    CHECK(log.size() == 2);
}

TEST_CASE("starts are counted across runs in the state folder", "[health]") {
    TempDir dir;
    CHECK(read_starts(dir.path) == 0);
    CHECK(count_start(dir.path).value() == 1);
    CHECK(count_start(dir.path).value() == 2);
    CHECK(count_start(dir.path).value() == 3);
    CHECK(read_starts(dir.path) == 3);
    std::ofstream(dir.path / "starts") << "garbage";
    CHECK(count_start(dir.path).value() == 1);
    CHECK_FALSE(count_start(dir.path / "missing").ok());
}

TEST_CASE("promtool (Prometheus's own checker) accepts the metrics with no lint", "[health][promtool]") {
    TempDir dir;
    const fs::path file = dir.path / "wegwijzer.prom";
    HealthFacts edge = sample_facts();
    edge.build_version = "1.0 \"beta\"\\x\nline";
    HealthFacts empty;
    for (const HealthFacts& f : {sample_facts(), edge, empty}) {
        std::ofstream(file) << format_prometheus(f);
        const std::string command = "promtool check metrics < '" + file.string() + "' 2>&1";
        FILE* pipe = ::popen(command.c_str(), "r");
        REQUIRE(pipe);
        std::string output;
        char buffer[512];
        while (std::fgets(buffer, sizeof buffer, pipe)) output += buffer;
        const int status = ::pclose(pipe);
        INFO(format_prometheus(f));
        INFO(output);
        CHECK(status == 0);
        CHECK(output.empty());  // no lint problem either
    }
}
