#include "core/sync/sync_io.h"

#include <unistd.h>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace ww::sync {

namespace {
long env_number(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::strtol(value, nullptr, 10) : 0;
}
}  // namespace

SyncIo SyncIo::from_environment() {
    SyncIo io;
    io.fail_at_ = env_number("WEGWIJZER_FAIL_AT");
    io.crash_at_ = env_number("WEGWIJZER_CRASH_AT");
    return io;
}

bool SyncIo::fault(Kind kind, int fd, const void* buffer, std::size_t size) {
    ++operations_;
    if (before_each_) before_each_(operations_);
    if (crash_at_ > 0 && operations_ >= crash_at_ && kind != Kind::Read) {
        // A power cut in the middle of a write leaves part of it behind.
        if (kind == Kind::Write && size > 1) (void)!::write(fd, buffer, size / 2);
        std::raise(SIGKILL);
    }
    if (fail_at_ > 0 && operations_ == fail_at_) {
        errno = EIO;
        return true;
    }
    return false;
}

ssize_t SyncIo::read(int fd, void* buffer, std::size_t size) {
    if (fault(Kind::Read)) return -1;
    ssize_t n;
    do n = ::read(fd, buffer, size);
    while (n < 0 && errno == EINTR);
    return n;
}

ssize_t SyncIo::write(int fd, const void* buffer, std::size_t size) {
    if (fault(Kind::Write, fd, buffer, size)) return -1;
    const char* p = static_cast<const char*>(buffer);
    std::size_t left = size;
    while (left > 0) {
        ssize_t n = ::write(fd, p, left);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return -1;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return static_cast<ssize_t>(size);
}

int SyncIo::fsync(int fd) {
    if (fault(Kind::Sync)) return -1;
    return ::fsync(fd);
}

int SyncIo::rename(const std::string& from, const std::string& to) {
    if (fault(Kind::Rename)) return -1;
    return std::rename(from.c_str(), to.c_str());
}

}  // namespace ww::sync
