#include "app/kiosk_log.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>

namespace ww::app {

namespace {
std::mutex g_mutex;
std::deque<std::string> g_tail;
}  // namespace

void log_line(const std::string& line) {
    const std::time_t t = std::time(nullptr);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%H:%M:%S", std::localtime(&t));
    const std::string full = std::string(stamp) + " " + line;
    std::fprintf(stderr, "kiosk: %s\n", line.c_str());
    std::lock_guard lock(g_mutex);
    g_tail.push_back(full);
    while (g_tail.size() > 200) g_tail.pop_front();
}

std::vector<std::string> log_tail(size_t lines) {
    std::lock_guard lock(g_mutex);
    const size_t start = g_tail.size() > lines ? g_tail.size() - lines : 0;
    return {g_tail.begin() + static_cast<long>(start), g_tail.end()};
}

}  // namespace ww::app
