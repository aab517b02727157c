#pragma once
// The screens' fonts and layout metrics for the window's size and the text size: loaded again
// when either changes, with the diagonal laid out for fitted so that the bar keeps to its share
// of the screen, and the bar fitted to its longest label in either language.
#include "platform/window.h"
#include "ui/canvas.h"
#include "ui/layout.h"

namespace ww::app {

class Typography {
public:
    enum class Change { None, Reloaded, Failed };
    // Loads the fonts and metrics for the window's size and `text_scale` when they differ from
    // the last ones. `diagonal_inch` is the configured screen ([screen] diagonal_inch); the bar
    // has `bar_buttons` buttons. Failed: the fonts could not be loaded (logged).
    Change follow(platform::KioskWindow& window, int text_scale, double diagonal_inch, int bar_buttons);

    const ui::Fonts& fonts() const { return fonts_; }
    const ui::Metrics& metrics() const { return metrics_; }
    // The regular face's cap height per pixel of font size, when it could be measured.
    void set_cap_ratio(double ratio) { cap_ratio_ = ratio; }

private:
    void fit_bar(ui::Metrics& m, int buttons) const;

    ui::Fonts fonts_;
    ui::Metrics metrics_;
    int scale_ = 0;
    int w_ = 0, h_ = 0;
    double layout_diagonal_ = 0;  // the diagonal laid out for: configured, or larger (fit_diagonal); 0: not fitted yet
    double cap_ratio_ = 0.524;
};

}  // namespace ww::app
