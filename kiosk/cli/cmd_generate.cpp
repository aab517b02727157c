// kioskctl generate: a synthetic HSDS catalogue for benchmarks.
#include <chrono>
#include <iostream>

#include "cli/command.h"
#include "core/builder.h"

namespace ww::cli {
namespace {

constexpr std::string_view kHelp = R"(Usage: kioskctl generate --services N --out DIR [--seed S]

Writes a synthetic but plausible HSDS folder of N services spread over the towns of Drenthe,
in all seven categories, with opening hours, tags and service areas. The same N and seed always
give the same files. Build it with 'kioskctl build --source DIR --out FILE'. Not real data: it is
flagged as demo data.

Options:
  --services N   how many services, 1 to 1000000 (required)
  --out DIR      the folder to write; created when missing (required)
  --seed S       a number that varies the data (default 1)

Exit codes: 0 written, 1 the folder cannot be written, 2 wrong usage.
)";

std::optional<long long> whole_number(const std::string& text) {
    try {
        size_t used = 0;
        long long n = std::stoll(text, &used);
        if (used == text.size()) return n;
    } catch (const std::exception&) {}
    return std::nullopt;
}

int usage(const std::string& message) {
    std::cerr << "kioskctl generate: " << message << "\n\n" << kHelp;
    return kUsage;
}

int run(const Args& args) {
    auto services = args.get("services");
    auto out = args.get("out");
    if (!services) return usage("--services N is required");
    if (!out) return usage("--out DIR is required");
    if (!args.positional().empty()) return usage("unexpected word '" + args.positional().front() + "'");
    auto n = whole_number(*services);
    if (!n || *n < 1 || *n > 1000000) return usage("--services '" + *services + "' is not a number from 1 to 1000000");
    std::uint32_t seed = 1;
    if (auto s = args.get("seed")) {
        auto value = whole_number(*s);
        if (!value || *value < 0 || *value > 0xFFFFFFFFll)
            return usage("--seed '" + *s + "' is not a number from 0 to 4294967295");
        seed = static_cast<std::uint32_t>(*value);
    }
    auto start = std::chrono::steady_clock::now();
    if (auto st = generate_catalogue(static_cast<int>(*n), *out, seed); !st) return user_error("generate", st.error());
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    std::cout << "Generated " << *n << " services in " << *out << " (seed " << seed << ", " << ms << " ms).\n";
    return kOk;
}

const Registration registration{
    {"generate", "Write a synthetic HSDS catalogue for benchmarks", kHelp, {{"services"}, {"out"}, {"seed"}}, run}};

}  // namespace
}  // namespace ww::cli
