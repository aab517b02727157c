// The kiosk's health metrics writer on its own thread: the loop hands it the screen state many
// times a second while it reads the history and writes the file (the ThreadSanitizer build runs
// the [threads] cases).
#include <catch2/catch.hpp>

#include <chrono>
#include <fstream>
#include <sstream>
#include <thread>

#include "app/health_reporter.h"
#include "sync_fixture.h"

using namespace ww;
using namespace ww::synctest;

namespace {
std::string read_text(const fs::path& file) {
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

bool wait_for_text(const fs::path& file, const std::string& wanted) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        if (read_text(file).find(wanted) != std::string::npos) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}
}  // namespace

TEST_CASE("the health reporter writes what the loop hands it, from a thread of its own", "[sync][health][threads]") {
    TempDir dir;
    app::HealthSources sources;
    sources.metrics_file = dir / "wegwijzer.prom";
    sources.catalogue = dir / "catalogue.sqlite";
    sources.started = std::chrono::steady_clock::now();
    sources.restarts = 4;
    sources.prints_today = [] { return 3; };
    sources.printer_state = [] { return health::PrinterState::Ready; };
    {
        app::HealthReporter reporter(sources);
        // The loop's pace: screen changes and pokes while the thread gathers and writes.
        for (int i = 0; i < 200; ++i) {
            reporter.set_screen(i % 2 ? health::ScreenState::InUse : health::ScreenState::Idle);
            if (i % 10 == 0) reporter.poke();
            if (i % 50 == 0) reporter.set_catalogue(std::nullopt);
        }
        reporter.set_screen(health::ScreenState::OutOfOrder);
        CHECK(wait_for_text(sources.metrics_file, "wegwijzer_screen_state{state=\"out_of_order\"} 1"));
    }  // the destructor stops and joins the thread
    const std::string text = read_text(sources.metrics_file);
    CHECK(text.find("wegwijzer_prints_today 3\n") != std::string::npos);
    CHECK(text.find("wegwijzer_screen_state{state=\"in_use\"} 0\n") != std::string::npos);
    CHECK(text.find("wegwijzer_catalogue_loaded 0\n") != std::string::npos);
    CHECK(text.find("wegwijzer_restarts_total 4\n") != std::string::npos);
}
