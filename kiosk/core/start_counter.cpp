#include "core/start_counter.h"

#include <fstream>

#include "core/atomic_file.h"

namespace ww::health {

std::int64_t read_starts(const std::filesystem::path& state_dir) {
    std::int64_t starts = 0;
    std::ifstream in(state_dir / "starts");
    if (!(in >> starts) || starts < 0) starts = 0;
    return starts;
}

Result<std::int64_t> count_start(const std::filesystem::path& state_dir) {
    const std::filesystem::path file = state_dir / "starts";
    const std::int64_t starts = read_starts(state_dir) + 1;
    if (auto written = write_file_atomically(file, std::to_string(starts) + "\n"); !written)
        return fail("cannot count the start in " + file.string() + ": " + written.error());
    return starts;
}

}  // namespace ww::health
