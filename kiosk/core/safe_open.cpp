#include "core/safe_open.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ww {

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0) ::close(fd_);
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

UniqueFd::~UniqueFd() {
    if (fd_ >= 0) ::close(fd_);
}

std::string_view file_kind(mode_t mode) {
    if (S_ISREG(mode)) return "a regular file";
    if (S_ISDIR(mode)) return "a folder";
    if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    if (S_ISLNK(mode)) return "a symbolic link";
    return "not a regular file";
}

namespace {

std::string named(std::string_view what, const std::filesystem::path& path) {
    return std::string(what) + " " + path.string();
}

Error not_regular(std::string_view what, const std::filesystem::path& path, mode_t mode) {
    return fail(named(what, path) + " is " + std::string(file_kind(mode)) + ", not a regular file");
}

Error cannot_open(std::string_view what, const std::filesystem::path& path, int error) {
    if (error == ENOENT) return fail(named(what, path) + " does not exist");
    return fail("cannot open " + named(what, path) + ": " + std::strerror(error));
}

}  // namespace

Result<OpenedFile> open_regular_file(const std::filesystem::path& path, const SafeOpenOptions& options) {
    // Look before opening: opening a device can have side effects, a FIFO would wait for a writer.
    struct stat before {};
    const int looked = options.follow_symlinks ? ::stat(path.c_str(), &before) : ::lstat(path.c_str(), &before);
    if (looked != 0) return cannot_open(options.what, path, errno);
    if (!S_ISREG(before.st_mode)) return not_regular(options.what, path, before.st_mode);

    const int flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | (options.follow_symlinks ? 0 : O_NOFOLLOW);
    int raw;
    do raw = ::open(path.c_str(), flags);
    while (raw < 0 && errno == EINTR);
    if (raw < 0) {
        if (errno == ELOOP && !options.follow_symlinks)
            return fail(named(options.what, path) + " is a symbolic link, not a regular file");
        return cannot_open(options.what, path, errno);
    }
    OpenedFile file;
    file.fd = UniqueFd(raw);
    // What was opened is what counts: the path may have changed since the stat() above.
    struct stat st {};
    if (::fstat(raw, &st) != 0) return cannot_open(options.what, path, errno);
    if (!S_ISREG(st.st_mode)) return not_regular(options.what, path, st.st_mode);
    file.size = static_cast<std::uint64_t>(st.st_size);
    file.device = st.st_dev;
    file.inode = st.st_ino;
    if (file.size > options.max_bytes)
        return fail(named(options.what, path) + " is " + std::to_string(file.size) + " bytes, more than the " +
                    std::to_string(options.max_bytes) + " bytes such a file can have");
    return file;
}

Result<std::string> read_regular_file(const std::filesystem::path& path, std::uint64_t max_bytes,
                                      std::string_view what) {
    SafeOpenOptions options;
    options.what = what;
    options.max_bytes = max_bytes;
    auto file = open_regular_file(path, options);
    if (!file) return Error{file.error()};
    std::string text;
    text.resize(static_cast<std::size_t>(file->size));
    std::size_t done = 0;
    // One byte more than fstat promised tells a file that grows while it is read.
    char extra = 0;
    while (true) {
        const bool in_text = done < text.size();
        ssize_t n = in_text ? ::read(file->fd.get(), text.data() + done, text.size() - done)
                            : ::read(file->fd.get(), &extra, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail("cannot read " + named(what, path) + ": " + std::strerror(errno));
        if (n == 0) break;
        if (!in_text) return fail(named(what, path) + " grew while it was read");
        done += static_cast<std::size_t>(n);
    }
    text.resize(done);
    return text;
}

bool still_same_file(const std::filesystem::path& path, const OpenedFile& file) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_dev == file.device && st.st_ino == file.inode;
}

Status check_replaceable(const std::filesystem::path& path, std::string_view what) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return success();
        return fail("cannot look at " + named(what, path) + ": " + std::strerror(errno));
    }
    if (S_ISREG(st.st_mode)) return success();
    if (S_ISLNK(st.st_mode)) {
        struct stat target {};
        if (::stat(path.c_str(), &target) != 0)
            return errno == ENOENT ? success()
                                   : Status(fail("cannot look at " + named(what, path) + ": " + std::strerror(errno)));
        if (S_ISREG(target.st_mode)) return success();
        return not_regular(what, path, target.st_mode);
    }
    return not_regular(what, path, st.st_mode);
}

}  // namespace ww
