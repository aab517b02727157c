#pragma once
// Writing a whole file so that a reader never sees half of it.
#include <filesystem>
#include <optional>
#include <string>

#include "core/result.h"

namespace ww {

// Writes `content` to a temporary file in the same folder ("<path>.tmp<pid>"), then renames it
// over `path`. The temporary never ends in the target's extension, so folder watchers that pick
// files by extension (node_exporter's *.prom) never read it.
// `mode`: the file's permissions whatever the process's umask (e.g. readable by another user).
Status write_file_atomically(const std::filesystem::path& path, const std::string& content,
                             std::optional<std::filesystem::perms> mode = std::nullopt);

}  // namespace ww
