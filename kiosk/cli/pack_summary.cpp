#include "cli/pack_summary.h"

#include <iostream>

#include "cli/command.h"
#include "cli/diff_report.h"
#include "cli/secret_prompt.h"
#include "core/sync/package.h"
#include "core/text.h"

namespace ww::cli {

namespace fs = std::filesystem;

bool is_yes_answer(const std::string& answer) {
    std::string a = ascii_lower(trim(answer));
    return a == "j" || a == "ja" || a == "y" || a == "yes";
}

int summarise_and_confirm(const Args& args, const fs::path& built, const fs::path& package_folder, Language language) {
    const bool en = language == Language::English;
    auto fresh = open_catalogue_source(built);
    if (!fresh) return user_error("pack", fresh.error());

    std::optional<std::string> old_label = args.get("old");
    if (!old_label) {
        fs::path installed = package_folder / sync::kCatalogueFileName;
        std::error_code ec;
        if (fs::is_regular_file(installed, ec)) old_label = installed.string();
    }
    std::optional<CatalogueSource> old_source;
    if (old_label) {
        auto opened = open_catalogue_source(*old_label, language);
        if (!opened) return user_error("pack", opened.error());
        old_source = std::move(*opened);
    }
    if (old_source) {
        auto report = diff_catalogues(old_source->catalogue.get(), *old_label, *fresh->catalogue,
                                      en ? "this package" : "dit pakket", language);
        if (!report) return user_error("pack", report.error());
        std::cout << sheet::format_diff_text(report->diff, report->old_side, report->new_side, language);
    } else {
        int services = fresh->catalogue->counts().services;
        std::cout << (en ? "There is no earlier package: all " + std::to_string(services) + " services are new.\n"
                         : "Er is geen eerder pakket: alle " + std::to_string(services) + " diensten zijn nieuw.\n");
    }
    std::cout.flush();
    if (args.has("yes")) return kOk;

    const char* stopped =
        en ? "Not confirmed: the package was not written." : "Niet bevestigd: het pakket is niet geschreven.";
    if (!input_is_terminal()) {
        std::cerr << "kioskctl pack: " << stopped
                  << (en ? " Standard input is not a terminal; add --yes to pack without asking.\n"
                         : " De invoer is geen terminal; geef --yes mee om zonder vraag in te pakken.\n");
        return kNotConfirmed;
    }
    std::cerr << (en ? "Continue? [y/N] " : "Doorgaan? [j/N] ") << std::flush;
    auto answer = read_input_line();
    if (!answer || !is_yes_answer(*answer)) {
        if (!answer) std::cerr << "\n";
        std::cerr << "kioskctl pack: " << stopped << "\n";
        return kNotConfirmed;
    }
    return kOk;
}

}  // namespace ww::cli
