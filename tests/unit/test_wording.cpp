// The one wording table: every code has a Dutch and an English text, the facts fit, and the
// texts core words (imports, printer, opening hours, QR list) come from it in both languages.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/catalogue.h"
#include "core/cost_wording.h"
#include "core/phone_label.h"
#include "core/print/opening_hours_text.h"
#include "core/print/print_content.h"
#include "core/print/print_status.h"
#include "core/print/print_text.h"
#include "core/sync/import_wording.h"
#include "core/taxonomy.h"
#include "core/wording.h"

using namespace ww;

namespace {

size_t holes(std::string_view text) {
    size_t n = 0;
    for (size_t at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2)) ++n;
    return n;
}

std::map<std::string_view, std::string_view> by_code(Language language, std::set<std::string_view>& all_codes) {
    std::map<std::string_view, std::string_view> out;
    for (const auto& e : wording::table(language)) {
        INFO(language_code(language) << ": " << e.code);
        CHECK(out.emplace(e.code, e.text).second);  // no code twice in one table
        all_codes.insert(e.code);
    }
    return out;
}

}  // namespace

TEST_CASE("wording: every code has a Dutch and an English text with the same facts", "[wording]") {
    std::set<std::string_view> codes;
    auto nl = by_code(Language::Dutch, codes);
    auto en = by_code(Language::English, codes);
    CHECK(codes.size() > 100);
    for (std::string_view code : codes) {
        INFO(code);
        const bool has_nl = nl.count(code) && !nl[code].empty();
        const bool has_en = en.count(code) && !en[code].empty();
        CHECK(has_nl);
        CHECK(has_en);
        if (has_nl && has_en) CHECK(holes(nl[code]) == holes(en[code]));
    }
}

TEST_CASE("wording: texts, facts, weekdays and dates", "[wording]") {
    CHECK(wording::text("home.question", Language::Dutch) == "Waar zoekt u hulp bij?");
    CHECK(wording::text("home.question", Language::English) == "What do you need help with?");
    CHECK(wording::text("bar.list", Language::Dutch, {"3"}) == "Mijn lijst (3)");
    CHECK(wording::text("print.page", Language::English, {"1", "2"}) == "Page 1 of 2");
    CHECK(wording::fill("{} en {}", {"a"}) == "a en ");  // a missing fact leaves nothing, never a crash
    CHECK(wording::weekday(0, Language::Dutch) == "maandag");
    CHECK(wording::weekday(6, Language::English) == "Sunday");
    CHECK(wording::weekday_short(2, Language::Dutch) == "wo");
    CHECK(wording::long_date("2026-11-01", Language::Dutch) == "1 november 2026");
    CHECK(wording::long_date("2026-03-15", Language::English) == "15 March 2026");
    CHECK(wording::long_date("2026-13-01", Language::Dutch) == "2026-13-01");
    CHECK(wording::long_date("soon", Language::English) == "soon");
}

TEST_CASE("wording: every import result is worded in both languages from its facts", "[wording][sync]") {
    using sync::ImportResult;
    sync::PackageDescription package;
    package.version = 12;
    package.created = "2026-12-03";
    package.expires = "2027-06-30";
    for (ImportResult r :
         {ImportResult::Imported, ImportResult::NotApproved, ImportResult::NotNewer, ImportResult::Expired,
          ImportResult::OtherFleet, ImportResult::TooLarge, ImportResult::ReadError, ImportResult::BadCatalogue,
          ImportResult::KioskError, ImportResult::Busy, ImportResult::RolledBackBefore, ImportResult::NotYetValid}) {
        sync::ImportOutcome o;
        o.result = r;
        o.package = package;
        o.installed_version = 15;
        INFO(static_cast<int>(r));
        const std::string nl = o.message(Language::Dutch), en = o.message(Language::English);
        CHECK_FALSE(nl.empty());
        CHECK_FALSE(en.empty());
        CHECK(nl != en);
        CHECK(nl.find("{}") == std::string::npos);
    }
    sync::ImportOutcome done;
    done.result = ImportResult::Imported;
    done.package = package;
    CHECK(done.message(Language::Dutch) ==
          "Bijgewerkt naar versie 12 van 3 december 2026. U kunt de USB-stick verwijderen.");
    CHECK(done.message(Language::English) == "Updated to version 12 of 3 December 2026. You can remove the USB stick.");
    sync::ImportOutcome expired;
    expired.result = ImportResult::Expired;
    expired.package = package;
    CHECK(expired.message(Language::English).find("30 June 2027") != std::string::npos);
    sync::ImportOutcome older;
    older.result = ImportResult::NotNewer;
    older.installed_version = 15;
    CHECK(older.message(Language::Dutch).find("(versie 15)") != std::string::npos);
    sync::ImportOutcome nothing;
    nothing.result = ImportResult::NothingFound;
    CHECK(nothing.message(Language::Dutch).empty());
}

TEST_CASE("wording: the printer's messages, titles and opening hours come from the table", "[wording][print]") {
    using print::PrintPhase;
    CHECK(print::status_message(PrintPhase::NoPaper, Language::Dutch) ==
          wording::text("print.no_paper", Language::Dutch));
    CHECK(print::status_message(PrintPhase::Done, Language::English) == wording::text("print.done", Language::English));
    CHECK(print::title_text(print::Title::ForCaseManager, Language::English) ==
          wording::text("print_title.casemanager", Language::English));
    CHECK(print::parse_title(wording::text("print_title.hulp", Language::English)) == print::Title::HelpNearby);
    const std::vector<OpeningSlot> weekdays{
        {0, 540, 1020}, {1, 540, 1020}, {2, 540, 1020}, {3, 540, 1020}, {4, 540, 1020}};
    CHECK(print::opening_hours_lines(weekdays, Language::Dutch) ==
          std::vector<std::string>{"ma t/m vr 09:00\u201317:00"});
    CHECK(print::opening_hours_lines(weekdays, Language::English) ==
          std::vector<std::string>{"Mon to Fri 09:00\u201317:00"});
}

TEST_CASE("wording: every service kind, audience and cost label has a name in both languages", "[wording]") {
    for (const TagInfo& tag : all_tags()) {
        INFO(tag.code);
        CHECK(wording::known("tag." + std::string(tag.code)));
    }
    // Named the way residents speak, not the way the municipality files it.
    CHECK(wording::lookup("tag.advice", Language::Dutch) != "Advies en loket");
}

TEST_CASE("wording: one way to say a thing (no 'U hebt' beside 'U heeft')", "[wording]") {
    for (Language l : {Language::Dutch, Language::English})
        for (const auto& e : wording::table(l)) {
            INFO(e.code << ": " << e.text);
            CHECK(e.text.find("U hebt") == std::string_view::npos);
            CHECK(e.text.find("u hebt") == std::string_view::npos);
        }
}

TEST_CASE("wording: screen and paper word the cost of every demo service the same way", "[wording][print]") {
    auto opened = Catalogue::open(WEGWIJZER_DEMO_CATALOGUE);
    REQUIRE(opened.ok());
    const Catalogue& catalogue = **opened;
    auto ids = catalogue.database().prepare("SELECT id FROM services ORDER BY id");
    int checked = 0;
    while (ids.step()) {
        const auto service = catalogue.service(ids.text(0));
        REQUIRE(service);
        for (Language l : {Language::Dutch, Language::English}) {
            // The detail screen shows cost_sentences one under the other; paper puts them on one line.
            const std::vector<std::string> screen = cost_sentences(*service, l);
            std::string joined;
            for (const auto& sentence : screen) joined += (joined.empty() ? "" : " ") + sentence;
            INFO(service->summary.id << " " << language_code(l));
            CHECK(print::service_block_text(*service, l).cost == joined);
            // Never "Gratis. Gratis." / "Free. Free.".
            CHECK((screen.size() < 2 || screen[0] != screen[1]));
            REQUIRE_FALSE(screen.empty());
            CHECK(screen.back().back() == '.');
        }
        ++checked;
    }
    CHECK(checked > 100);
}

TEST_CASE("wording: phone labels in English never show the catalogue's Dutch", "[wording]") {
    CHECK(phone_label("Bel voor een kennismaking", Language::Dutch) == "Bel voor een kennismaking");
    CHECK(phone_label("Bel voor een kennismaking", Language::English) == "Call to get to know us");
    CHECK(phone_label("  Algemeen nummer ", Language::English) == "General number");
    CHECK(phone_label("Informatie", Language::English) == "Information");
    // A label the table does not know: a plain English word, not Dutch.
    CHECK(phone_label("Bel de balie van het gemeentehuis", Language::English) ==
          wording::text("detail.phone", Language::English));
    CHECK(phone_label("", Language::Dutch) == wording::text("detail.phone", Language::Dutch));
    // Every phone label the demo catalogue uses has an English text.
    auto opened = Catalogue::open(WEGWIJZER_DEMO_CATALOGUE);
    REQUIRE(opened.ok());
    auto labels = (**opened).database().prepare("SELECT DISTINCT description FROM phones WHERE description <> ''");
    int n = 0;
    while (labels.step()) {
        const std::string dutch = labels.text(0);
        INFO(dutch);
        CHECK(phone_label(dutch, Language::English) != wording::text("detail.phone", Language::English));
        ++n;
    }
    CHECK(n > 10);
}
