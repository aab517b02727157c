// kioskctl: the command line for staff, scripts and tests.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "core/sheet/sheet_build.h"

namespace ww::cli {

namespace {
std::vector<Command>& registry() {
    static std::vector<Command> list;
    return list;
}
}  // namespace

Registration::Registration(Command command) { registry().push_back(std::move(command)); }

const std::vector<Command>& commands() { return registry(); }

int user_error(std::string_view command, const std::string& message) {
    std::cerr << "kioskctl " << command << ": " << message << "\n";
    return kUserError;
}

}  // namespace ww::cli

namespace {

void print_overview() {
    auto list = ww::cli::commands();
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    std::cout << "Usage: kioskctl COMMAND [OPTIONS]\n\nWegwijzer's staff command line. Commands:\n";
    for (const auto& c : list) {
        std::string name(c.name);
        name.resize(std::max<size_t>(name.size(), 10), ' ');
        std::cout << "  " << name << "  " << c.summary << "\n";
    }
    std::cout << "\n'kioskctl COMMAND --help' explains one command.\n"
                 "Exit codes: 0 ok, 1 the command failed (message on stderr), 2 wrong usage,\n"
                 "3 not confirmed (a command that asks before it writes, such as pack).\n";
}

}  // namespace

int main(int argc, char** argv) {
    using namespace ww::cli;
    ww::sheet::enable_workbook_sources();  // build, pack, diff, review: workbooks as sources
    if (argc < 2) {
        print_overview();
        return kUsage;
    }
    std::string name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        print_overview();
        return kOk;
    }
    const auto& list = commands();
    auto it = std::find_if(list.begin(), list.end(), [&](const Command& c) { return c.name == name; });
    if (it == list.end()) {
        std::cerr << "kioskctl: unknown command '" << name << "'. Try 'kioskctl --help'.\n";
        return kUsage;
    }
    Args args(std::vector<std::string>(argv + 2, argv + argc), it->options);
    if (args.help()) {
        std::cout << it->usage;
        return kOk;
    }
    if (!args.error().empty()) {
        std::cerr << "kioskctl " << name << ": " << args.error() << "\n\n" << it->usage;
        return kUsage;
    }
    return it->run(args);
}
