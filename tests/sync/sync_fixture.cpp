#include "sync_fixture.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

#include "core/postings.h"
#include "core/schema.h"
#include "core/sqlite.h"
#include "core/sync/package_reader.h"

namespace ww::synctest {

namespace {
void check(const Status& status, const std::string& what) {
    if (!status) throw std::runtime_error(what + ": " + status.error());
}
}  // namespace

TempDir::TempDir(bool on_disk) {
    fs::path base = (!on_disk && fs::exists("/dev/shm")) ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string pattern = (base / "wegwijzer-sync-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

void make_catalogue(const fs::path& file, const CatalogueSpec& spec) {
    std::error_code ec;
    fs::remove(file, ec);
    fs::create_directories(file.parent_path(), ec);
    auto db = Database::open(file, Database::Mode::Create);
    if (!db) throw std::runtime_error(db.error());
    check(db->exec("PRAGMA page_size=" + std::to_string(spec.page_size) + "; PRAGMA journal_mode=DELETE;"), "pragma");
    check(migrate(*db), "migrate");
    check(db->exec("BEGIN"), "begin");
    Statement meta = db->prepare("INSERT INTO metadata(key, value) VALUES (?1, ?2)");
    for (auto [key, value] :
         std::vector<std::pair<std::string, std::string>>{{"catalogue_version", std::to_string(spec.version)},
                                                          {"created", spec.created},
                                                          {"expires", spec.expires},
                                                          {"demo", "0"},
                                                          {"source", "sync test"},
                                                          {"format", "1"}}) {
        meta.bind(1, std::string_view(key)).bind(2, std::string_view(value));
        meta.step();
        meta.reset();
    }
    // A valid catalogue by the rules the import checks (core/value_rules.h, hsds.h): each service
    // has a category and a municipality; long padding is spread over texts within their limits.
    check(db->exec("INSERT INTO organizations(id, name) VALUES ('o1', 'Organisatie');"
                   "INSERT INTO taxonomy_terms(id, code, name) VALUES ('t1', 'meeting', 'Ontmoeten');"),
          "org");
    Statement service = db->prepare(
        "INSERT INTO services(id, organization_id, name, description, description_en, eligibility_description,"
        " fees_description) VALUES (?1, 'o1', ?2, ?3, ?4, ?5, ?6)");
    Statement fts =
        db->prepare("INSERT INTO service_fts(rowid, name, description) VALUES (last_insert_rowid(), ?1, ?2)");
    Statement linked = db->prepare(
        "INSERT INTO attributes(id, link_id, link_entity, taxonomy_term_id) VALUES ('a' || ?1, ?1, 'service', 't1');");
    Statement area = db->prepare("INSERT INTO service_areas(id, service_id, name) VALUES ('sa' || ?1, ?1, 'Emmen')");
    std::string prefix = "v" + std::to_string(spec.version) + "-";
    std::vector<std::string> parts;  // description, description_en, eligibility, fees
    for (size_t at = 0, k = 0; k < 4; ++k) {
        size_t size = k < 2 ? 3900 : 900;
        parts.push_back(spec.padding.substr(std::min(at, spec.padding.size()), size));
        at += size;
    }
    for (int i = 0; i < spec.services; ++i) {
        std::string id = "s" + std::to_string(i);
        std::string name = prefix + "dienst-" + std::to_string(i);
        std::string description = "Een dienst " + parts[0];
        service.bind(1, std::string_view(id)).bind(2, std::string_view(name)).bind(3, std::string_view(description));
        for (int k = 1; k < 4; ++k)
            if (parts[static_cast<size_t>(k)].empty()) service.bind_null(3 + k);
            else service.bind(3 + k, std::string_view(parts[static_cast<size_t>(k)]));
        service.step();
        service.reset();
        fts.bind(1, std::string_view(name + " dienst")).bind(2, std::string_view(description));
        fts.step();
        fts.reset();
        for (Statement* st : {&linked, &area}) {
            st->bind(1, std::string_view(id));
            st->step();
            st->reset();
        }
    }
    check(fill_search_terms(*db), "search terms");
    check(db->exec("COMMIT"), "commit");
    db->close();
}

sync::PackageDescription describe(const CatalogueSpec& spec, const std::string& fleet) {
    sync::PackageDescription d;
    d.fleet = fleet;
    d.version = spec.version;
    d.created = spec.created;
    d.expires = spec.expires;
    return d;
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void write_bytes(const fs::path& file, const std::string& bytes) {
    std::error_code ec;
    fs::create_directories(file.parent_path(), ec);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string rebuilt_bytes(const fs::path& catalogue, const sync::PackageDescription& description) {
    TempDir dir;
    fs::path out = dir / "rebuilt.sqlite";
    std::string problem = sync::rebuild_catalogue(catalogue, out, description);
    if (!problem.empty()) throw std::runtime_error("rebuild of " + catalogue.string() + ": " + problem);
    return read_bytes(out);
}

std::string sign_file(const fs::path& file, const sync::SecretKey& key, const std::string& trusted_comment) {
    std::string bytes = read_bytes(file);
    sync::FileHasher hasher;
    hasher.update(bytes.data(), bytes.size());
    return sync::format_signature(sync::sign_prehashed(key, hasher.finish(), trusted_comment));
}

void write_package(const fs::path& stick, const fs::path& catalogue, const sync::SecretKey& key,
                   const sync::PackageDescription& description) {
    fs::path folder = stick / "wegwijzer";
    fs::create_directories(folder);
    fs::copy_file(catalogue, folder / "catalogue.sqlite", fs::copy_options::overwrite_existing);
    write_bytes(folder / "catalogue.sqlite.minisig",
                sign_file(folder / "catalogue.sqlite", key, sync::format_trusted_comment(description)));
}

sync::ImportOutcome import_from(const fs::path& stick, const fs::path& live, const std::vector<sync::PublicKey>& keys,
                                const std::string& fleet) {
    sync::ImportRequest request;
    request.source = stick;
    request.catalogue = live;
    request.trusted_keys = keys;
    request.fleet = fleet;
    request.today = kToday;
    sync::SyncIo io;
    return sync::import_package(request, io);
}

std::string integrity(const fs::path& file) {
    auto db = Database::open(file, Database::Mode::ReadOnly);
    if (!db) return db.error();
    return db->scalar_text("PRAGMA integrity_check").value_or("unreadable");
}

std::int64_t metadata_version(const fs::path& file) {
    auto db = Database::open(file, Database::Mode::ReadOnly);
    if (!db) return -1;
    return db->scalar_int("SELECT CAST(value AS INTEGER) FROM metadata WHERE key='catalogue_version'").value_or(-1);
}

CommandRun run_command(const std::string& command) {
    CommandRun result;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return result;
    char buffer[4096];
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) result.output.append(buffer, n);
    int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string shell_quote(const fs::path& path) { return "'" + path.string() + "'"; }

long exhaustive_stride() {
    const char* value = std::getenv("WEGWIJZER_TEST_STRIDE");
    const long stride = value ? std::strtol(value, nullptr, 10) : 1;
    return stride > 1 ? stride : 1;
}

}  // namespace ww::synctest

namespace ww::sync {
std::ostream& operator<<(std::ostream& out, Refusal refusal) { return out << refusal_name(refusal); }
}  // namespace ww::sync
