#pragma once
// What a careful editor would check in a catalogue (`kioskctl review`): services not checked for
// more than 12 months, without a phone number or opening hours, with a phone number, e-mail
// address or link that does not look right, duplicates, descriptions that are hard to read at
// language level B1, missing English. Pure: services and "today" in, a worklist out.
#include <optional>
#include <string>
#include <vector>

#include "core/model.h"

namespace ww::sheet {

enum class ReviewRule {
    NotChecked,  // assured_date missing, not a date, or more than 12 months before today
    NoPhone,
    NoOpeningHours,
    BadPhone,
    BadEmail,
    BadUrl,
    SamePhone,    // the same number as another service
    SimilarName,  // (nearly) the same name as another service in the same municipality
    LongSentence,
    LongWord,
    HardToRead,  // Flesch-Douma score below kMinFleschDouma
    NoEnglish,
};

// "not-checked", "no-phone", ... (for --json and scripts).
const char* rule_code(ReviewRule rule);

struct ReviewItem {
    std::string id;  // the service
    std::string name;
    std::string municipality;  // "" for a service without a place (listed last)
    ReviewRule rule;
    std::string message;  // what is wrong and what to do, in the language asked for
    std::string detail;   // the value or sentence to fix, as it is in the catalogue ("" when none)
};

// The thresholds, for the help text and the tests.
inline constexpr int kMaxMonthsUnchecked = 12;
inline constexpr int kMaxSentenceWords = 20;  // B1 advice: 15 on average; above 20 is very long
inline constexpr int kMaxWordSyllables = 6;   // "ont-moe-tings-cen-trum" (5) is fine
inline constexpr int kMaxWordLetters = 22;
inline constexpr double kMinFleschDouma = 60;  // below: hard for a B1 reader
inline constexpr int kMinWordsForScore = 15;   // shorter texts get no score

// Every item of every service, ordered by municipality, then service name, then id, then rule.
// `today` is YYYY-MM-DD.
std::vector<ReviewItem> review_services(const std::vector<ServiceDetail>& services, const std::string& today,
                                        Language language);

// Whether a phone number looks like one people can call: a Dutch number of 10 digits with its 0
// (06, area codes), 0800/0900 numbers, 112, 14 + area code, or a foreign number with +.
// nullopt when it looks fine, else why not (in `language`).
std::optional<std::string> phone_doubt(const std::string& number, Language language);

// The date 12 months before `today` (YYYY-MM-DD; the 29th of February becomes the 28th).
std::string months_before(const std::string& today, int months);

// The list as text: a header line with the count, then per municipality, per service, one line
// per item with the detail under it.
std::string format_review_text(const std::vector<ReviewItem>& items, int services, Language language);

}  // namespace ww::sheet
