#include "core/sheet/review_rules.h"

#include <algorithm>
#include <cstdio>
#include <iomanip>
#include <map>
#include <sstream>
#include <tuple>

#include "core/hsds.h"
#include "core/phone.h"
#include "core/sheet/readability.h"
#include "core/text.h"
#include "core/value_rules.h"

namespace ww::sheet {

namespace {

std::string pick(Language language, std::string nl, std::string en) {
    return language == Language::English ? std::move(en) : std::move(nl);
}

std::string digits_of(const std::string& number) {
    std::string digits;
    for (char c : number)
        if (c >= '0' && c <= '9') digits += c;
    // +31 and 0031 are the same numbers as with a 0.
    if (number.find('+') != std::string::npos && digits.starts_with("31")) return "0" + digits.substr(2);
    if (digits.starts_with("0031")) return "0" + digits.substr(4);
    return digits;
}

std::string where(const ServiceDetail& s) {
    if (!s.summary.municipality.empty()) return s.summary.municipality;
    for (const auto& l : s.locations)
        if (!l.municipality.empty()) return l.municipality;
    return s.summary.municipalities.empty() ? std::string() : s.summary.municipalities.front();
}

// Words folded and joined with one space: "Alzheimer Café  Emmen" and "alzheimer cafe emmen" match.
std::string normalised_name(const std::string& name) {
    std::string out;
    for (const auto& w : split_words(name)) out += (out.empty() ? "" : " ") + w;
    return out;
}

bool similar_names(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    if (a == b) return true;
    // One or two typing differences, in names long enough that this is not chance.
    const int allowed = std::min(a.size(), b.size()) >= 12 ? 2 : std::min(a.size(), b.size()) >= 6 ? 1 : 0;
    return allowed > 0 && edit_distance(a, b, allowed) <= allowed;
}

struct Checker {
    const std::string& today;
    Language language;
    std::vector<ReviewItem>& out;
    const ServiceDetail* service = nullptr;

    void add(ReviewRule rule, std::string message, std::string detail = {}) {
        out.push_back({service->summary.id, service->summary.name.nl, where(*service), rule, std::move(message),
                       std::move(detail)});
    }

    void checked_date() {
        const std::string& date = service->assured_date;
        if (date.empty()) {
            add(ReviewRule::NotChecked,
                pick(language,
                     "Er staat niet bij wanneer dit is nagekeken. Kijk alles na en vul 'Laatst gecontroleerd' in.",
                     "There is no date of the last check. Check everything and fill in 'Laatst gecontroleerd'."));
        } else if (!is_iso_date(date)) {
            add(ReviewRule::NotChecked,
                pick(language, "'Laatst gecontroleerd' is geen datum. Schrijf jaar-maand-dag, zoals 2026-10-27.",
                     "'Laatst gecontroleerd' is not a date. Write year-month-day, like 2026-10-27."),
                date);
        } else if (date < months_before(today, kMaxMonthsUnchecked)) {
            add(ReviewRule::NotChecked,
                pick(
                    language,
                    "Laatst nagekeken op " + date +
                        ", meer dan 12 maanden geleden. Kijk alles na en zet de datum van vandaag in 'Laatst gecontroleerd'.",
                    "Last checked on " + date +
                        ", more than 12 months ago. Check everything and put today's date in 'Laatst gecontroleerd'."));
        }
    }

    void contact() {
        if (service->phones.empty())
            add(ReviewRule::NoPhone,
                pick(language, "Er is geen telefoonnummer. Mensen willen kunnen bellen: vul 'Telefoon' in.",
                     "There is no phone number. People want to call: fill in 'Telefoon'."));
        if (service->summary.opening.empty())
            add(ReviewRule::NoOpeningHours,
                pick(language, "Er staan geen openingstijden bij. Vul 'Open op' in, zoals ma-vr 9.00-17.00.",
                     "There are no opening hours. Fill in 'Open op', like ma-vr 9.00-17.00."));
        for (const auto& phone : service->phones)
            if (auto doubt = phone_doubt(phone.number, language)) add(ReviewRule::BadPhone, *doubt, phone.number);
        if (!service->email.empty()) {
            auto problem = email_problem(service->email);
            std::string domain = service->email.substr(service->email.find('@') + 1);
            size_t dot = domain.rfind('.');
            bool odd_domain = dot == std::string::npos || domain.size() - dot - 1 < 2 ||
                              domain.find("..") != std::string::npos || domain.front() == '.';
            if (problem || odd_domain)
                add(ReviewRule::BadEmail,
                    pick(language, "Het e-mailadres lijkt niet te kloppen. Een goed adres is zoals info@voorbeeld.nl.",
                         "The e-mail address does not look right. A good one is like info@voorbeeld.nl."),
                    service->email);
        }
        for (const std::string* url : {&service->url, &service->organization_website}) {
            if (url->empty()) continue;
            auto problem = url_problem(*url);
            if (!problem) {
                std::string host = url->substr(url->find("//") + 2);
                host = host.substr(0, host.find_first_of("/?#:"));
                size_t dot = host.rfind('.');
                if (dot == std::string::npos || host.size() - dot - 1 < 2 || host.find("..") != std::string::npos)
                    problem = "host";
            }
            if (problem)
                add(ReviewRule::BadUrl,
                    pick(language,
                         "De website lijkt niet te kloppen. Een goed adres is zoals https://www.voorbeeld.nl.",
                         "The website does not look right. A good one is like https://www.voorbeeld.nl."),
                    *url);
        }
    }

    void text(const std::string& label_nl, const std::string& label_en, const std::string& text) {
        const std::string label = pick(language, label_nl, label_en);
        const auto sentences = split_sentences(text);
        int words = 0, syllables = 0;
        std::string hardest;
        double hardest_score = 1000;
        std::vector<std::string> long_words;
        for (const auto& sentence : sentences) {
            auto list = sentence_words(sentence);
            int sentence_syllables = 0;
            for (const auto& w : list) {
                int n = dutch_syllables(w);
                sentence_syllables += n;
                if ((n > kMaxWordSyllables || utf8_chars(w) > static_cast<size_t>(kMaxWordLetters)) &&
                    std::find(long_words.begin(), long_words.end(), w) == long_words.end())
                    long_words.push_back(w);
            }
            words += static_cast<int>(list.size());
            syllables += sentence_syllables;
            if (static_cast<int>(list.size()) > kMaxSentenceWords)
                add(ReviewRule::LongSentence,
                    pick(language,
                         label + ": een zin van " + std::to_string(list.size()) +
                             " woorden. Maak er twee of drie korte zinnen van (hooguit 15 tot 20 woorden).",
                         label + ": a sentence of " + std::to_string(list.size()) +
                             " words. Make it two or three short sentences (15 to 20 words at most)."),
                    sentence);
            double score = flesch_douma(static_cast<int>(list.size()), 1, sentence_syllables);
            if (!list.empty() && score < hardest_score) {
                hardest_score = score;
                hardest = sentence;
            }
        }
        for (const auto& w : long_words)
            add(ReviewRule::LongWord,
                pick(language, label + ": een lang woord. Kies een korter woord, of zeg het in twee woorden.",
                     label + ": a long word. Choose a shorter word, or say it in two words."),
                w);
        if (words >= kMinWordsForScore) {
            double score = flesch_douma(words, static_cast<int>(sentences.size()), syllables);
            if (score < kMinFleschDouma) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "%.0f", score);
                add(ReviewRule::HardToRead,
                    pick(
                        language,
                        label + " is moeilijk te lezen (Flesch-Douma " + buf +
                            ", voor B1 is 60 of meer nodig). Schrijf kortere zinnen en woorden; begin met de zin hieronder.",
                        label + " is hard to read (Flesch-Douma " + buf +
                            "; B1 needs 60 or more). Write shorter sentences and words; start with the sentence below."),
                    hardest);
            }
        }
    }

    void english() {
        std::vector<std::string> missing;
        auto need = [&](const LocalizedText& t, const char* nl, const char* en) {
            if (!t.nl.empty() && t.en.empty()) missing.push_back(pick(language, nl, en));
        };
        need(service->summary.name, "Naam (Engels)", "Naam (Engels)");
        need(service->description, "Wat is het (Engels)", "Wat is het (Engels)");
        need(service->eligibility, "Voorwaarden (Engels)", "Voorwaarden (Engels)");
        need(service->fees, "Uitleg kosten (Engels)", "Uitleg kosten (Engels)");
        if (missing.empty()) return;
        std::string list;
        for (size_t i = 0; i < missing.size(); ++i) list += (i ? ", " : "") + missing[i];
        add(ReviewRule::NoEnglish, pick(language, "De Engelse tekst ontbreekt. Vul in: " + list + ".",
                                        "The English text is missing. Fill in: " + list + "."));
    }
};

void duplicates(const std::vector<ServiceDetail>& services, Language language, std::vector<ReviewItem>& out) {
    // The same number as a service's own: every service that shares it hears about the others.
    // (An organisation's or location's number is shared by all its services on purpose.)
    std::map<std::string, std::vector<const ServiceDetail*>> by_number;
    for (const auto& s : services) {
        std::vector<std::string> seen;
        for (const auto& p : s.phones) {
            if (p.owner != PhoneNumber::Owner::Service) continue;
            std::string digits = digits_of(p.number);
            if (digits.size() < 6 || std::find(seen.begin(), seen.end(), digits) != seen.end()) continue;
            seen.push_back(digits);
            by_number[digits].push_back(&s);
        }
    }
    for (const auto& [digits, list] : by_number) {
        if (list.size() < 2) continue;
        for (const auto* s : list) {
            std::string others;
            for (const auto* o : list)
                if (o != s) others += (others.empty() ? "" : "; ") + o->summary.name.nl + " (" + o->summary.id + ")";
            out.push_back(
                {s->summary.id, s->summary.name.nl, where(*s), ReviewRule::SamePhone,
                 pick(language,
                      "Hetzelfde telefoonnummer als: " + others + ". Is dit dezelfde hulp? Dan is er een te veel.",
                      "The same phone number as: " + others + ". Is it the same help? Then one is too many."),
                 format_phone(digits)});
        }
    }
    // (Nearly) the same name in one municipality.
    std::map<std::string, std::vector<const ServiceDetail*>> by_place;
    for (const auto& s : services) by_place[where(s)].push_back(&s);
    for (const auto& [place, list] : by_place) {
        if (place.empty()) continue;
        std::vector<std::string> names;
        for (const auto* s : list) names.push_back(normalised_name(s->summary.name.nl));
        for (size_t i = 0; i < list.size(); ++i) {
            std::string others;
            for (size_t j = 0; j < list.size(); ++j)
                if (j != i && similar_names(names[i], names[j]))
                    others +=
                        (others.empty() ? "" : "; ") + list[j]->summary.name.nl + " (" + list[j]->summary.id + ")";
            if (others.empty()) continue;
            out.push_back(
                {list[i]->summary.id, list[i]->summary.name.nl, place, ReviewRule::SimilarName,
                 pick(language,
                      "Bijna dezelfde naam als " + others + " in " + place + ". Staat dezelfde hulp er twee keer in?",
                      "Nearly the same name as " + others + " in " + place + ". Is the same help listed twice?"),
                 list[i]->summary.name.nl});
        }
    }
}

}  // namespace

const char* rule_code(ReviewRule rule) {
    switch (rule) {
        case ReviewRule::NotChecked: return "not-checked";
        case ReviewRule::NoPhone: return "no-phone";
        case ReviewRule::NoOpeningHours: return "no-opening-hours";
        case ReviewRule::BadPhone: return "bad-phone";
        case ReviewRule::BadEmail: return "bad-email";
        case ReviewRule::BadUrl: return "bad-url";
        case ReviewRule::SamePhone: return "same-phone";
        case ReviewRule::SimilarName: return "similar-name";
        case ReviewRule::LongSentence: return "long-sentence";
        case ReviewRule::LongWord: return "long-word";
        case ReviewRule::HardToRead: return "hard-to-read";
        case ReviewRule::NoEnglish: return "no-english";
    }
    return "?";
}

std::optional<std::string> phone_doubt(const std::string& number, Language language) {
    if (phone_problem(number))
        return pick(language, "Dit telefoonnummer kan niet kloppen: gebruik alleen cijfers, spaties en streepjes.",
                    "This phone number cannot be right: use digits, spaces and dashes only.");
    std::string digits;
    for (char c : number)
        if (c >= '0' && c <= '9') digits += c;
    const bool plus = trim(number).starts_with("+");
    if (format_phone(number).find(" - ") != std::string::npos) return std::nullopt;  // a Dutch number
    if (plus && !digits.starts_with("31") && digits.size() >= 8 && digits.size() <= 15) return std::nullopt;  // abroad
    if (digits == "112" || (digits.starts_with("14") && !plus && (digits.size() == 5 || digits.size() == 6)))
        return std::nullopt;  // emergency, and a municipality's 14 + area code
    if (!plus && digits.size() == 9 && digits[0] != '0')
        return pick(language, "Dit nummer mist de 0 aan het begin. Zet de kolom op 'Tekst' en typ 0" + digits + ".",
                    "This number lost its leading 0. Set the column to 'Text' and type 0" + digits + ".");
    return pick(
        language,
        "Dit lijkt geen goed telefoonnummer. Een nummer heeft 10 cijfers met een 0 ervoor, zoals 0591 - 12 34 56.",
        "This does not look like a phone number. A number has 10 digits starting with 0, like 0591 - 12 34 56.");
}

std::string months_before(const std::string& today, int months) {
    if (!is_iso_date(today)) return today;
    int year = std::stoi(today.substr(0, 4)), month = std::stoi(today.substr(5, 2)),
        day = std::stoi(today.substr(8, 2));
    int total = year * 12 + (month - 1) - months;
    year = total / 12;
    month = total % 12 + 1;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int last = kDays[month - 1] + (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 1 : 0);
    day = std::min(day, last);
    std::ostringstream date;  // no fixed buffer: any year fits
    date << std::setfill('0') << std::setw(4) << year << '-' << std::setw(2) << month << '-' << std::setw(2) << day;
    return date.str();
}

std::vector<ReviewItem> review_services(const std::vector<ServiceDetail>& services, const std::string& today,
                                        Language language) {
    std::vector<ReviewItem> items;
    Checker check{today, language, items};
    for (const auto& s : services) {
        check.service = &s;
        check.checked_date();
        check.contact();
        // The workbook's "Wat is het" (the first sentence is what a result card shows).
        check.text("'Wat is het'", "'Wat is het' (the description)", s.description.nl);
        check.english();
    }
    duplicates(services, language, items);
    auto key = [](const ReviewItem& i) {
        return std::make_tuple(i.municipality.empty(), fold(i.municipality), fold(i.name), i.id,
                               static_cast<int>(i.rule));
    };
    std::stable_sort(items.begin(), items.end(),
                     [&](const ReviewItem& a, const ReviewItem& b) { return key(a) < key(b); });
    return items;
}

std::string format_review_text(const std::vector<ReviewItem>& items, int services, Language language) {
    const bool en = language == Language::English;
    std::string out;
    if (items.empty())
        return en ? "Nothing to fix in " + std::to_string(services) + " services.\n"
                  : "Niets na te kijken in " + std::to_string(services) + " diensten.\n";
    int with_items = 0;
    for (size_t i = 0; i < items.size(); ++i)
        if (i == 0 || items[i].id != items[i - 1].id) ++with_items;
    out += en ? std::to_string(items.size()) + " things to fix in " + std::to_string(with_items) + " of " +
                    std::to_string(services) + " services.\n"
              : std::to_string(items.size()) + " punten na te kijken bij " + std::to_string(with_items) + " van de " +
                    std::to_string(services) + " diensten.\n";
    for (size_t i = 0; i < items.size(); ++i) {
        const auto& item = items[i];
        if (i == 0 || item.municipality != items[i - 1].municipality)
            out += "\n" +
                   (item.municipality.empty() ? std::string(en ? "Without a place" : "Zonder plaats")
                                              : item.municipality) +
                   "\n";
        if (i == 0 || item.id != items[i - 1].id) out += "  " + item.name + " (" + item.id + ")\n";
        out += "    [ ] " + item.message + "\n";
        if (!item.detail.empty()) out += "        \u00bb " + item.detail + "\n";
    }
    return out;
}

}  // namespace ww::sheet
