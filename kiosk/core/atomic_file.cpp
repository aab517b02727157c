#include "core/atomic_file.h"

#include <unistd.h>

#include <fstream>
#include <system_error>

namespace ww {

Status write_file_atomically(const std::filesystem::path& path, const std::string& content,
                             std::optional<std::filesystem::perms> mode) {
    const std::filesystem::path temp = path.string() + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return fail("cannot write " + temp.string());
        out << content;
        out.flush();
        if (!out) {
            out.close();
            std::error_code ec;
            std::filesystem::remove(temp, ec);
            return fail("cannot write " + temp.string());
        }
    }
    std::error_code ec;
    if (mode) std::filesystem::permissions(temp, *mode, std::filesystem::perm_options::replace, ec);
    if (!ec) std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return fail("cannot rename " + temp.string() + " to " + path.string());
    }
    return success();
}

}  // namespace ww
