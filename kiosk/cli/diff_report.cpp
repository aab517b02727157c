#include "cli/diff_report.h"

namespace ww::cli {

Result<DiffReport> diff_catalogues(const Catalogue* old_source, const std::string& old_label,
                                   const Catalogue& new_source, const std::string& new_label, Language language) {
    std::vector<ServiceDetail> before;
    if (old_source) {
        auto read = read_all_services(*old_source);
        if (!read) return fail(old_label + ": " + read.error());
        before = std::move(*read);
    }
    auto after = read_all_services(new_source);
    if (!after) return fail(new_label + ": " + after.error());
    DiffReport report;
    report.diff = sheet::diff_services(before, *after, language);
    report.old_side.label = old_label;
    if (old_source) report.old_side.info = old_source->info();
    report.new_side = {new_label, new_source.info()};
    return report;
}

print::ReportDocument diff_document(const DiffReport& report, const std::string& today, Language language) {
    const bool en = language == Language::English;
    print::ReportDocument doc;
    doc.language = language;
    doc.title = sheet::diff_title(language);
    doc.header_lines = {(en ? "Date: " : "Datum: ") + today, sheet::diff_side_line(report.old_side, true, language),
                        sheet::diff_side_line(report.new_side, false, language),
                        sheet::diff_counts_line(report.diff, language)};
    const auto& diff = report.diff;
    if (diff.empty()) doc.paragraphs.push_back({sheet::diff_nothing_line(language)});
    const std::vector<sheet::ServiceChange>* lists[] = {&diff.added, &diff.removed, &diff.changed};
    for (int section = 0; section < 3; ++section) {
        const auto& list = *lists[section];
        if (list.empty()) continue;
        doc.paragraphs.push_back(
            {sheet::diff_section_title(section, language) + " (" + std::to_string(list.size()) + ")", 0, false, true});
        for (const auto& change : list) {
            doc.paragraphs.push_back({sheet::diff_service_line(change), 0, true});
            for (const auto& field : change.fields) doc.paragraphs.push_back({sheet::diff_field_line(field), 1});
        }
    }
    doc.paragraphs.push_back({en ? "Approved" : "Akkoord", 0, false, true});
    doc.paragraphs.push_back(
        {en ? "Name: ______________________   Date: ____________   Signature: ______________________"
            : "Naam: ______________________   Datum: ____________   Handtekening: ______________________"});
    return doc;
}

std::optional<Language> parse_lang(const std::optional<std::string>& value) {
    if (!value || *value == "nl") return Language::Dutch;
    if (*value == "en") return Language::English;
    return std::nullopt;
}

}  // namespace ww::cli
