#include "core/print/print_text.h"

#include <array>

#include "core/wording.h"

namespace ww::print {

namespace {
constexpr std::array<wording::Code, 3> kTitles{"print_title.hulp", "print_title.lijst", "print_title.casemanager"};
}  // namespace

std::optional<Title> parse_title(std::string_view text) {
    if (text == "hulp" || text == "help") return Title::HelpNearby;
    if (text == "lijst" || text == "list") return Title::MyList;
    if (text == "casemanager" || text == "case-manager") return Title::ForCaseManager;
    for (size_t i = 0; i < kTitles.size(); ++i) {
        for (Language l : {Language::Dutch, Language::English})
            if (text == wording::text(kTitles[i], l)) return static_cast<Title>(i);
    }
    return std::nullopt;
}

std::string_view title_text(Title title, Language language) {
    return wording::text(kTitles[static_cast<size_t>(title)], language);
}

}  // namespace ww::print
