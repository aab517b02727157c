#include "ui/results_layout.h"

#include <initializer_list>

namespace ww::ui {

ResultsLayout choose_results_layout(const ResultsSpace& s) {
    const auto layout = [&](bool small_title, bool compact, bool fold) {
        ResultsLayout out{small_title, compact, fold, false, 0, true};
        const float header = fold ? s.folded_row_h + s.gap
                                  : (small_title ? s.title_line_h : s.title_h) + s.gap + s.filters_h + s.gap;
        out.cards_h = s.height - header;
        out.fits = out.cards_h + 0.5f >= (compact ? s.compact_card_h : s.card_h);
        return out;
    };
    // Least given up first.
    for (const ResultsLayout& l : {layout(false, false, false), layout(true, false, false), layout(true, true, false),
                                   layout(true, true, true)})
        if (l.fits) return l;
    ResultsLayout last = layout(true, true, true);
    last.cut_names = true;
    last.fits = last.cards_h + 0.5f >= s.compact_card_min_h;
    return last;
}

}  // namespace ww::ui
