#pragma once
// Writing a whole file so that a reader never sees half of it: the one write-to-temp-then-rename
// of the project (kiosk state, metrics, the last good config, PDFs, published web indexes, the UI map of tests).
#include <filesystem>
#include <optional>
#include <string_view>

#include "core/result.h"

namespace ww {

struct AtomicWriteOptions {
    // The file's permissions whatever the process's umask (e.g. readable by another user).
    std::optional<std::filesystem::perms> mode;
    // Flushed to the disk (fsync of the file and its folder) before success is reported: for a
    // file that must survive a power cut, such as the last configuration that worked.
    bool durable = false;
    // The new file's modification time is made later than the one it replaces, so that web servers
    // give it another ETag and Last-Modified even when two writes come within one second and the
    // size stays the same (clients would otherwise be told 304 Not Modified).
    bool newer_than_replaced = false;
};

// Writes `content` to a temporary file in the same folder ("<path>.tmp<pid>", created afresh,
// never through a symbolic link), then renames it over `path`. The temporary never ends in the
// target's extension, so folder watchers that pick files by extension (node_exporter's *.prom)
// never read it. On failure the temporary is removed and `path` is as it was.
Status write_file_atomically(const std::filesystem::path& path, std::string_view content,
                             AtomicWriteOptions options = {});

}  // namespace ww
