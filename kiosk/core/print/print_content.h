#pragma once
// The words of one service block and of the page footer, chosen from the catalogue data.
// Pure: no cairo, no pango, so the wording is unit-tested on plain data.
#include <string>
#include <vector>

#include "core/model.h"
#include "core/print/print_request.h"

namespace ww::print {

struct ServiceBlockText {
    std::string name;
    std::string summary;                     // one sentence
    std::string address;                     // "Markt 1, 7811 AB Emmen"; empty when unknown
    std::string phone;                       // as the catalogue writes it; empty when unknown
    std::vector<std::string> opening_lines;  // "ma t/m vr 09:00–17:00"
    std::string cost;                        // "Gratis. U heeft geen indicatie nodig."
    std::string getting_there;               // how to get there; empty when unknown
    std::string tel_uri;                     // for the QR code; empty when no phone
    std::string website;                     // for the QR code; empty when no website
};

ServiceBlockText service_block_text(const ServiceDetail& service, Language language);

// The footer lines, e.g. "Wegwijzer, Bibliotheek Emmen" / "Geprint op 28-11-2026 · Gegevens van
// 01-11-2026" / "Hulplijn: Dementielijn 0800 5088". The renderer adds the page number to the first.
std::vector<std::string> footer_lines(const PrintRequest& request);

// The first sentence of a text, at most max_chars characters (cut at a word, with "…").
std::string first_sentence(const std::string& text, size_t max_chars = 220);
// At most max_chars characters, cut at a word with "…".
std::string shorten(const std::string& text, size_t max_chars);
// "2026-11-01" -> "01-11-2026"; other text unchanged.
std::string dutch_date(const std::string& iso_date);

}  // namespace ww::print
