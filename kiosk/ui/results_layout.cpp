#include "ui/results_layout.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace ww::ui {

namespace {
// Whole rows of cards `card_h` high (with the gap under each) in `cards_h`.
int rows_in(float cards_h, float card_h) { return card_h > 0 ? int(std::floor((cards_h + 0.5f) / card_h)) : 0; }

// Pages of whole cards (each its own height, with the gap under it) in `cards_h`, as the screen
// pages them: a card that does not fit starts the next page. In two columns a row is as high as
// its higher card.
int pages_of(const std::vector<float>& hs, float cards_h, int columns) {
    int pages = 1;
    float used = 0;
    for (size_t i = 0; i < hs.size(); i += size_t(columns)) {
        float row = hs[i];
        if (columns == 2 && i + 1 < hs.size()) row = std::max(row, hs[i + 1]);
        if (used > 0 && used + row > cards_h + 0.5f) {
            ++pages;
            used = 0;
        }
        used += row;
    }
    return pages;
}
}  // namespace

ResultsLayout choose_results_layout(const ResultsSpace& s) {
    const auto layout = [&](bool small_title, bool compact, bool fold) {
        ResultsLayout out;
        out.small_title = small_title;
        out.compact_cards = compact;
        out.fold_filters = fold;
        const float row_h = small_title ? s.title_line_row_h : s.title_row_h;
        out.title_row = !fold && row_h > 0;
        const float header = fold            ? s.folded_row_h + s.gap
                             : out.title_row ? row_h + s.gap
                                             : (small_title ? s.title_line_h : s.title_h) + s.gap + s.filters_h + s.gap;
        out.cards_h = s.height - header;
        out.fits = out.cards_h + 0.5f >= (compact ? s.compact_card_h : s.card_h);
        return out;
    };
    const auto share = [&](ResultsLayout l) {
        const std::vector<float>& hs = l.compact_cards ? s.compact_card_hs : s.card_hs;
        // Two columns: brief cards, and compact ones when tight.
        const bool halves_offered = !l.compact_cards || l.tight;
        const std::vector<float>& half_hs = l.compact_cards ? s.compact_half_hs : s.card_half_hs;
        const float half_h = l.compact_cards ? s.compact_half_h : s.card_half_h;
        if (!l.cut_names && !hs.empty()) {
            // Each card its own height: the page count the screen will show.
            l.pages = pages_of(hs, l.cards_h, 1);
            if (halves_offered && half_hs.size() == hs.size() && l.cards_h + 0.5f >= half_h) {
                const int halves = pages_of(half_hs, l.cards_h, 2);
                if (halves < l.pages) {
                    l.columns = 2;
                    l.pages = halves;
                }
            }
            l.per_page = std::max(1, int(float(hs.size()) / float(l.pages) + 0.5f));
            return l;
        }
        const float card = l.cut_names ? s.compact_card_min_h : l.compact_cards ? s.compact_card_h : s.card_h;
        l.per_page = std::max(1, rows_in(l.cards_h, card));
        // Two columns only when they put more whole cards on a page.
        const float half = l.cut_names ? s.compact_half_min_h : half_h;
        if (halves_offered && half > 0 && 2 * rows_in(l.cards_h, half) > l.per_page) {
            l.columns = 2;
            l.per_page = 2 * rows_in(l.cards_h, half);
        }
        return l;
    };
    const auto tight = [&](bool cut_names) {
        ResultsLayout l = layout(true, true, true);
        l.tight = true;
        l.cut_names = cut_names;
        l.cards_h += s.tight_saving;
        const float one = cut_names ? s.compact_card_min_h : s.compact_card_h;
        const float half = cut_names ? s.compact_half_min_h : s.compact_half_h;
        l.fits = l.cards_h + 0.5f >= one || (half > 0 && l.cards_h + 0.5f >= half);
        return l;
    };
    // Least given up first, and a page of two or more whole cards before a page of one: a page of
    // one card makes a long row of pages, so when brief cards fit only one a page, compact cards
    // (the most useful part of the card) that fit two or more go first. Not more than that: a
    // larger text size never puts more cards on a page.
    const ResultsLayout candidates[] = {layout(false, false, false), layout(true, false, false),
                                        layout(false, true, false), layout(true, true, false),
                                        layout(true, true, true)};
    std::optional<ResultsLayout> best;
    for (const ResultsLayout& candidate : candidates) {
        if (!candidate.fits) continue;
        const ResultsLayout l = share(candidate);
        if (l.per_page >= 2) return l;
        if (!best) best = l;
    }
    // Still one a page: tight, with whole names, then with names cut after a word.
    if (s.tight_saving > 0)
        for (const bool cut : {false, true}) {
            const ResultsLayout l = tight(cut);
            if (!l.fits) continue;
            const ResultsLayout shared = share(l);
            if (shared.per_page >= 2) return shared;
        }
    if (best) return *best;
    ResultsLayout last = layout(true, true, true);
    last.cut_names = true;
    last.fits = last.cards_h + 0.5f >= s.compact_card_min_h;
    return share(last);
}

}  // namespace ww::ui
