#include "core/print/print_content.h"

#include <ctime>

#include "adapters/qr.h"
#include "core/calendar.h"
#include "core/cost_wording.h"
#include "core/phone.h"
#include "core/print/opening_hours_text.h"
#include "core/text.h"
#include "core/wording.h"

namespace ww::print {

namespace {

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string cost_text(const ServiceDetail& s, Language language) {
    std::string out;
    for (const std::string& sentence : cost_sentences(s, language)) out += (out.empty() ? "" : " ") + sentence;
    return out;
}

std::string address_text(const ServiceDetail& s) {
    if (s.locations.empty()) return s.summary.town;
    const ServiceLocation& l = s.locations.front();
    std::string town = trim(l.postal_code + " " + (l.city.empty() ? s.summary.town : l.city));
    std::string street = trim(l.address);
    if (street.empty()) return town;
    if (town.empty()) return street;
    return street + ", " + town;
}

}  // namespace

std::string shorten(const std::string& text, size_t max_chars) {
    if (text.size() <= max_chars) return text;
    size_t cut = text.rfind(' ', max_chars);
    if (cut == std::string::npos || cut < max_chars / 2) {
        cut = max_chars;
        while (cut > 0 && is_utf8_continuation(text[cut])) --cut;
    }
    std::string out = trim(text.substr(0, cut));
    while (!out.empty() && (out.back() == ',' || out.back() == ';' || out.back() == ':')) out.pop_back();
    return out + "\u2026";
}

std::string first_sentence(const std::string& text, size_t max_chars) {
    std::string t = trim(text);
    for (size_t i = 8; i + 1 < t.size(); ++i) {
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ') {
            t.resize(i + 1);
            break;
        }
    }
    return shorten(t, max_chars);
}

std::string dutch_date(const std::string& iso_date) {
    if (iso_date.size() >= 10 && iso_date[4] == '-' && iso_date[7] == '-') {
        return iso_date.substr(8, 2) + "-" + iso_date.substr(5, 2) + "-" + iso_date.substr(0, 4);
    }
    return iso_date;
}

ServiceBlockText service_block_text(const ServiceDetail& s, Language language) {
    ServiceBlockText b;
    b.name = shorten(trim(s.summary.name.in(language)), 120);
    const LocalizedText& about = s.summary.summary.empty() ? s.description : s.summary.summary;
    b.summary = first_sentence(about.in(language));
    b.address = address_text(s);
    b.phone = format_phone(s.summary.phone);
    if (b.phone.empty() && !s.phones.empty()) b.phone = format_phone(s.phones.front().number);
    if (!b.phone.empty()) b.tel_uri = tel_uri(b.phone);
    b.opening_lines = opening_hours_lines(s.summary.opening, language);
    for (const auto& note : s.schedule_notes) {
        std::string n = trim(note.in(language));
        if (!n.empty() && b.opening_lines.size() < 6) b.opening_lines.push_back(shorten(n, 120));
    }
    b.cost = cost_text(s, language);
    for (const auto& l : s.locations) {
        std::string how = trim(l.transportation.in(language));
        if (!how.empty()) {
            b.getting_there = shorten(how, 260);
            break;
        }
    }
    b.website = trim(s.url.empty() ? s.organization_website : s.url);
    // "www.example.nl" -> "https://www.example.nl": phone cameras open only full addresses.
    if (!b.website.empty() && b.website.find("://") == std::string::npos) b.website = "https://" + b.website;
    return b;
}

std::vector<std::string> footer_lines(const PrintRequest& r) {
    std::vector<std::string> lines;
    std::string who = r.kiosk_name;
    if (!r.kiosk_place.empty()) who += (who.empty() ? "" : ", ") + r.kiosk_place;
    if (!who.empty()) lines.push_back(who);
    std::string dates = wording::text("print.printed_on", r.language, {format_time(r.printed_at, "%d-%m-%Y")});
    if (!r.catalogue.created.empty()) {
        dates += " \u00b7 " + wording::text("print.catalogue_of", r.language, {dutch_date(r.catalogue.created)});
    }
    lines.push_back(dates);
    if (!r.helpline_phone.empty()) {
        std::string help = std::string(wording::text("print.helpline", r.language)) + ": ";
        if (!r.helpline_name.empty()) help += r.helpline_name.in(r.language) + " ";
        lines.push_back(help + r.helpline_phone);
    }
    return lines;
}

}  // namespace ww::print
