#pragma once
// The kiosk's log: English lines to stderr (journald under systemd) and the last lines in memory
// for the staff screen. Never logs what a resident typed or chose.
#include <deque>
#include <string>
#include <vector>

namespace ww::app {

void log_line(const std::string& line);
std::vector<std::string> log_tail(size_t lines);

}  // namespace ww::app
