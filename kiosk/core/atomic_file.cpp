#include "core/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "core/safe_open.h"

namespace ww {

namespace {

bool write_all(int fd, std::string_view content) {
    while (!content.empty()) {
        const ssize_t n = ::write(fd, content.data(), content.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        content.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

void make_newer_than(int fd, const std::filesystem::path& replaced) {
    struct stat old {};
    struct stat now {};
    if (::stat(replaced.c_str(), &old) != 0 || ::fstat(fd, &now) != 0 || now.st_mtim.tv_sec > old.st_mtim.tv_sec)
        return;
    const struct timespec times[2] = {{0, UTIME_OMIT}, {old.st_mtim.tv_sec + 1, 0}};
    ::futimens(fd, times);
}

}  // namespace

Status write_file_atomically(const std::filesystem::path& path, std::string_view content, AtomicWriteOptions options) {
    const std::string temp = path.string() + ".tmp" + std::to_string(::getpid());
    ::unlink(temp.c_str());  // a leftover of an earlier run of the same pid
    {
        UniqueFd out(::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666));
        if (!out.ok()) return fail("cannot write " + temp + ": " + std::strerror(errno));
        bool written = write_all(out.get(), content);
        if (written && options.newer_than_replaced) make_newer_than(out.get(), path);
        if (written && options.mode) written = ::fchmod(out.get(), static_cast<mode_t>(*options.mode)) == 0;
        if (written && options.durable) written = ::fsync(out.get()) == 0;
        if (!written) {
            const std::string why = std::strerror(errno);
            ::unlink(temp.c_str());
            return fail("cannot write " + temp + ": " + why);
        }
    }
    if (::rename(temp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(temp.c_str());
        return fail("cannot rename " + temp + " to " + path.string() + ": " + why);
    }
    if (options.durable) {
        const std::filesystem::path folder = path.parent_path().empty() ? "." : path.parent_path();
        UniqueFd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (dir.ok()) ::fsync(dir.get());
    }
    return success();
}

}  // namespace ww
