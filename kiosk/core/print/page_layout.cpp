#include "core/print/page_layout.h"

namespace ww::print {

std::vector<PagePlan> paginate(const std::vector<double>& block_heights, double page_content_height, double gap) {
    std::vector<PagePlan> pages(1);
    for (size_t i = 0; i < block_heights.size(); ++i) {
        double h = block_heights[i];
        PagePlan* page = &pages.back();
        double needed = page->blocks.empty() ? h : page->used_height + gap + h;
        if (!page->blocks.empty() && needed > page_content_height) {
            pages.emplace_back();
            page = &pages.back();
            needed = h;
        }
        page->blocks.push_back(i);
        page->used_height = needed;
        if (h > page_content_height) page->oversize = true;
    }
    return pages;
}

}  // namespace ww::print
