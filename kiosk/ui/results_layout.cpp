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

// Compact cards side by side where both fit a page in half the width, else a card across the
// whole width (a name that needs it keeps it whole): how many cards each row holds, in list order.
std::vector<int> pair_rows(const std::vector<float>& half_hs, float cards_h) {
    std::vector<int> rows;
    for (size_t i = 0; i < half_hs.size();) {
        const bool pair = i + 1 < half_hs.size() && std::max(half_hs[i], half_hs[i + 1]) <= cards_h + 0.5f;
        rows.push_back(pair ? 2 : 1);
        i += pair ? 2 : 1;
    }
    return rows;
}

// Pages of rows (`rows[k]` cards each: one across, `hs`, or two side by side, `half_hs`).
int pages_of_rows(const std::vector<int>& rows, const std::vector<float>& hs, const std::vector<float>& half_hs,
                  float cards_h) {
    int pages = 1;
    float used = 0;
    size_t i = 0;
    for (const int cards : rows) {
        const float row = cards == 2 ? std::max(half_hs[i], half_hs[i + 1]) : hs[i];
        i += size_t(cards);
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
            if (l.compact_cards && half_hs.size() == hs.size()) {
                // Compact: side by side where two names fit whole in half the width.
                std::vector<int> rows = pair_rows(half_hs, l.cards_h);
                const int paired = pages_of_rows(rows, hs, half_hs, l.cards_h);
                if (paired < l.pages) {
                    l.columns = 2;
                    l.pages = paired;
                    l.row_cards = std::move(rows);
                }
            } else if (halves_offered && half_hs.size() == hs.size() && l.cards_h + 0.5f >= half_h) {
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
        // Two columns only when they put more whole cards on a page; never with names cut (two
        // cut names side by side may read the same).
        const float half = half_h;
        if (halves_offered && !l.cut_names && half > 0 && 2 * rows_in(l.cards_h, half) > l.per_page) {
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
        // Every card fits a page of its own across the width (a card in half of it is never lower).
        l.fits = l.cards_h + 0.5f >= one;
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
    // Still one a page: tight, with whole names (side by side where two fit in half the width).
    std::optional<ResultsLayout> tight_whole;
    if (s.tight_saving > 0)
        if (const ResultsLayout l = tight(false); l.fits) {
            tight_whole = share(l);
            if (tight_whole->per_page >= 2) return *tight_whole;
        }
    // Whole names before two a page: a name cut to its first word leaves cards that read the same.
    if (best && tight_whole && best->pages > 0 && tight_whole->pages > 0 && tight_whole->pages < best->pages)
        return *tight_whole;
    if (best) return *best;
    if (tight_whole) return *tight_whole;
    // A name too long for a page of its own: cut after a word (the detail page has it whole), one
    // card across the width a page, tight when that is offered.
    ResultsLayout last = s.tight_saving > 0 ? tight(true) : layout(true, true, true);
    last.cut_names = true;
    last.fits = last.cards_h + 0.5f >= s.compact_card_min_h;
    return share(last);
}

}  // namespace ww::ui
