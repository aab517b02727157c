#pragma once
// Which service block goes on which page. Pure: block heights in, pages out, so the rule
// "a block is never split over two pages" is unit-tested without drawing anything.
#include <cstddef>
#include <vector>

namespace ww::print {

struct PagePlan {
    std::vector<size_t> blocks;  // indices into the block list, in order
    double used_height = 0;      // blocks plus the gaps between them
    bool oversize = false;       // one block taller than a page: alone on its page, cut at the bottom
};

// Fills pages in order: a block that does not fit on the current page starts the next one.
// `gap` is the space between two blocks on the same page. Always returns at least one page.
std::vector<PagePlan> paginate(const std::vector<double>& block_heights, double page_content_height, double gap);

}  // namespace ww::print
