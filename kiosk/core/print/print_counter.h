#pragma once
// How many lists were printed per day: only the count, never what was on them.
// Kept in memory, and in a tiny file "print-count" in the state dir when one is given.
#include <filesystem>
#include <map>
#include <mutex>
#include <string>

namespace ww::print {

class PrintCounter {
public:
    explicit PrintCounter(std::filesystem::path state_dir = {});
    // Adds one print to `day` (YYYY-MM-DD) and saves; a file that cannot be written is only
    // logged by the caller: counting never stops a print.
    bool add(const std::string& day);
    int count(const std::string& day) const;
    static std::string today();

private:
    bool save() const;
    std::filesystem::path file_;
    std::map<std::string, int> per_day_;
    mutable std::mutex mutex_;
};

}  // namespace ww::print
