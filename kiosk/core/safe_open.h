#pragma once
// Opening files that must be plain files, without ever blocking: the catalogue, the public keys,
// the config and the paths of `kioskctl import`. A FIFO would block open() until a writer comes,
// /dev/zero never ends, a folder or socket cannot be read: each of them is refused with a message
// that says what the path is. The path is looked at with stat() first (no open at all for anything
// but a plain file), then opened with O_NONBLOCK and checked again with fstat(): that fstat is
// the answer, so swapping the path in between gains nothing.
#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

#include "core/result.h"

namespace ww {

// A file descriptor that closes itself.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : fd_(fd) {}
    UniqueFd(UniqueFd&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
    UniqueFd& operator=(UniqueFd&& other) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    ~UniqueFd();
    int get() const { return fd_; }
    bool ok() const { return fd_ >= 0; }

private:
    int fd_ = -1;
};

// What is at a path, in words for messages: "a folder", "a named pipe (FIFO)", "a device", ...
// `mode` is st_mode from stat().
std::string_view file_kind(mode_t mode);

struct SafeOpenOptions {
    std::string_view what = "file";  // "catalogue", "public key": the first word of messages
    std::uint64_t max_bytes = std::numeric_limits<std::uint64_t>::max();
    bool follow_symlinks = true;  // false: a symlink itself is refused (O_NOFOLLOW)
};

struct OpenedFile {
    UniqueFd fd;
    std::uint64_t size = 0;
    dev_t device = 0;
    ino_t inode = 0;
};

// Opens `path` read-only as a regular file (O_NONBLOCK, O_NOCTTY, O_CLOEXEC). Anything else, a
// missing file or one above max_bytes is an error that names the path and what it is.
Result<OpenedFile> open_regular_file(const std::filesystem::path& path, const SafeOpenOptions& options = {});

// The whole file, through open_regular_file; a size cap is required.
Result<std::string> read_regular_file(const std::filesystem::path& path, std::uint64_t max_bytes,
                                      std::string_view what = "file");

// For a file another library opens by its path afterwards (SQLite): true while `path` still
// names the file that was checked.
bool still_same_file(const std::filesystem::path& path, const OpenedFile& file);

// For a path that is about to be created or replaced: fine when nothing is there or a regular
// file is; a folder, FIFO, device, socket (or a dangling symlink) is an error with a message.
Status check_replaceable(const std::filesystem::path& path, std::string_view what = "file");

}  // namespace ww
