// config/kiosk.toml -> KioskConfig. The kiosk must always start: every problem becomes one
// warning line that names the key, and the key keeps its default.
#include "core/config.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <map>
#include <set>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <toml++/toml.h>

#include "core/atomic_file.h"
#include "core/drenthe_places.h"
#include "core/safe_open.h"
#include "core/text.h"

namespace ww {
namespace {

namespace fs = std::filesystem;

// Drenthe lies within about 52.6-53.2 N, 6.1-7.1 E; a small margin allows a kiosk near the border.
constexpr double kMinLatitude = 52.4, kMaxLatitude = 53.4;
constexpr double kMinLongitude = 5.9, kMaxLongitude = 7.3;

std::string in_quotes(const std::string& text) { return "\"" + text + "\""; }

std::string number_text(double value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

// How a value was written in the file, for warnings; long values are cut short.
std::string shown(const toml::node& node) {
    if (node.is_table()) return "(a section)";
    std::string text;
    if (const auto* str = node.as_string()) {
        text = in_quotes(**str);
    } else if (const auto* array = node.as_array()) {
        text = "[";
        for (size_t i = 0; i < array->size(); ++i) text += (i ? ", " : "") + shown(*array->get(i));
        text += "]";
    } else if (const auto* real = node.as_floating_point()) {
        text = number_text(**real);
    } else {
        std::ostringstream out;
        node.visit([&](const auto& value) { out << value; });
        text = out.str();
    }
    if (text.size() > 60) text = text.substr(0, 57) + "...";
    return text;
}

std::string shown(const std::vector<std::string>& list) {
    std::string text = "[";
    for (size_t i = 0; i < list.size(); ++i) text += (i ? ", " : "") + in_quotes(list[i]);
    return text + "]";
}

// A check returns what is wrong with a value in plain words, or "" when it is fine.
using TextCheck = std::function<std::string(const std::string&)>;

class Reader {
public:
    Reader(const toml::table& root, std::vector<std::string>& warnings) : root_(root), warnings_(warnings) {}

    // The value of [section] key, or nullptr when it is not in the file. Marks the key as known.
    const toml::node* find(const std::string& section, const std::string& key) {
        known_[section].insert(key);
        const toml::node* table = root_.get(section);
        if (!table) return nullptr;
        if (!table->is_table()) {
            if (bad_sections_.insert(section).second)
                warnings_.push_back(section + " = " + shown(*table) + " should be a section ([" + section +
                                    "] on a line of its own); using the defaults for [" + section + "]");
            return nullptr;
        }
        return table->as_table()->get(key);
    }

    void warn(const std::string& section, const std::string& key, const toml::node& node, const std::string& problem,
              const std::string& fallback) {
        warnings_.push_back("[" + section + "] " + key + " = " + shown(node) + " " + problem + "; using " + fallback);
    }

    void warn(const std::string& message) { warnings_.push_back(message); }

    void text(const std::string& section, const std::string& key, std::string& out, const TextCheck& check = {}) {
        const toml::node* node = find(section, key);
        if (!node) return;
        if (!node->is_string()) return warn(section, key, *node, "should be text in quotes", in_quotes(out));
        std::string value = **node->as_string();
        if (check) {
            if (std::string problem = check(value); !problem.empty())
                return warn(section, key, *node, problem, in_quotes(out));
        }
        out = std::move(value);
    }

    template <class Int>
    void whole(const std::string& section, const std::string& key, Int& out, std::int64_t min, std::int64_t max) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const std::string fallback = std::to_string(out);
        if (!node->is_integer()) return warn(section, key, *node, "should be a whole number", fallback);
        const std::int64_t value = **node->as_integer();
        const bool duration = key.ends_with("_s");
        if (value < min)
            return warn(
                section, key, *node,
                std::string(duration ? "is too short" : "is too small") + " (minimum " + std::to_string(min) + ")",
                fallback);
        if (value > max)
            return warn(
                section, key, *node,
                std::string(duration ? "is too long" : "is too large") + " (maximum " + std::to_string(max) + ")",
                fallback);
        out = static_cast<Int>(value);
    }

    // A number with or without decimals, within [min, max]. Returns false when absent or wrong.
    bool real(const std::string& section, const std::string& key, double& out, double min, double max,
              const std::string& fallback) {
        const toml::node* node = find(section, key);
        if (!node) return false;
        if (!node->is_number()) {
            warn(section, key, *node, "should be a number", fallback);
            return false;
        }
        const double value = node->value<double>().value_or(0.0);
        if (!(value >= min && value <= max)) {  // also catches nan
            warn(section, key, *node,
                 value > max   ? "is too large (maximum " + number_text(max) + ")"
                 : value < min ? "is too small (minimum " + number_text(min) + ")"
                               : "is not a usable number",
                 fallback);
            return false;
        }
        out = value;
        return true;
    }

    void flag(const std::string& section, const std::string& key, bool& out) {
        const toml::node* node = find(section, key);
        if (!node) return;
        if (!node->is_boolean()) return warn(section, key, *node, "should be true or false", out ? "true" : "false");
        out = **node->as_boolean();
    }

    // A list of texts; one bad item rejects the whole list (a half list would surprise).
    void text_list(const std::string& section, const std::string& key, std::vector<std::string>& out,
                   const TextCheck& check = {}, bool allow_empty = true) {
        const toml::node* node = find(section, key);
        if (!node) return;
        const std::string fallback = shown(out);
        const toml::array* array = node->as_array();
        if (!array) return warn(section, key, *node, "should be a list of texts, like [\"a\", \"b\"]", fallback);
        if (array->empty() && !allow_empty) return warn(section, key, *node, "should not be empty", fallback);
        std::vector<std::string> values;
        for (const toml::node& item : *array) {
            if (!item.is_string())
                return warn(section, key, *node, "should hold only texts in quotes (" + shown(item) + " is not)",
                            fallback);
            std::string value = **item.as_string();
            if (check) {
                if (std::string problem = check(value); !problem.empty())
                    return warn(section, key, *node, "has " + in_quotes(value) + ", which " + problem, fallback);
            }
            if (std::find(values.begin(), values.end(), value) != values.end())
                return warn(section, key, *node, "has " + in_quotes(value) + " twice", fallback);
            values.push_back(std::move(value));
        }
        out = std::move(values);
    }

    void path_list(const std::string& section, const std::string& key, std::vector<fs::path>& out, const fs::path& base,
                   bool must_be_absolute) {
        std::vector<std::string> texts;
        for (const auto& p : out) texts.push_back(p.string());
        text_list(section, key, texts, [&](const std::string& v) -> std::string {
            if (v.empty()) return "is empty";
            if (must_be_absolute && !fs::path(v).is_absolute()) return "is not an absolute path (start it with /)";
            return "";
        });
        out.clear();
        for (const auto& t : texts) out.push_back(resolved(t, base));
    }

    static fs::path resolved(const std::string& text, const fs::path& base) {
        if (text.empty()) return {};
        fs::path p(text);
        return p.is_absolute() || base.empty() ? p : (base / p).lexically_normal();
    }

    // Every key in the file that nobody asked for gets a warning (a typo should not pass silently).
    void warn_unknown_keys() {
        for (auto&& [key, node] : root_) {
            const std::string name(key.str());
            auto section = known_.find(name);
            if (section == known_.end()) {
                if (node.is_table()) warn("unknown section [" + name + "] is ignored" + did_you_mean_section(name));
                else warn("unknown key " + name + " (outside any section) is ignored" + did_you_mean(name));
                continue;
            }
            if (!node.is_table()) continue;  // already reported by find()
            for (auto&& [inner_key, inner] : *node.as_table()) {
                const std::string inner_name(inner_key.str());
                if (!section->second.contains(inner_name))
                    warn("unknown key [" + name + "] " + inner_name + " is ignored" + did_you_mean(inner_name));
            }
        }
    }

private:
    std::string did_you_mean(const std::string& key) const {
        for (const auto& [section, keys] : known_)
            if (keys.contains(key)) return " (did you mean [" + section + "] " + key + "?)";
        return "";
    }

    std::string did_you_mean_section(const std::string& name) const {
        for (const auto& [section, keys] : known_)
            if (equal_ignoring_case(section, name)) return " (did you mean [" + section + "]?)";
        return "";
    }

    const toml::table& root_;
    std::vector<std::string>& warnings_;
    std::map<std::string, std::set<std::string>> known_;
    std::set<std::string> bad_sections_;
};

std::string check_length(const std::string& value, size_t max, bool allow_empty) {
    if (!allow_empty && value.empty()) return "is empty";
    if (value.size() > max) return "is too long (at most " + std::to_string(max) + " characters)";
    return "";
}

std::string check_phone(const std::string& value) {
    if (value.empty()) return "";
    int digits = 0;
    for (char c : value) {
        if (std::isdigit(static_cast<unsigned char>(c))) ++digits;
        else if (std::string_view(" -+().").find(c) == std::string_view::npos)
            return "is not a phone number (only digits, spaces, -, +, ( and ))";
    }
    if (digits < 3 || digits > 15) return "is not a phone number (3 to 15 digits)";
    return "";
}

std::string check_language(const std::string& value) {
    return value == "nl" || value == "en" ? "" : "is not a known language (use \"nl\" or \"en\")";
}

std::string check_fleet(const std::string& value) {
    if (value.empty() || value.size() > 64) return "should be 1 to 64 characters";
    for (char c : value)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_' && c != '.')
            return "may hold only letters, digits, -, _ and .";
    return "";
}

std::string check_printer(const std::string& value) {
    if (value.size() > 127) return "is too long for a CUPS queue name (at most 127 characters)";
    for (char c : value)
        if (c == ' ' || c == '/' || c == '#' || static_cast<unsigned char>(c) < 0x21 || c == 0x7f)
            return "is not a CUPS queue name (no spaces, / or #)";
    return "";
}

std::string check_pin_hash(const std::string& value) {
    if (value.empty() || value.starts_with("$argon2")) return "";
    return "is not an Argon2 hash (make one with `kioskctl pin`)";
}

void read_kiosk(Reader& r, KioskConfig& c) {
    r.text("kiosk", "name", c.name, [](const std::string& v) { return check_length(v, 60, false); });
    r.text("kiosk", "place", c.place, [](const std::string& v) { return check_length(v, 80, true); });

    // The municipality is stored as Drenthe's official spelling, whatever the case in the file.
    std::string municipality = c.municipality;
    r.text("kiosk", "municipality", municipality, [](const std::string& v) -> std::string {
        if (!find_municipality(v).empty()) return "";
        std::string names;
        for (std::string_view m : drenthe_municipalities()) names += (names.empty() ? "" : ", ") + std::string(m);
        return "is not a municipality of Drenthe (" + names + ")";
    });
    if (std::string_view official = find_municipality(municipality); !official.empty())
        c.municipality = std::string(official);

    // Latitude and longitude only make sense together: one bad or missing keeps the default point.
    const std::string fallback =
        "the default position " + number_text(c.position.lat) + ", " + number_text(c.position.lon);
    GeoPoint point = c.position;
    const bool has_lat = r.find("kiosk", "latitude") != nullptr;
    const bool has_lon = r.find("kiosk", "longitude") != nullptr;
    const bool lat_ok = r.real("kiosk", "latitude", point.lat, kMinLatitude, kMaxLatitude, fallback);
    const bool lon_ok = r.real("kiosk", "longitude", point.lon, kMinLongitude, kMaxLongitude, fallback);
    if (lat_ok && lon_ok) c.position = point;
    else if (has_lat != has_lon && (lat_ok || lon_ok))
        r.warn(std::string("[kiosk] ") +
               (has_lat ? "latitude is set without longitude" : "longitude is set without latitude") + "; using " +
               fallback);

    r.text_list("kiosk", "languages", c.languages, check_language, false);
}

void read_screen_and_idle(Reader& r, KioskConfig& c) {
    r.whole("screen", "width_px", c.screen.width_px, 320, 16384);
    r.whole("screen", "height_px", c.screen.height_px, 320, 16384);
    r.real("screen", "diagonal_inch", c.screen.diagonal_inch, 7, 120, number_text(c.screen.diagonal_inch));

    r.whole("idle", "warning_after_s", c.idle.warning_after_s, 30, 3600);
    r.whole("idle", "reset_after_s", c.idle.reset_after_s, 20, 600);
}

// [sync] url: empty (web updates off) or an https: address of the published folder. The kiosk's
// web fetcher checks it once more with libcurl's own URL parser.
std::string check_update_url(const std::string& v) {
    if (v.empty()) return "";
    if (v.size() > 1000) return "is longer than 1000 characters";
    if (!v.starts_with("https://")) return "is not an https:// address (web updates are HTTPS only)";
    for (unsigned char ch : v)
        if (ch <= ' ' || ch >= 0x7f) return "has a space, a control character or a non-ASCII character";
    std::string_view rest = std::string_view(v).substr(8);
    if (rest.empty() || rest.front() == '/' || rest.find('@') != std::string_view::npos)
        return "names no host (or has a user name in it)";
    if (rest.find_first_of("?#") != std::string_view::npos) return "has a query or fragment (? or #)";
    return "";
}

void read_services(Reader& r, KioskConfig& c, const fs::path& base) {
    r.flag("speech", "enabled", c.speech.enabled);
    r.whole("speech", "volume", c.speech.volume, 0, 100);
    r.whole("speech", "rate_wpm", c.speech.rate_wpm, 80, 450);
    r.text("speech", "device", c.speech.device, [](const std::string& v) { return check_length(v, 200, true); });

    std::string catalogue = c.catalogue.path.string();
    r.text("catalogue", "path", catalogue);
    c.catalogue.path = Reader::resolved(catalogue, base);

    r.text("helpline", "name", c.helpline.name, [](const std::string& v) { return check_length(v, 80, true); });
    r.text("helpline", "name_en", c.helpline.name_en, [](const std::string& v) { return check_length(v, 80, true); });
    r.text("helpline", "phone", c.helpline.phone, check_phone);

    r.text("staff", "pin_hash", c.staff.pin_hash, check_pin_hash);

    r.path_list("sync", "mount_roots", c.sync.mount_roots, base, true);
    r.path_list("sync", "public_keys", c.sync.public_keys, base, false);
    r.text("sync", "fleet", c.sync.fleet, check_fleet);
    r.whole("sync", "max_file_bytes", c.sync.max_file_bytes, 1024, 16ll * 1024 * 1024 * 1024);
    std::string state_dir = c.sync.state_dir.string();
    r.text("sync", "state_dir", state_dir, [](const std::string& v) -> std::string {
        return fs::path(v).is_absolute() ? "" : "is not an absolute path (start it with /)";
    });
    c.sync.state_dir = state_dir;
    r.whole("sync", "trial_seconds", c.sync.trial_seconds, 5, 86400);
    r.whole("sync", "trial_attempts", c.sync.trial_attempts, 1, 10);
    r.whole("sync", "open_timeout_s", c.sync.open_timeout_s, 5, 600);
    r.text("sync", "url", c.sync.url, check_update_url);
    if (!c.sync.url.empty() && c.sync.url.back() != '/') c.sync.url += '/';
    std::string ca_file = c.sync.ca_file.string();
    r.text("sync", "ca_file", ca_file, [](const std::string& v) { return check_length(v, 4096, true); });
    c.sync.ca_file = ca_file.empty() ? fs::path() : Reader::resolved(ca_file, base);
    r.whole("sync", "poll_minutes", c.sync.poll_minutes, 5, 7 * 24 * 60);

    r.text("print", "printer", c.print.printer, check_printer);
    r.text("print", "paper", c.print.paper, [](const std::string& v) -> std::string {
        return v == "a4" || v == "roll80" ? "" : "is not a known paper (use \"a4\" or \"roll80\")";
    });
    r.whole("print", "stuck_job_s", c.print.stuck_job_s, 10, 3600);

    std::string metrics_file = c.health.metrics_file.string();
    r.text("health", "metrics_file", metrics_file, [](const std::string& v) -> std::string {
        if (v.empty() || v.ends_with(".prom")) return "";
        return "does not end in .prom (node_exporter's textfile collector reads only *.prom files)";
    });
    c.health.metrics_file = Reader::resolved(metrics_file, base);
}

}  // namespace

namespace {

// Reads the settings from TOML text; false (with `problem` set) when it is not valid TOML.
bool parse_settings(const std::string& text, const fs::path& source, const fs::path& base, ConfigLoad& load,
                    std::string& problem) {
    toml::table root;
    try {
        root = toml::parse(text, source.string());
    } catch (const toml::parse_error& error) {
        const auto& where = error.source().begin;
        std::string at =
            where.line ? " at line " + std::to_string(where.line) + ", column " + std::to_string(where.column) : "";
        problem =
            "config file " + source.string() + " could not be read" + at + ": " + std::string(error.description());
        return false;
    }
    Reader reader(root, load.warnings);
    read_kiosk(reader, load.config);
    read_screen_and_idle(reader, load.config);
    read_services(reader, load.config, base);
    reader.warn_unknown_keys();
    return true;
}

}  // namespace

ConfigLoad load_config(const std::filesystem::path& path, const std::filesystem::path& last_good) {
    ConfigLoad load;
    std::error_code ec;
    const fs::path base = path.empty() ? fs::path() : fs::absolute(path, ec).parent_path();
    if (path.empty()) {
        load.problem = "config file (none given) not found";
    } else if (auto text = read_regular_file(path, kMaxConfigBytes, "config file"); !text) {
        // A FIFO or a device is refused without waiting on it; a missing file is said plainly.
        struct stat st {};
        const bool missing = ::stat(path.c_str(), &st) != 0 && errno == ENOENT;
        load.problem = missing ? "config file " + path.string() + " not found" : text.error();
    } else {
        load.text = std::move(*text);
        std::string problem;
        if (parse_settings(load.text, path, base, load, problem)) return load;
        load.problem = problem;
        load.config = KioskConfig{};
        load.warnings.clear();
    }

    // The file cannot be used: the last configuration that worked, else the defaults.
    if (!last_good.empty()) {
        if (auto kept = read_regular_file(last_good, kMaxConfigBytes, "last good config"); kept) {
            ConfigLoad previous;
            std::string problem;
            if (parse_settings(*kept, last_good, base, previous, problem)) {
                load.config = std::move(previous.config);
                load.from_last_good = true;
                load.warnings.push_back(load.problem + "; using the last configuration that worked (" +
                                        last_good.string() + ")");
                for (auto& w : previous.warnings) load.warnings.push_back(last_good.string() + ": " + w);
                return load;
            }
            load.warnings.push_back("the last good config " + last_good.string() +
                                    " cannot be used either: " + problem);
        }
    }
    load.warnings.insert(
        load.warnings.begin(),
        load.problem + "; using the defaults" + (load.text.empty() ? std::string() : std::string(" for every key")));
    return load;
}

Status save_last_good_config(const ConfigLoad& load, const std::filesystem::path& last_good) {
    if (!load.worked() || last_good.empty()) return success();
    if (auto kept = read_regular_file(last_good, kMaxConfigBytes, "last good config"); kept && *kept == load.text)
        return success();
    // Written durably: it is what the kiosk falls back on after a bad edit, also after a power cut.
    return write_file_atomically(last_good, load.text, {.mode = std::filesystem::perms(0640), .durable = true});
}

}  // namespace ww
