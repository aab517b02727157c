#include "core/sync/watcher.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <system_error>

#include "core/sync/package.h"

namespace ww::sync {

namespace fs = std::filesystem;

namespace {
// Rescan at least this often, in case an event was missed (e.g. a root created after start).
constexpr auto kRescanEvery = std::chrono::seconds(3);

bool holds_package(const fs::path& folder) {
    struct stat st {};
    return ::lstat((folder / kPackageFolder).c_str(), &st) == 0;
}

std::vector<fs::path> subfolders(const fs::path& folder) {
    std::vector<fs::path> list;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code type_ec;
        if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) list.push_back(it->path());
    }
    return list;
}
}  // namespace

std::vector<fs::path> find_package_folders(const std::vector<fs::path>& roots) {
    std::vector<fs::path> found;
    for (const auto& root : roots) {
        for (const auto& first : subfolders(root)) {
            if (holds_package(first)) {
                found.push_back(first);
                continue;
            }
            for (const auto& second : subfolders(first))
                if (holds_package(second)) found.push_back(second);
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

MountWatcher::MountWatcher(std::vector<fs::path> roots) : roots_(std::move(roots)) {
    inotify_fd_ = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    mounts_fd_ = ::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
    add_watches();
}

MountWatcher::~MountWatcher() {
    if (inotify_fd_ >= 0) ::close(inotify_fd_);
    if (mounts_fd_ >= 0) ::close(mounts_fd_);
}

void MountWatcher::add_watches() {
    if (inotify_fd_ < 0) return;
    constexpr std::uint32_t mask = IN_CREATE | IN_DELETE | IN_MOVED_TO | IN_MOVED_FROM | IN_ONLYDIR;
    auto watch = [&](const fs::path& folder) {
        if (watched_.count(folder)) return;
        if (::inotify_add_watch(inotify_fd_, folder.c_str(), mask) >= 0) watched_.insert(folder);
    };
    for (const auto& root : roots_) {
        watch(root);
        for (const auto& first : subfolders(root)) watch(first);
    }
}

bool MountWatcher::drain_events() {
    bool any = false;
    if (inotify_fd_ >= 0) {
        alignas(struct inotify_event) char buffer[4096];
        while (::read(inotify_fd_, buffer, sizeof buffer) > 0) any = true;
    }
    if (mounts_fd_ >= 0) {
        // The mount table signals a change with POLLPRI/POLLERR.
        struct pollfd p {
            mounts_fd_, POLLPRI, 0
        };
        if (::poll(&p, 1, 0) > 0 && (p.revents & (POLLPRI | POLLERR))) {
            any = true;
            char buffer[4096];
            ::lseek(mounts_fd_, 0, SEEK_SET);
            while (::read(mounts_fd_, buffer, sizeof buffer) > 0) {}
        }
    }
    return any;
}

std::vector<fs::path> MountWatcher::poll() {
    bool changed = drain_events();
    auto now = std::chrono::steady_clock::now();
    if (!changed && !first_ && now - last_scan_ < kRescanEvery) return {};
    first_ = false;
    last_scan_ = now;
    add_watches();
    auto folders = find_package_folders(roots_);
    std::vector<fs::path> appeared;
    for (const auto& folder : folders)
        if (!present_.count(folder)) appeared.push_back(folder);
    present_ = std::set<fs::path>(folders.begin(), folders.end());
    // Forget watches on folders that are gone, so a new folder with the same name is watched again.
    for (auto it = watched_.begin(); it != watched_.end();) {
        std::error_code ec;
        it = fs::exists(*it, ec) ? std::next(it) : watched_.erase(it);
    }
    return appeared;
}

}  // namespace ww::sync
