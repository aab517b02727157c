#pragma once
// A small argument parser for kioskctl subcommands: --name value, --name=value, repeated
// options, flags and positional words.
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ww::cli {

struct OptionSpec {
    std::string name;  // without the leading dashes
    bool takes_value = true;
};

class Args {
public:
    // Parses argv after the subcommand name. On a malformed call error() is non-empty.
    Args(std::vector<std::string> words, const std::vector<OptionSpec>& spec);

    const std::string& error() const { return error_; }
    bool help() const { return help_; }
    bool has(const std::string& name) const;
    std::optional<std::string> get(const std::string& name) const;  // last value given
    std::vector<std::string> all(const std::string& name) const;    // every value, in order
    const std::vector<std::string>& positional() const { return positional_; }

private:
    std::vector<std::pair<std::string, std::string>> values_;
    std::set<std::string> flags_;
    std::vector<std::string> positional_;
    std::string error_;
    bool help_ = false;
};

}  // namespace ww::cli
