#include "cli/args.h"

#include <algorithm>

namespace ww::cli {

Args::Args(std::vector<std::string> words, const std::vector<OptionSpec>& spec) {
    bool only_positional = false;
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (only_positional || w.size() < 3 || w.rfind("--", 0) != 0) {
            if (w == "--") {
                only_positional = true;
                continue;
            }
            if (w == "-h") {
                help_ = true;
                continue;
            }
            positional_.push_back(w);
            continue;
        }
        std::string name = w.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        if (name == "help") {
            help_ = true;
            continue;
        }
        auto it = std::find_if(spec.begin(), spec.end(), [&](const OptionSpec& s) { return s.name == name; });
        if (it == spec.end()) {
            error_ = "unknown option --" + name;
            return;
        }
        if (!it->takes_value) {
            if (inline_value) {
                error_ = "--" + name + " takes no value";
                return;
            }
            flags_.insert(name);
            continue;
        }
        if (inline_value) {
            values_.emplace_back(name, *inline_value);
        } else if (i + 1 < words.size()) {
            values_.emplace_back(name, words[++i]);
        } else {
            error_ = "--" + name + " needs a value";
            return;
        }
    }
}

bool Args::has(const std::string& name) const {
    if (flags_.count(name)) return true;
    return std::any_of(values_.begin(), values_.end(), [&](const auto& v) { return v.first == name; });
}

std::optional<std::string> Args::get(const std::string& name) const {
    std::optional<std::string> found;
    for (const auto& [n, v] : values_)
        if (n == name) found = v;
    return found;
}

std::vector<std::string> Args::all(const std::string& name) const {
    std::vector<std::string> out;
    for (const auto& [n, v] : values_)
        if (n == name) out.push_back(v);
    return out;
}

}  // namespace ww::cli
