#pragma once
// Opening hours in the short words a spreadsheet cell holds: "ma-vr 9.00-17.00; za 10.00-12.00".
// Days with the same times are grouped (a run of days as "ma-vr", single days as "di, do");
// several periods on one day are joined with " en ". A pure function; the import side reads
// the same format back.
#include <string>
#include <vector>

#include "core/model.h"

namespace ww::sheet {

// Empty when there are no slots.
std::string opening_words(const std::vector<OpeningSlot>& slots);

// The other way: the words a cell holds back to slots. Also takes what people type: "t/m" or a
// dash for a run of days, "," or " en " for a list, "9:00" or "09.00", a dash with spaces.
struct ParsedOpening {
    std::vector<OpeningSlot> slots;  // sorted by day and time
    std::string problem_nl;          // empty when the text could be read; what to type instead
    std::string problem_en;
};
ParsedOpening parse_opening_words(const std::string& text);

// "9.00" for 540 minutes, "13.30" for 810.
std::string clock_words(int minutes);

}  // namespace ww::sheet
