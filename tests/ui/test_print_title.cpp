// "Printen" with a printer asks "Welke titel wilt u boven uw lijst?" first; the chosen title goes
// back to the list (where the app prints it), and the idle reset forgets the choice.
#include <catch2/catch.hpp>

#include <string>

#include "ui/nav.h"

using namespace ww;
using namespace ww::ui;

namespace {
FlowContext with_printer(bool printer) {
    FlowContext ctx{"Emmen", 20};
    ctx.print_available = printer;
    return ctx;
}
NavState on_list(const FlowContext& ctx) {
    NavState s;
    s = apply(s, {ActionKind::AddToList, "svc-1"}, ctx);
    s = apply(s, {ActionKind::AddToList, "svc-2"}, ctx);
    return apply(s, {ActionKind::OpenList, {}}, ctx);
}
}  // namespace

TEST_CASE("print title: with a printer, Printen asks for the title, a choice returns to the list", "[flow][print]") {
    const FlowContext ctx = with_printer(true);
    NavState s = on_list(ctx);
    REQUIRE(s.screen == Screen::MyList);
    s = apply(s, {ActionKind::ShowListQr, {}}, ctx);
    REQUIRE(s.show_list_qr);

    s = apply(s, {ActionKind::PrintList, {}}, ctx);
    CHECK(s.screen == Screen::PrintTitle);
    CHECK(std::string(screen_name(s.screen)) == "print.title");
    CHECK_FALSE(s.show_list_qr);  // the question stands alone
    CHECK(s.print_title.empty());

    s = apply(s, {ActionKind::ChooseTitle, "casemanager"}, ctx);
    CHECK(s.screen == Screen::MyList);
    CHECK(s.print_title == "casemanager");
    CHECK(s.list == std::vector<std::string>{"svc-1", "svc-2"});  // printing keeps the list

    // A second print asks again; the last choice is remembered until the choice changes.
    s = apply(s, {ActionKind::PrintList, {}}, ctx);
    CHECK(s.screen == Screen::PrintTitle);
    CHECK(s.print_title == "casemanager");
    s = apply(s, {ActionKind::ChooseTitle, "hulp"}, ctx);
    CHECK(s.print_title == "hulp");
    CHECK(s.screen == Screen::MyList);
}

TEST_CASE("print title: Back leaves the question without a choice, Home keeps the list", "[flow][print]") {
    const FlowContext ctx = with_printer(true);
    NavState s = apply(on_list(ctx), {ActionKind::PrintList, {}}, ctx);
    REQUIRE(s.screen == Screen::PrintTitle);
    s = apply(s, {ActionKind::Back, {}}, ctx);
    CHECK(s.screen == Screen::MyList);
    CHECK(s.print_title.empty());

    s = apply(s, {ActionKind::PrintList, {}}, ctx);
    s = apply(s, {ActionKind::Home, {}}, ctx);
    CHECK(s.screen == Screen::Home);
    CHECK(s.list.size() == 2);
    // A stray title tap outside the question changes nothing.
    const NavState before = s;
    CHECK(apply(s, {ActionKind::ChooseTitle, "lijst"}, ctx) == before);
}

TEST_CASE("print title: no printer or an empty list asks nothing (the app shows the QR code)", "[flow][print]") {
    const FlowContext none = with_printer(false);
    NavState s = on_list(none);
    CHECK(apply(s, {ActionKind::PrintList, {}}, none).screen == Screen::MyList);

    const FlowContext printer = with_printer(true);
    NavState empty = apply(NavState{}, {ActionKind::OpenList, {}}, printer);
    CHECK(apply(empty, {ActionKind::PrintList, {}}, printer).screen == Screen::MyList);

    // An empty title code is not a choice.
    s = apply(on_list(printer), {ActionKind::PrintList, {}}, printer);
    CHECK(apply(s, {ActionKind::ChooseTitle, ""}, printer).screen == Screen::PrintTitle);
}

TEST_CASE("print title: the idle reset forgets the chosen title", "[flow][print][idle]") {
    const FlowContext ctx = with_printer(true);
    NavState s = apply(on_list(ctx), {ActionKind::PrintList, {}}, ctx);
    s = apply(s, {ActionKind::ChooseTitle, "casemanager"}, ctx);
    REQUIRE(s.print_title == "casemanager");
    CHECK_FALSE(is_fresh(s));
    s = apply(s, {ActionKind::ResetSession, {}}, ctx);
    CHECK(s.print_title.empty());
    CHECK(s.list.empty());
    CHECK(is_fresh(s));

    // Reset while the question is up: back to a fresh start too.
    s = apply(on_list(ctx), {ActionKind::PrintList, {}}, ctx);
    s = apply(s, {ActionKind::ResetSession, {}}, ctx);
    CHECK(s.screen == Screen::Home);
    CHECK(is_fresh(s));
}
