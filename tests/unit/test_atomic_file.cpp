// core/atomic_file: the one write-to-temp-then-rename of the project.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "core/atomic_file.h"

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct Folder {
    fs::path path = fs::temp_directory_path() / ("wegwijzer-atomic-" + std::to_string(::getpid()));
    Folder() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("atomic write: a link planted at the temporary name is replaced, never written through", "[atomic-file]") {
    Folder dir;
    const fs::path victim = dir.path / "victim.txt";
    const fs::path target = dir.path / "state.txt";
    { std::ofstream(victim) << "keep me"; }
    fs::create_symlink(victim, target.string() + ".tmp" + std::to_string(::getpid()));
    REQUIRE(ww::write_file_atomically(target, "new state").ok());
    CHECK(read_all(target) == "new state");
    CHECK(read_all(victim) == "keep me");
    CHECK_FALSE(fs::is_symlink(target));
}

TEST_CASE("atomic write: mode whatever the umask, durable writes, binary content", "[atomic-file]") {
    Folder dir;
    const fs::path file = dir.path / "metrics.prom";
    const mode_t old_umask = ::umask(077);
    const auto written =
        ww::write_file_atomically(file, std::string("a\0b", 3), {.mode = fs::perms(0644), .durable = true});
    ::umask(old_umask);
    REQUIRE(written.ok());
    CHECK(read_all(file) == std::string("a\0b", 3));
    CHECK((fs::status(file).permissions() & fs::perms::all) == fs::perms(0644));
    // Nothing but the file is left in the folder.
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 1);
}

TEST_CASE("atomic write: a failure says why and leaves the old file", "[atomic-file]") {
    Folder dir;
    const fs::path file = dir.path / "kept.txt";
    REQUIRE(ww::write_file_atomically(file, "old").ok());
    fs::create_directories(dir.path / "blocker.txt");  // a folder where the file should go
    auto failed = ww::write_file_atomically(dir.path / "blocker.txt", "new");
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().find("cannot rename") != std::string::npos);
    CHECK(read_all(file) == "old");
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator()) == 2);  // no temporary left
    CHECK_FALSE(ww::write_file_atomically(dir.path / "missing" / "x.txt", "x").ok());
}
