#include "cli/secret_prompt.h"

#include <signal.h>
#include <termios.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>

namespace ww::cli {

namespace {

// Signals that end the program while echo is off; their handler puts the terminal back first.
constexpr int kEndingSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};

termios saved_terminal;  // for the signal handler: only async-signal-safe calls use it

extern "C" void restore_terminal_and_exit(int signal) {
    tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
    [[maybe_unused]] ssize_t written = ::write(STDERR_FILENO, "\n", 1);  // best effort
    std::_Exit(128 + signal);
}

// Echo is off while this lives (Enter still shows as a new line), and comes back even on Ctrl-C.
class NoEcho {
public:
    NoEcho() {
        if (tcgetattr(STDIN_FILENO, &saved_terminal) != 0) return;
        struct sigaction on_signal {};
        on_signal.sa_handler = restore_terminal_and_exit;
        sigemptyset(&on_signal.sa_mask);
        for (std::size_t i = 0; i < std::size(kEndingSignals); ++i)
            sigaction(kEndingSignals[i], &on_signal, &previous_[i]);
        termios quiet = saved_terminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        if (!active_) restore_handlers();
    }
    ~NoEcho() {
        if (!active_) return;
        tcsetattr(STDIN_FILENO, TCSANOW, &saved_terminal);
        restore_handlers();
    }
    NoEcho(const NoEcho&) = delete;
    NoEcho& operator=(const NoEcho&) = delete;

private:
    void restore_handlers() {
        for (std::size_t i = 0; i < std::size(kEndingSignals); ++i)
            sigaction(kEndingSignals[i], &previous_[i], nullptr);
    }

    bool active_ = false;
    struct sigaction previous_[std::size(kEndingSignals)]{};
};

}  // namespace

bool input_is_terminal() { return isatty(STDIN_FILENO) == 1; }

std::optional<std::string> read_input_line() {
    std::string line;
    if (!std::getline(std::cin, line)) return std::nullopt;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return line;
}

std::optional<std::string> read_secret(const char* prompt) {
    if (!input_is_terminal()) return read_input_line();
    std::cerr << prompt << std::flush;
    NoEcho quiet;
    return read_input_line();
}

}  // namespace ww::cli
