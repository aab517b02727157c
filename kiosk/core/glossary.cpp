#include "core/glossary.h"

#include "core/csv.h"
#include "core/embedded_data.h"
#include "core/text.h"

namespace ww {

namespace {

// A letter or digit, or any byte of a multi-byte UTF-8 letter (é, ë, ï): inside a word.
bool word_byte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u >= 0x80;
}

bool occurs_as_word(const std::string& text, const std::string& form) {
    for (size_t at = text.find(form); at != std::string::npos; at = text.find(form, at + 1)) {
        const bool starts = at == 0 || !word_byte(text[at - 1]);
        const size_t end = at + form.size();
        const bool ends = end == text.size() || !word_byte(text[end]);
        if (starts && ends) return true;
    }
    return false;
}

std::vector<std::string> split_forms(const std::string& forms) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= forms.size()) {
        const size_t bar = forms.find('|', start);
        const std::string form =
            ascii_lower(forms.substr(start, bar == std::string::npos ? std::string::npos : bar - start));
        if (!form.empty()) out.push_back(form);
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    return out;
}

std::vector<GlossaryEntry> load() {
    std::vector<GlossaryEntry> out;
    auto csv = parse_csv(embedded::glossary_csv(), "glossary.csv (built in)");
    if (!csv) return out;
    int term = -1, term_en = -1, forms = -1, nl = -1, en = -1;
    for (size_t i = 0; i < csv->header.size(); ++i) {
        const std::string& h = csv->header[i];
        const int at = static_cast<int>(i);
        if (h == "term") term = at;
        else if (h == "term_en") term_en = at;
        else if (h == "forms") forms = at;
        else if (h == "nl") nl = at;
        else if (h == "en") en = at;
    }
    if (term < 0 || term_en < 0 || forms < 0 || nl < 0 || en < 0) return out;
    for (const CsvRecord& r : csv->records) {
        auto field = [&](int column) {
            return static_cast<size_t>(column) < r.fields.size() ? r.fields[column] : std::string();
        };
        GlossaryEntry e{field(term), field(term_en), split_forms(field(forms)), {field(nl), field(en)}};
        if (e.forms.empty()) e.forms.push_back(ascii_lower(e.term));
        if (!e.term.empty() && !e.explanation.nl.empty()) out.push_back(std::move(e));
    }
    return out;
}

}  // namespace

const std::vector<GlossaryEntry>& glossary() {
    static const std::vector<GlossaryEntry> entries = load();
    return entries;
}

std::vector<const GlossaryEntry*> glossary_terms_in(std::string_view text) {
    const std::string lowered = ascii_lower(text);
    std::vector<const GlossaryEntry*> found;
    for (const GlossaryEntry& e : glossary())
        for (const std::string& form : e.forms)
            if (occurs_as_word(lowered, form)) {
                found.push_back(&e);
                break;
            }
    return found;
}

}  // namespace ww
