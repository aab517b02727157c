#pragma once
// The fixed taxonomy codes Wegwijzer understands, with words for people.
#include <span>
#include <string>
#include <string_view>

#include "core/model.h"

namespace ww {

// The codes, for code that means one of them; kTags in taxonomy.cpp gives their words.
namespace tag {
inline constexpr std::string_view kDementiaSupport = "dementia-support";
inline constexpr std::string_view kMeeting = "meeting";
inline constexpr std::string_view kDayCare = "day-care";
inline constexpr std::string_view kTransport = "transport";
inline constexpr std::string_view kCarerSupport = "carer-support";
inline constexpr std::string_view kCareAtHome = "care-at-home";
inline constexpr std::string_view kAdvice = "advice";
inline constexpr std::string_view kAudiencePerson = "audience-person";
inline constexpr std::string_view kAudienceCarer = "audience-carer";
inline constexpr std::string_view kCostFree = "cost-free";
inline constexpr std::string_view kCostContribution = "cost-contribution";
inline constexpr std::string_view kCostIndication = "cost-indication";
}  // namespace tag

enum class TagKind { Category, Audience, Cost };

struct TagInfo {
    std::string_view code;
    TagKind kind;
    std::string_view nl;
    std::string_view en;
    std::string_view description;  // the taxonomy term's description (Dutch), as db/demo has it
};

// The seven categories in the order the home screen shows them.
std::span<const TagInfo> categories();
std::span<const TagInfo> all_tags();
const TagInfo* find_tag(std::string_view code);
bool is_category(std::string_view code);

}  // namespace ww
