#include "core/print/paper.h"

namespace ww::print {

std::optional<Paper> parse_paper(std::string_view text) {
    if (text == "a4" || text == "A4") return Paper::A4;
    if (text == "roll80") return Paper::Roll80;
    return std::nullopt;
}

const char* paper_name(Paper paper) { return paper == Paper::A4 ? "a4" : "roll80"; }

PaperGeometry paper_geometry(Paper paper) {
    PaperGeometry g;
    if (paper == Paper::A4) {
        g.width = 210 * kPointsPerMm;
        g.height = 297 * kPointsPerMm;
        g.margin_x = 15 * kPointsPerMm;
        g.margin_y = 8 * kPointsPerMm;
        g.grows_to_fit = false;
        g.qr_beside_text = true;
        g.qr_size = 26 * kPointsPerMm;
    } else {
        g.width = 80 * kPointsPerMm;
        g.height = 1000 * kPointsPerMm;
        g.margin_x = 4 * kPointsPerMm;
        g.margin_y = 5 * kPointsPerMm;
        g.grows_to_fit = true;
        g.qr_beside_text = false;
        g.qr_size = 30 * kPointsPerMm;
    }
    return g;
}

}  // namespace ww::print
