// load_config: the shipped config/kiosk.toml, and every kind of bad input becoming a warning.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <toml++/toml.h>

#include "core/config.h"

namespace fs = std::filesystem;
using ww::KioskConfig;
using ww::load_config;

namespace {

const fs::path kShippedConfig = fs::path(WEGWIJZER_SOURCE_DIR) / "config" / "kiosk.toml";

// Every field of KioskConfig as "section.key" in config/kiosk.toml. Adding a field to
// KioskConfig means adding it here, to the loader and to the documented file.
const std::vector<std::string> kAllKeys{
    "kiosk.name",
    "kiosk.place",
    "kiosk.municipality",
    "kiosk.latitude",
    "kiosk.longitude",
    "kiosk.languages",
    "screen.width_px",
    "screen.height_px",
    "screen.diagonal_inch",
    "idle.warning_after_s",
    "idle.reset_after_s",
    "speech.enabled",
    "speech.volume",
    "speech.rate_wpm",
    "speech.device",
    "catalogue.path",
    "helpline.name",
    "helpline.name_en",
    "helpline.phone",
    "staff.pin_hash",
    "sync.mount_roots",
    "sync.public_keys",
    "sync.fleet",
    "sync.max_file_bytes",
    "sync.state_dir",
    "sync.trial_seconds",
    "sync.trial_attempts",
    "sync.open_timeout_s",
    "sync.url",
    "sync.ca_file",
    "sync.poll_minutes",
    "print.printer",
    "print.paper",
    "print.stuck_job_s",
    "health.metrics_file",
};

struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("ww-config-test-" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path write(const std::string& text, const std::string& name = "kiosk.toml") const {
        fs::path file = path / name;
        std::ofstream(file) << text;
        return file;
    }
};

ww::ConfigLoad load_text(const std::string& text) {
    TempDir dir;
    return load_config(dir.write(text));
}

bool has_warning_containing(const ww::ConfigLoad& load, const std::string& part) {
    return std::any_of(load.warnings.begin(), load.warnings.end(),
                       [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

std::string all_warnings(const ww::ConfigLoad& load) {
    std::string text;
    for (const auto& w : load.warnings) text += w + "\n";
    return text;
}

}  // namespace

TEST_CASE("config: config/kiosk.toml loads without a single warning", "[config]") {
    auto load = load_config(kShippedConfig);
    INFO(all_warnings(load));
    CHECK(load.warnings.empty());
    const KioskConfig& c = load.config;
    CHECK(c.place == "Bibliotheek Emmen");
    CHECK(c.municipality == "Emmen");
    CHECK(c.position.lat == Approx(52.7858));
    CHECK(c.position.lon == Approx(6.8976));
    CHECK(c.screen.diagonal_inch == Approx(21.5));
    CHECK(c.screen.width_px == 1920);
    CHECK(c.screen.height_px == 1080);
    CHECK(c.helpline.name == "Dementielijn (Alzheimer Nederland)");
    CHECK(c.helpline.name_en == "Dementia helpline (Alzheimer Nederland)");
    CHECK(c.helpline.phone == "0800 - 5088");
    CHECK(c.print.printer.empty());
    CHECK(c.print.paper == "a4");
    CHECK(c.sync.mount_roots == std::vector<fs::path>{"/media", "/run/media"});
    CHECK(c.sync.fleet == "drenthe");
    CHECK(c.sync.public_keys.empty());
    CHECK(c.staff.pin_hash.empty());
    CHECK(c.catalogue.path.empty());
}

TEST_CASE("config: config/kiosk.toml documents exactly the keys of KioskConfig", "[config]") {
    toml::table root = toml::parse_file(kShippedConfig.string());
    for (const auto& key : kAllKeys) {
        INFO(key);
        CHECK(root.at_path(key).node() != nullptr);
    }
    // ...and nothing else, so the list above cannot drift from the file.
    for (auto&& [section, table] : root) {
        REQUIRE(table.is_table());
        for (auto&& [key, value] : *table.as_table()) {
            std::string dotted = std::string(section.str()) + "." + std::string(key.str());
            INFO(dotted);
            CHECK(std::find(kAllKeys.begin(), kAllKeys.end(), dotted) != kAllKeys.end());
        }
    }
    // Every key has a comment right above it or above its group.
    std::ifstream in(kShippedConfig);
    std::string line, previous;
    int undocumented = 0;
    bool in_group = false;
    while (std::getline(in, line)) {
        bool is_key = !line.empty() && line[0] != '#' && line[0] != '[';
        if (is_key && !(previous.starts_with("#") || in_group)) {
            UNSCOPED_INFO("no comment above: " << line);
            ++undocumented;
        }
        in_group = is_key && (in_group || previous.starts_with("#"));
        previous = line;
    }
    CHECK(undocumented == 0);
}

TEST_CASE("config: every key of KioskConfig is read from the file", "[config]") {
    TempDir dir;
    auto load = load_config(dir.write(R"(
[kiosk]
name = "Wegwijzer Assen"
place = "Gemeentehuis Assen"
municipality = "assen"
latitude = 52.9925
longitude = 6.5649
languages = ["en", "nl"]
[screen]
width_px = 1080
height_px = 1920
diagonal_inch = 32
[idle]
warning_after_s = 90
reset_after_s = 45
[speech]
enabled = false
volume = 40
rate_wpm = 120
device = "null"
[catalogue]
path = "data/catalogue.sqlite"
[helpline]
name = "Gemeente Assen"
phone = "14 0592"
[staff]
pin_hash = "$argon2id$v=19$m=65536,t=2,p=1$abc$def"
[sync]
mount_roots = ["/mnt/usb"]
public_keys = ["keys/drenthe.pub", "/etc/wegwijzer/backup.pub"]
fleet = "assen-test"
max_file_bytes = 1048576
state_dir = "/srv/wegwijzer"
[print]
printer = "Balie_HP"
paper = "roll80"
stuck_job_s = 60
[health]
metrics_file = "metrics/wegwijzer.prom"
)"));
    INFO(all_warnings(load));
    CHECK(load.warnings.empty());
    const KioskConfig& c = load.config;
    const KioskConfig d;  // defaults: each value below differs from them
    CHECK(c.name == "Wegwijzer Assen");
    CHECK(c.place == "Gemeentehuis Assen");
    CHECK(c.municipality == "Assen");  // official spelling
    CHECK(c.position.lat == Approx(52.9925));
    CHECK(c.position.lon == Approx(6.5649));
    CHECK(c.languages == std::vector<std::string>{"en", "nl"});
    CHECK(c.screen.width_px == 1080);
    CHECK(c.screen.height_px == 1920);
    CHECK(c.screen.diagonal_inch == Approx(32));
    CHECK(c.idle.warning_after_s == 90);
    CHECK(c.idle.reset_after_s == 45);
    CHECK_FALSE(c.speech.enabled);
    CHECK(c.speech.volume == 40);
    CHECK(c.speech.rate_wpm == 120);
    CHECK(c.speech.device == "null");
    CHECK(c.catalogue.path == fs::absolute(dir.path) / "data" / "catalogue.sqlite");
    CHECK(c.helpline.name == "Gemeente Assen");
    CHECK(c.helpline.phone == "14 0592");
    CHECK(c.staff.pin_hash == "$argon2id$v=19$m=65536,t=2,p=1$abc$def");
    CHECK(c.sync.mount_roots == std::vector<fs::path>{"/mnt/usb"});
    CHECK(c.sync.public_keys ==
          std::vector<fs::path>{fs::absolute(dir.path) / "keys" / "drenthe.pub", "/etc/wegwijzer/backup.pub"});
    CHECK(c.sync.fleet == "assen-test");
    CHECK(c.sync.max_file_bytes == 1048576u);
    CHECK(c.sync.state_dir == "/srv/wegwijzer");
    CHECK(c.print.printer == "Balie_HP");
    CHECK(c.print.paper == "roll80");
    CHECK(c.print.stuck_job_s == 60);
    CHECK(c.print.stuck_job_s != d.print.stuck_job_s);
    CHECK(c.health.metrics_file == fs::absolute(dir.path) / "metrics" / "wegwijzer.prom");
}

TEST_CASE("config: [health] metrics_file must end in .prom, empty switches metrics off", "[config]") {
    TempDir dir;
    const KioskConfig d;
    CHECK(d.health.metrics_file == "/var/lib/prometheus/node-exporter/wegwijzer.prom");
    auto wrong =
        load_config(dir.write("[health]\nmetrics_file = \"/var/lib/prometheus/node-exporter/wegwijzer.txt\"\n"));
    REQUIRE(wrong.warnings.size() == 1);
    CHECK(wrong.warnings[0].find("[health] metrics_file") != std::string::npos);
    CHECK(wrong.warnings[0].find("does not end in .prom") != std::string::npos);
    CHECK(wrong.config.health.metrics_file == d.health.metrics_file);
    auto off = load_config(dir.write("[health]\nmetrics_file = \"\"\n"));
    CHECK(off.warnings.empty());
    CHECK(off.config.health.metrics_file.empty());
}

TEST_CASE("config: a missing config file gives the defaults and one warning", "[config]") {
    TempDir dir;
    auto load = load_config(dir.path / "nope.toml");
    REQUIRE(load.warnings.size() == 1);
    CHECK(load.warnings[0].find("nope.toml") != std::string::npos);
    CHECK(load.warnings[0].find("not found") != std::string::npos);
    const KioskConfig d;
    CHECK(load.config.municipality == d.municipality);
    CHECK(load.config.idle.reset_after_s == d.idle.reset_after_s);

    auto folder = load_config(dir.path);  // a folder where the file should be
    REQUIRE(folder.warnings.size() == 1);
    CHECK(folder.warnings[0].find("is a folder, not a regular file") != std::string::npos);
}

TEST_CASE("config: a syntax error gives the defaults and a warning with line and column", "[config]") {
    auto load = load_text("[idle]\nreset_after_s = 40\nwarning_after_s = = 3\n");
    REQUIRE(load.warnings.size() == 1);
    INFO(load.warnings[0]);
    CHECK(load.warnings[0].find("line 3, column") != std::string::npos);
    CHECK(load.config.idle.reset_after_s == 30);  // nothing from a broken file is used
}

TEST_CASE("config: a bad value names the key, says what is wrong and keeps the default", "[config]") {
    SECTION("too short a reset") {
        auto load = load_text("[idle]\nreset_after_s = 5\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0] == "[idle] reset_after_s = 5 is too short (minimum 20); using 30");
        CHECK(load.config.idle.reset_after_s == 30);
    }
    SECTION("volume above 100") {
        auto load = load_text("[speech]\nvolume = 150\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0] == "[speech] volume = 150 is too large (maximum 100); using 80");
        CHECK(load.config.speech.volume == 80);
    }
    SECTION("volume below 0") {
        auto load = load_text("[speech]\nvolume = -1\n");
        CHECK(has_warning_containing(load, "[speech] volume = -1 is too small (minimum 0)"));
        CHECK(load.config.speech.volume == 80);
    }
    SECTION("wrong type") {
        auto load = load_text("[speech]\nvolume = \"loud\"\nenabled = \"yes\"\n");
        CHECK(load.warnings.size() == 2);
        CHECK(has_warning_containing(load, "[speech] volume = \"loud\" should be a whole number; using 80"));
        CHECK(has_warning_containing(load, "[speech] enabled = \"yes\" should be true or false; using true"));
    }
    SECTION("a latitude outside Drenthe keeps the whole default position") {
        auto load = load_text("[kiosk]\nlatitude = 40.7\nlongitude = 6.6\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0].starts_with("[kiosk] latitude = 40.7 is too small"));
        CHECK(load.config.position == KioskConfig{}.position);
    }
    SECTION("latitude without longitude") {
        auto load = load_text("[kiosk]\nlatitude = 52.99\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0].find("latitude is set without longitude") != std::string::npos);
        CHECK(load.config.position == KioskConfig{}.position);
    }
    SECTION("unknown paper") {
        auto load = load_text("[print]\npaper = \"a5\"\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0] ==
              "[print] paper = \"a5\" is not a known paper (use \"a4\" or \"roll80\"); using \"a4\"");
        CHECK(load.config.print.paper == "a4");
    }
    SECTION("unknown language") {
        auto load = load_text("[kiosk]\nlanguages = [\"nl\", \"fr\"]\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0].starts_with("[kiosk] languages = "));
        CHECK(load.warnings[0].find("\"fr\"") != std::string::npos);
        CHECK(load.config.languages == std::vector<std::string>{"nl", "en"});
    }
    SECTION("no languages at all") {
        auto load = load_text("[kiosk]\nlanguages = []\n");
        CHECK(has_warning_containing(load, "[kiosk] languages = [] should not be empty"));
        CHECK(load.config.languages == std::vector<std::string>{"nl", "en"});
    }
    SECTION("screen diagonal of zero") {
        auto load = load_text("[screen]\ndiagonal_inch = 0\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0].starts_with("[screen] diagonal_inch = 0 is too small"));
        CHECK(load.config.screen.diagonal_inch == Approx(21.5));
    }
    SECTION("a municipality outside Drenthe") {
        auto load = load_text("[kiosk]\nmunicipality = \"Groningen\"\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0].find("is not a municipality of Drenthe") != std::string::npos);
        CHECK(load.config.municipality == "Emmen");
    }
    SECTION("a PIN instead of a PIN hash") {
        auto load = load_text("[staff]\npin_hash = \"1234\"\n");
        REQUIRE(load.warnings.size() == 1);
        CHECK(load.warnings[0].find("kioskctl pin") != std::string::npos);
        CHECK(load.config.staff.pin_hash.empty());
    }
    SECTION("a phone number with letters") {
        auto load = load_text("[helpline]\nphone = \"bel ons\"\n");
        CHECK(has_warning_containing(load, "[helpline] phone = \"bel ons\" is not a phone number"));
        CHECK(load.config.helpline.phone.empty());
    }
    SECTION("relative mount root") {
        auto load = load_text("[sync]\nmount_roots = [\"media\"]\n");
        CHECK(has_warning_containing(load, "[sync] mount_roots"));
        CHECK(load.config.sync.mount_roots == std::vector<fs::path>{"/media", "/run/media"});
    }
    SECTION("a printer name with a space") {
        auto load = load_text("[print]\nprinter = \"HP Balie\"\n");
        CHECK(has_warning_containing(load, "[print] printer = \"HP Balie\" is not a CUPS queue name"));
        CHECK(load.config.print.printer.empty());
    }
}

TEST_CASE("config: one bad key does not disturb the good ones", "[config]") {
    auto load = load_text("[idle]\nwarning_after_s = 60\nreset_after_s = 5\n[speech]\nvolume = 55\n");
    CHECK(load.warnings.size() == 1);
    CHECK(load.config.idle.warning_after_s == 60);
    CHECK(load.config.idle.reset_after_s == 30);
    CHECK(load.config.speech.volume == 55);
}

TEST_CASE("config: unknown keys and sections are reported", "[config]") {
    auto load = load_text("volume = 3\n[idle]\nreset_after = 40\n[printer]\nname = \"x\"\n[speech]\nvolume = 70\n");
    INFO(all_warnings(load));
    CHECK(load.warnings.size() == 3);
    CHECK(has_warning_containing(load, "unknown key [idle] reset_after is ignored"));
    CHECK(has_warning_containing(load, "unknown section [printer] is ignored"));
    CHECK(has_warning_containing(
        load, "unknown key volume (outside any section) is ignored (did you mean [speech] volume?)"));
    CHECK(load.config.speech.volume == 70);
}

TEST_CASE("config: a section written as a value is reported once", "[config]") {
    auto load = load_text("idle = 5\n");
    REQUIRE(load.warnings.size() == 1);
    CHECK(load.warnings[0].find("should be a section") != std::string::npos);
}

TEST_CASE("config: a syntax error keeps the last configuration that worked", "[config][last-good]") {
    TempDir dir;
    const fs::path last_good = dir.path / "state" / "kiosk.last-good.toml";
    fs::create_directories(last_good.parent_path());
    const std::string good =
        "[staff]\npin_hash = \"$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo\"\n"
        "[sync]\npublic_keys = [\"keys/drenthe.pub\"]\nfleet = \"zuid\"\n[idle]\nreset_after_s = 45\n";
    const fs::path config = dir.write(good);

    // A clean load is kept, byte for byte.
    auto first = load_config(config, last_good);
    INFO(all_warnings(first));
    REQUIRE(first.worked());
    REQUIRE(ww::save_last_good_config(first, last_good));
    std::ifstream kept_file(last_good);
    CHECK(std::string((std::istreambuf_iterator<char>(kept_file)), {}) == good);

    // Staff break the file: 2^64 does not fit in a TOML integer.
    dir.write("[staff]\npin_hash = \"\"\n[idle]\nreset_after_s = 18446744073709551616\n");
    auto broken = load_config(config, last_good);
    INFO(all_warnings(broken));
    CHECK(broken.from_last_good);
    CHECK_FALSE(broken.worked());
    CHECK(broken.problem.find("line 4, column") != std::string::npos);
    CHECK(has_warning_containing(broken, "using the last configuration that worked (" + last_good.string() + ")"));
    // Staff mode and USB sync stay as they were; relative paths still count from the config's folder.
    CHECK(broken.config.staff.pin_hash.starts_with("$argon2id$"));
    CHECK(broken.config.sync.public_keys == std::vector<fs::path>{dir.path / "keys/drenthe.pub"});
    CHECK(broken.config.sync.fleet == "zuid");
    CHECK(broken.config.idle.reset_after_s == 45);
    // A broken load never overwrites the copy.
    REQUIRE(ww::save_last_good_config(broken, last_good));
    CHECK(load_config(last_good).config.sync.fleet == "zuid");

    // Without a copy: the defaults, and the line and column are still said.
    auto no_copy = load_config(config, dir.path / "state" / "none.toml");
    CHECK_FALSE(no_copy.from_last_good);
    CHECK(no_copy.config.staff.pin_hash.empty());
    CHECK(has_warning_containing(no_copy, "line 4, column"));
}

TEST_CASE("config: only a load without a single warning becomes the last good one", "[config][last-good]") {
    TempDir dir;
    const fs::path last_good = dir.path / "kiosk.last-good.toml";
    const fs::path config = dir.write("[idle]\nreset_after_s = 45\n", "a.toml");
    REQUIRE(ww::save_last_good_config(load_config(config, last_good), last_good));
    REQUIRE(fs::exists(last_good));

    // One bad key: the rest of the file is used, but it does not replace the copy.
    const fs::path with_bad_key = dir.write("[idle]\nreset_after_s = 50\n[speech]\nvolume = 500\n", "b.toml");
    auto load = load_config(with_bad_key, last_good);
    CHECK(load.config.idle.reset_after_s == 50);
    CHECK_FALSE(load.from_last_good);
    CHECK_FALSE(load.worked());
    REQUIRE(ww::save_last_good_config(load, last_good));
    CHECK(load_config(last_good).config.idle.reset_after_s == 45);
}

TEST_CASE("config: [sync] url, ca_file and poll_minutes: off by default, wrong values defaulted", "[config]") {
    auto shipped = load_config(kShippedConfig);
    CHECK(shipped.config.sync.url.empty());  // web updates are off unless IT turns them on
    CHECK(shipped.config.sync.ca_file.empty());
    CHECK(shipped.config.sync.poll_minutes == 60);

    auto good =
        load_text("[sync]\nurl = \"https://updates.example.nl/wegwijzer\"\nca_file = \"ca.pem\"\npoll_minutes = 30\n");
    INFO(all_warnings(good));
    CHECK(good.warnings.empty());
    CHECK(good.config.sync.url == "https://updates.example.nl/wegwijzer/");  // a folder: the final '/' added
    CHECK(good.config.sync.ca_file.is_absolute());
    CHECK(good.config.sync.ca_file.filename() == "ca.pem");
    CHECK(good.config.sync.poll_minutes == 30);

    for (const char* bad : {"http://updates.example.nl/", "ftp://x/", "https://", "https:///path", "https://user@host/",
                            "https://host/a b", "https://host/?q=1", "updates.example.nl"}) {
        INFO(bad);
        auto load = load_text(std::string("[sync]\nurl = \"") + bad + "\"\n");
        CHECK(load.config.sync.url.empty());
        CHECK(has_warning_containing(load, "[sync] url = "));
    }
    for (const char* bad : {"0", "4", "20000", "\"often\""}) {
        INFO(bad);
        auto load = load_text(std::string("[sync]\npoll_minutes = ") + bad + "\n");
        CHECK(load.config.sync.poll_minutes == 60);
        CHECK(has_warning_containing(load, "[sync] poll_minutes = "));
    }
}
