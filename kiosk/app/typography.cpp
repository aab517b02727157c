#include "app/typography.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "app/kiosk_fonts.h"
#include "app/kiosk_log.h"
#include "ui/strings.h"

namespace ww::app {

Typography::Change Typography::follow(platform::KioskWindow& window, int text_scale, double diagonal_inch,
                                      int bar_buttons) {
    const int w = window.width(), h = window.height();
    if (fonts_.body && scale_ == text_scale && w_ == w && h_ == h) return Change::None;
    if (!fonts_.body || w_ != w || h_ != h) layout_diagonal_ = 0;  // fit the diagonal again
    for (int attempt = 0; attempt < 2; ++attempt) {
        const double diagonal = layout_diagonal_ > 0 ? layout_diagonal_ : diagonal_inch;
        metrics_ = ui::compute_metrics({w, h, diagonal}, text_scale, cap_ratio_);
        auto loaded = load_kiosk_fonts(window, metrics_);
        if (!loaded) {
            log_line(loaded.error());
            return Change::Failed;
        }
        fonts_ = loaded.value();
        if (layout_diagonal_ > 0) break;
        // Measured with the fonts just loaded (text widths scale with the size asked for).
        const ui::DiagonalFit fit = ui::fit_diagonal({w, h, diagonal_inch}, [&](double d) {
            ui::Metrics m = ui::compute_metrics({w, h, d}, 100, cap_ratio_);
            fit_bar(m, bar_buttons);
            return m.bar.h;
        });
        layout_diagonal_ = fit.diagonal_inch;
        if (!fit.clamped) break;
        char line[256];
        std::snprintf(line, sizeof line,
                      "screen: [screen] diagonal_inch = %g at %dx%d would let the bar take %d %% of the screen; "
                      "laid out as %g inch instead (is the diagonal right?)",
                      diagonal_inch, w, h, int(std::lround(fit.bar_share * 100)), fit.diagonal_inch);
        log_line(line);
    }
    scale_ = text_scale;
    w_ = w;
    h_ = h;
    fit_bar(metrics_, bar_buttons);
    return Change::Reloaded;
}

// The bar never moves: make it fit its longest label in either language, every word whole.
void Typography::fit_bar(ui::Metrics& m, int buttons) const {
    std::vector<std::string> labels;
    for (Language l : {Language::Dutch, Language::English})
        for (const std::string& label : {std::string(ui::tr("bar.home", l)), std::string(ui::tr("bar.back", l)),
                                         std::string(ui::tr("bar.language", l)), ui::tr("bar.text_size", l, {"150"}),
                                         std::string(ui::tr("bar.read_aloud_off", l)),
                                         std::string(ui::tr("bar.read_aloud_on", l)), ui::tr("bar.list", l, {"20"})})
            labels.push_back(label);
    const float widest_word = ui::widest_word(labels, [&](std::string_view word) {
        return fonts_.bold->CalcTextSizeA(m.bar_px, FLT_MAX, 0, word.data(), word.data() + word.size()).x;
    });
    int rows = 1;
    while (rows < 3) {
        const int cols = (buttons + rows - 1) / rows;
        const float w = (m.bar.w - 2 * m.margin - m.gap * float(cols - 1)) / float(cols);
        if (widest_word + 2 * m.pad <= w) break;
        ++rows;
    }
    m.bar_rows = rows;
    const auto slots = ui::layout_bar(m, buttons);
    const float wrap = slots[0].w - 2 * m.pad;
    int lines = 1;
    for (const auto& label : labels) {
        const ImVec2 size = fonts_.bold->CalcTextSizeA(m.bar_px, FLT_MAX, wrap, label.c_str());
        lines = std::max(lines, int(std::ceil(size.y / m.bar_px - 0.01f)));
    }
    ui::set_bar_lines(m, lines, rows);
}

}  // namespace ww::app
