#include "ui/results_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ww::ui {

namespace {
// Whole rows of cards `card_h` high (with the gap under each) in `cards_h`.
int rows_in(float cards_h, float card_h) { return card_h > 0 ? int(std::floor((cards_h + 0.5f) / card_h)) : 0; }
}  // namespace

ResultsLayout choose_results_layout(const ResultsSpace& s) {
    const auto layout = [&](bool small_title, bool compact, bool fold) {
        ResultsLayout out;
        out.small_title = small_title;
        out.compact_cards = compact;
        out.fold_filters = fold;
        out.title_row = !small_title && !fold && s.title_row_h > 0;
        const float header = fold            ? s.folded_row_h + s.gap
                             : out.title_row ? s.title_row_h + s.gap
                                             : (small_title ? s.title_line_h : s.title_h) + s.gap + s.filters_h + s.gap;
        out.cards_h = s.height - header;
        out.fits = out.cards_h + 0.5f >= (compact ? s.compact_card_h : s.card_h);
        return out;
    };
    const auto share = [&](ResultsLayout l) {
        const float card = l.cut_names ? s.compact_card_min_h : l.compact_cards ? s.compact_card_h : s.card_h;
        l.per_page = std::max(1, rows_in(l.cards_h, card));
        // Two columns only for brief cards, and only when they put more whole cards on a page.
        if (!l.compact_cards && s.card_half_h > 0 && 2 * rows_in(l.cards_h, s.card_half_h) > l.per_page) {
            l.columns = 2;
            l.per_page = 2 * rows_in(l.cards_h, s.card_half_h);
        }
        return l;
    };
    // Least given up first, and a page of two or more whole cards before a page of one: a page of
    // one card makes a long row of pages, so when brief cards fit only one a page, compact cards
    // (the most useful part of the card) that fit two or more go first. Not more than that: a
    // larger text size never puts more cards on a page.
    const ResultsLayout candidates[] = {layout(false, false, false), layout(true, false, false), layout(false, true, false),
                                        layout(true, true, false), layout(true, true, true)};
    std::optional<ResultsLayout> best;
    for (const ResultsLayout& candidate : candidates) {
        if (!candidate.fits) continue;
        const ResultsLayout l = share(candidate);
        if (l.per_page >= 2) return l;
        if (!best) best = l;
    }
    if (best) return *best;
    ResultsLayout last = layout(true, true, true);
    last.cut_names = true;
    last.fits = last.cards_h + 0.5f >= s.compact_card_min_h;
    return share(last);
}

}  // namespace ww::ui
