#include "core/print/print_counter.h"

#include <ctime>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/calendar.h"

namespace ww::print {

namespace {
constexpr size_t kDaysKept = 400;
}

PrintCounter::PrintCounter(std::filesystem::path state_dir) {
    if (state_dir.empty()) return;
    file_ = state_dir / "print-count";
    std::ifstream in(file_);
    std::string day;
    int n = 0;
    while (in >> day >> n) {
        if (day.size() == 10 && n > 0) per_day_[day] = n;
    }
}

std::string PrintCounter::today() { return local_date(std::chrono::system_clock::now()); }

bool PrintCounter::add(const std::string& day) {
    std::lock_guard lock(mutex_);
    ++per_day_[day];
    while (per_day_.size() > kDaysKept) per_day_.erase(per_day_.begin());
    return save();
}

int PrintCounter::count(const std::string& day) const {
    std::lock_guard lock(mutex_);
    auto it = per_day_.find(day);
    return it == per_day_.end() ? 0 : it->second;
}

bool PrintCounter::save() const {
    if (file_.empty()) return true;
    std::string text;
    for (const auto& [day, n] : per_day_) text += day + ' ' + std::to_string(n) + '\n';
    return write_file_atomically(file_, text).ok();
}

}  // namespace ww::print
