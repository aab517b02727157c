#pragma once
// The file operations of an import, in one place so that tests can make them fail or crash:
//   fail_at(N)                  the N-th counted operation fails with EIO (a stick pulled out)
//   WEGWIJZER_FAIL_AT=N         the same, from the environment (for `kioskctl import` in tests)
//   WEGWIJZER_CRASH_AT=N        the process kills itself with SIGKILL at the N-th write, fsync or
//                               rename (a write is half done first), like a power cut
// Counted operations: read, write, fsync, rename. Without faults this is plain POSIX.
#include <sys/types.h>

#include <cstddef>
#include <functional>
#include <string>

namespace ww::sync {

class SyncIo {
public:
    SyncIo() = default;
    // Reads WEGWIJZER_FAIL_AT and WEGWIJZER_CRASH_AT.
    static SyncIo from_environment();

    void fail_at(long operation) { fail_at_ = operation; }
    void crash_at(long operation) { crash_at_ = operation; }
    // Runs before every counted operation with its number (tests: change the stick mid-copy).
    void before_each(std::function<void(long)> hook) { before_each_ = std::move(hook); }
    long operations() const { return operations_; }

    ssize_t read(int fd, void* buffer, std::size_t size);
    ssize_t write(int fd, const void* buffer, std::size_t size);  // writes all or fails
    int fsync(int fd);
    int rename(const std::string& from, const std::string& to);

private:
    enum class Kind { Read, Write, Sync, Rename };
    // Counts the operation; true when it must fail. May not return (crash).
    bool fault(Kind kind, int fd = -1, const void* buffer = nullptr, std::size_t size = 0);
    long operations_ = 0;
    long fail_at_ = 0;
    long crash_at_ = 0;
    std::function<void(long)> before_each_;
};

}  // namespace ww::sync
