#pragma once
// The two paper formats a kiosk prints on, and their page geometry in PDF points (1/72 inch).
#include <optional>
#include <string_view>

namespace ww::print {

enum class Paper { A4, Roll80 };

// "a4" or "roll80"; anything else is nullopt.
std::optional<Paper> parse_paper(std::string_view text);
const char* paper_name(Paper paper);

constexpr double kPointsPerMm = 72.0 / 25.4;

struct PaperGeometry {
    double width = 0;   // page width
    double height = 0;  // A4: the page height; roll: the longest page we make
    double margin_x = 0;
    double margin_y = 0;
    bool grows_to_fit = false;   // roll: each page is as long as its content
    bool qr_beside_text = true;  // A4: QR codes in a column right of the text; roll: below it
    double qr_size = 0;          // side of one QR code including its quiet zone

    double content_width() const { return width - 2 * margin_x; }
};

// A4: 210 x 297 mm. Roll: 80 mm wide (72 mm printable), one long page per print of at most
// 1 m; a longer list continues on a next page, never splitting a service.
PaperGeometry paper_geometry(Paper paper);

}  // namespace ww::print
