#include "core/cost_wording.h"

#include "core/taxonomy.h"
#include "core/text.h"
#include "core/wording.h"

namespace ww {

namespace {

std::string with_full_stop(std::string s) {
    if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s += '.';
    return s;
}

}  // namespace

std::vector<std::string> cost_sentences(const ServiceDetail& s, Language language) {
    const ServiceSummary& sum = s.summary;
    std::string cost = trim(s.fees.in(language));
    if (cost.empty())
        cost = std::string(sum.has_tag(tag::kCostFree)           ? wording::text("cost.free", language)
                           : sum.has_tag(tag::kCostContribution) ? wording::text("cost.contribution", language)
                                                                 : wording::text("cost.unknown", language));
    std::vector<std::string> out{with_full_stop(cost)};
    // "indicatie" / "care assessment": the fee text already says whether one is needed.
    if (cost.find("ndicati") == std::string::npos && cost.find("assessment") == std::string::npos)
        out.emplace_back(sum.has_tag(tag::kCostIndication) ? wording::text("indication.needed", language)
                                                           : wording::text("indication.none", language));
    return out;
}

}  // namespace ww
