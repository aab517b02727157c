#pragma once
// Notices USB sticks: watches the configured mount roots (default /media and /run/media) with
// inotify, down to two levels (/media/<label> and /media/<user>/<label>), and the kernel's mount
// table (a stick is often mounted onto a folder that already exists, which inotify does not see).
// Reports each folder that holds a Wegwijzer package once, when it appears; a folder that goes away
// and comes back is reported again. Folders without a package are never reported.
#include <chrono>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace ww::sync {

// Folders at depth 1 and 2 under the roots that hold a package (a `wegwijzer` entry). Pure
// filesystem scan, sorted; roots that do not exist are skipped.
std::vector<std::filesystem::path> find_package_folders(const std::vector<std::filesystem::path>& roots);

class MountWatcher {
public:
    explicit MountWatcher(std::vector<std::filesystem::path> roots);
    ~MountWatcher();
    MountWatcher(const MountWatcher&) = delete;
    MountWatcher& operator=(const MountWatcher&) = delete;

    // Non-blocking; call from the event loop. Returns folders that appeared since the last call
    // (on the first call: the sticks already present).
    std::vector<std::filesystem::path> poll();

private:
    void add_watches();
    bool drain_events();
    std::vector<std::filesystem::path> roots_;
    std::set<std::filesystem::path> watched_;
    std::set<std::filesystem::path> present_;
    int inotify_fd_ = -1;
    int mounts_fd_ = -1;
    bool first_ = true;
    std::chrono::steady_clock::time_point last_scan_{};
};

}  // namespace ww::sync
