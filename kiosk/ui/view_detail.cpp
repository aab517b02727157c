// Detail: everything about one service in plain words, the week's opening hours, how to get
// there, cost, when it was checked; QR codes for phone and website; "Lees voor", "Zet op mijn lijst".
#include <algorithm>

#include "core/cost_wording.h"
#include "core/glossary.h"
#include "core/phone.h"
#include "core/phone_label.h"
#include "core/taxonomy.h"
#include "ui/question_layout.h"
#include "ui/strings.h"
#include "ui/views.h"

namespace ww::ui {

namespace {

// The glossary terms in what the detail page shows: the card's words (jargon_words), the longer
// texts in both languages and the phone labels.
std::vector<const GlossaryEntry*> jargon_of(const ServiceDetail& det) {
    std::string words = jargon_words(det.summary);
    for (const LocalizedText* t : {&det.description, &det.eligibility, &det.fees}) words += t->nl + "\n" + t->en + "\n";
    for (const auto& p : det.phones) words += p.description + "\n";
    return glossary_terms_in(words);
}

// "Wat is dat?": each term in bold with its short explanation, and a clear way back.
void draw_glossary(Canvas& c, const NavState& s, const std::vector<const GlossaryEntry*>& terms, Rect area,
                   const Rect& paging) {
    const Metrics& m = c.m();
    const Language l = s.language;
    const Rect back = take_top(area, m.button_h, m.gap);
    if (c.button("glossary.close", std::string(tr("glossary.close", l)), back, ButtonStyle::Primary))
        c.emit(ActionKind::CloseGlossary);
    // The title stays with the first explanation (ui/question_layout.h): the whole first one under
    // the title in heading size, else in bold body size, else at least the word and the first line
    // of what it means, under the title or else under the button's own words ("Wat is dat?").
    // A page never holds only the title; a long explanation goes on line by line.
    const std::string title(tr("glossary.title", l));
    const std::string short_title(tr("detail.glossary", l));
    QuestionSpace space;
    space.height = area.h;
    space.question_h = c.measure(Font::Heading, title, area.w).y;
    space.question_small_h = c.measure(Font::Bold, title, area.w).y;
    space.question_short_h = c.measure(Font::Bold, short_title, area.w).y;
    QuestionLayout layout;
    if (!terms.empty()) {
        const float term_h = m.gap / 2 + c.measure(Font::Bold, terms.front()->shown_term(l), area.w).y;
        space.choices_h = term_h + c.measure(Font::Body, terms.front()->explanation.in(l), area.w).y;
        layout = choose_question_layout(space);
        if (!layout.fits) {
            space.choices_h = term_h + c.measure(Font::Body, "Hg").y;
            layout = choose_question_layout(space);
        }
    }
    const float origin = c.begin_scroll("glossary", area, true);
    float y = origin;
    c.item_start(y);
    y += c.text(layout.small_question || layout.short_question ? Font::Bold : Font::Heading, {area.x, y},
                layout.short_question ? short_title : title, c.t().heading, area.w);
    for (const GlossaryEntry* e : terms) {
        if (e != terms.front()) c.item_start(y);
        y += m.gap / 2;
        const float top = y;
        // In English the English term, with the Dutch word the resident meets on letters in brackets.
        y += c.text(Font::Bold, {area.x, y}, e->shown_term(l), c.t().heading, area.w);
        y += c.text(Font::Body, {area.x, y}, e->explanation.in(l), c.t().text, area.w);
        // In the UI map (not a button), so the layout walk can see the first page explains a word.
        c.mark("glossary.term." + e->term, e->shown_term(l), {area.x, top, area.w, y - top});
    }
    c.end_scroll(y);
    paging_buttons(c, "glossary", "glossary", s, paging);
}

// The side column's buttons grow with their words (large text in a narrow column), never cut them.
struct ButtonSizes {
    const Canvas& c;
    const NavState& s;

    float label_h(const char* id, float bw) const {
        const Metrics& m = c.m();
        // "Staat op mijn lijst" is a toggle: its tick box takes room from the words (and so does
        // "Wat is dat?" while the explanations are shown).
        const bool toggle =
            std::string(id) == "detail.added" || (std::string(id) == "detail.glossary" && s.show_glossary);
        const float wrap = toggle ? bw - c.toggle_extra_width() : bw - 2 * m.pad;
        return std::max(m.button_h, c.measure(Font::Bold, std::string(tr(id, s.language)), wrap).y + 2 * m.pad);
    }
    float add_h(float bw) const { return std::max(label_h("detail.add", bw), label_h("detail.added", bw)); }
    float button_h(float bw) const {
        return std::max({add_h(bw), label_h("detail.read", bw), label_h("detail.glossary", bw)});
    }
};

// Where the side column (right in landscape, bottom in portrait) and the text go.
struct DetailLayout {
    Rect text;  // the scrolled text
    Rect side;  // the actions and QR codes
    bool landscape = false;
    bool glossary_inline = false;  // "Wat is dat?" follows the phone number in the text
    float bw = 0, bh = 0;          // a button in the portrait strip
    float column_add_h = 0, column_read_h = 0;
};

DetailLayout lay_out_detail(const Canvas& c, const NavState& s, const ScreenData& d, Rect area, bool has_terms) {
    const Metrics& m = c.m();
    const ButtonSizes sizes{c, s};
    DetailLayout out;
    // In landscape the column is wide enough for each button's words on one line (up to 45 % of
    // the width): one-line buttons stack in a low window (1366x768 at 150 %), so the text beside
    // them keeps its whole height and its first page shows the name, the phone number and more.
    // ("Staat op mijn lijst" with its tick box may take two lines: the button keeps that height.)
    float one_line_w = 0;
    for (const char* id : {"detail.add", "detail.read"})
        one_line_w = std::max(one_line_w, c.measure(Font::Bold, std::string(tr(id, s.language))).x + 2 * m.pad + 2);
    const float column_w = std::max({m.target * 4, area.w * 0.3f, std::min(one_line_w, area.w * 0.45f)});
    // A column only when "Zet op mijn lijst" and "Lees voor" fit above the paging row; else the
    // strip at the bottom. "Wat is dat?" goes in the column when it fits too, else it follows the
    // phone number on the text's first page.
    out.column_add_h = sizes.add_h(column_w);
    out.column_read_h = d.speech_available ? sizes.label_h("detail.read", column_w) : 0;
    const float column_actions_h = out.column_add_h + (d.speech_available ? m.gap + out.column_read_h : 0);
    out.landscape = area.w > area.h && column_actions_h <= area.h;
    out.glossary_inline =
        out.landscape && has_terms && column_actions_h + m.gap + sizes.label_h("detail.glossary", column_w) > area.h;
    const int glossary_rows = has_terms ? 1 : 0;
    const float side_w = out.landscape ? column_w : area.w;
    out.bw = out.landscape ? side_w : (side_w - m.gap) / 2;
    out.bh = sizes.button_h(out.bw);
    if (out.landscape) {
        out.side = {area.right() - side_w, area.y, side_w, area.h};
        area.w -= side_w + m.gap;
    } else {
        const float rows_h = float(1 + glossary_rows) * (out.bh + m.gap);
        float h = std::min(area.h * 0.45f, rows_h + m.gap + area.w * 0.4f);
        if (h - rows_h < m.target * 2.5f) h = rows_h - m.gap;  // no room for a readable QR code: the buttons only
        out.side = take_bottom(area, h, m.gap);
    }
    out.text = area;
    return out;
}

void glossary_button(Canvas& c, const NavState& s, const Rect& r) {
    if (c.button("detail.glossary", std::string(tr("detail.glossary", s.language)), r,
                 s.show_glossary ? ButtonStyle::ToggleOn : ButtonStyle::Primary))
        c.emit(s.show_glossary ? ActionKind::CloseGlossary : ActionKind::ShowGlossary);
}

// QR codes for phone and website, side by side or stacked, each with its caption.
void draw_detail_qrs(Canvas& c, const ScreenData& d, Language l, const Rect& col, bool stacked) {
    const Metrics& m = c.m();
    std::vector<std::pair<const QrMatrix*, std::string>> qrs;
    if (d.detail_phone_qr) qrs.push_back({&*d.detail_phone_qr, std::string(tr("detail.qr_phone", l))});
    if (d.detail_web_qr) qrs.push_back({&*d.detail_web_qr, std::string(tr("detail.qr_web", l))});
    if (qrs.empty()) return;
    const int n = int(qrs.size());
    const float cell_w = stacked ? col.w : (col.w - m.gap * float(n - 1)) / float(n);
    const float cell_h = stacked ? (col.h - m.gap * float(n - 1)) / float(n) : col.h;
    for (int i = 0; i < n; ++i) {
        Rect cell = stacked ? Rect{col.x, col.y + float(i) * (cell_h + m.gap), cell_w, cell_h}
                            : Rect{col.x + float(i) * (cell_w + m.gap), col.y, cell_w, cell_h};
        const float cap_h = c.measure(Font::Body, qrs[size_t(i)].second, cell.w).y;
        if (cell.h - cap_h - m.pad / 2 <= m.target) continue;  // never "Scan ..." without a code
        c.text(Font::Body, {cell.x, cell.y}, qrs[size_t(i)].second, c.t().text, cell.w);
        cell.y += cap_h + m.pad / 2;
        cell.h -= cap_h + m.pad / 2;
        draw_qr(c, *qrs[size_t(i)].first, cell);
    }
}

// The side column: "Zet op mijn lijst", "Lees voor", "Wat is dat?", then the QR codes.
void draw_side_column(Canvas& c, const NavState& s, const ScreenData& d, const DetailLayout& lay, bool has_terms) {
    const Metrics& m = c.m();
    const Language l = s.language;
    const std::string& id = d.detail->summary.id;
    Rect col = lay.side;
    const bool on_list = std::find(s.list.begin(), s.list.end(), id) != s.list.end();
    const Rect add_r = lay.landscape ? take_top(col, lay.column_add_h, m.gap) : Rect{col.x, col.y, lay.bw, lay.bh};
    if (c.button("detail.add", std::string(tr(on_list ? "detail.added" : "detail.add", l)), add_r,
                 on_list ? ButtonStyle::ToggleOn : ButtonStyle::Primary) &&
        !on_list)
        c.emit(ActionKind::AddToList, id);
    if (d.speech_available) {
        const Rect read_r = lay.landscape ? take_top(col, lay.column_read_h, m.gap)
                                          : Rect{col.x + lay.bw + m.gap, col.y, lay.bw, lay.bh};
        if (c.button("detail.read", std::string(tr("detail.read", l)), read_r, ButtonStyle::Primary))
            c.emit(ActionKind::SpeakScreen);
    }
    if (!lay.landscape) take_top(col, lay.bh, m.gap);
    // "Wat is dat?": the jargon words of this service explained (again: back to the service).
    if (has_terms && !lay.glossary_inline)
        glossary_button(
            c, s, take_top(col, lay.landscape ? ButtonSizes{c, s}.label_h("detail.glossary", col.w) : lay.bh, m.gap));
    draw_detail_qrs(c, d, l, col, lay.landscape);
}

// The scrolled text, written block by block. Pages break between blocks ("Meer" moves by whole
// paragraphs), a title stays with what follows it, and a paragraph taller than a page is read
// line by line (never half a line).
class TextFlow {
public:
    TextFlow(Canvas& c, const Rect& area, float top) : y(top), c_(c), area_(area) {}

    void section(const std::string& title) {
        c_.item_start(y);
        y += c_.m().gap / 2;
        y += c_.text(Font::Bold, {area_.x, y}, title, c_.t().heading, area_.w);
        after_title_ = true;
    }
    void para(const std::string& text, Font f = Font::Body) {
        if (text.empty()) return;
        if (!after_title_) c_.item_start(y);
        after_title_ = false;
        const float h = c_.measure(f, text, area_.w).y;
        if (h > area_.h)
            for (float line = y + c_.font_px(f); line < y + h - 0.5f; line += c_.font_px(f)) c_.item_start(line);
        y += c_.text(f, {area_.x, y}, text, c_.t().text, area_.w);
    }
    // What follows stays with what came before (a phone number with what it is for).
    void keep_with_previous() { after_title_ = true; }
    // A block that starts its own items (the week's hours).
    void block_done() { after_title_ = false; }

    Canvas& canvas() { return c_; }
    const Rect& area() const { return area_; }
    float y;

private:
    Canvas& c_;
    Rect area_;
    bool after_title_ = false;
};

// What people came for first: the name and one phone number. A long name on a low page must
// leave room for the phone number: in body size, then cut with "…" (the whole name follows the
// number). Returns the name as shown.
std::string draw_name_and_phone(TextFlow& t, const ServiceDetail& det, const std::string& main_phone, Language l) {
    Canvas& c = t.canvas();
    const Metrics& m = c.m();
    const Rect& area = t.area();
    const std::string name = det.summary.name.in(l);
    const float name_room = area.h - (main_phone.empty() ? 0.0f : c.measure(Font::Digits, "0").y + m.gap / 2);
    const Font name_font = c.measure(Font::Heading, name, area.w).y <= name_room ? Font::Heading : Font::Bold;
    const std::string shown_name = cut_to_height(c, name_font, name, area.w, name_room);
    t.y += c.text(name_font, {area.x, t.y}, shown_name, c.t().heading, area.w);
    if (!main_phone.empty()) {
        c.item_start(t.y);
        const std::string call(tr("detail.call", l));
        const float call_w = c.measure(Font::Bold, call + "  ").x;
        const float h1 = c.text(Font::Bold, {area.x, t.y + (m.digits_px - m.body_px) / 2}, call, c.t().heading);
        const float h2 =
            c.text(Font::Digits, {area.x + call_w, t.y}, format_phone(main_phone), c.t().text, area.w - call_w);
        // In the UI map (not a button), so the layout walk can see it is on the first page.
        c.mark("detail.phone", call + " " + format_phone(main_phone), {area.x, t.y, area.w, std::max(h1, h2)});
        t.y += std::max(h1, h2);
    }
    return shown_name;
}

// "Wat is dat?" with no room beside the text: right under what people came for, as wide as its words.
void draw_inline_glossary_button(TextFlow& t, const NavState& s) {
    Canvas& c = t.canvas();
    const Metrics& m = c.m();
    const std::string label(tr("detail.glossary", s.language));
    const float gw = std::min(t.area().w, std::max(m.target * 2, c.measure(Font::Bold, label).x + 2 * m.pad + 2));
    c.item_start(t.y);
    t.y += m.gap / 2;
    const float gh = ButtonSizes{c, s}.label_h("detail.glossary", gw);
    glossary_button(c, s, {t.area().x, t.y, gw, gh});
    t.y += gh + m.gap / 2;
}

// The week's opening hours, today in bold; a long week may break between days.
void draw_hours(TextFlow& t, const ServiceSummary& sum, const ScreenData& d, Language l) {
    t.section(std::string(tr("detail.hours", l)));
    if (sum.opening.empty()) {
        t.para(std::string(tr("hours.unknown", l)));
        return;
    }
    Canvas& c = t.canvas();
    const Rect& area = t.area();
    const float day_w = std::min(area.w * 0.45f, c.measure(Font::Body, "donderdag  ").x + c.m().pad);
    t.block_done();
    for (int day = 0; day < 7; ++day) {
        if (day > 0) c.item_start(t.y);
        const std::string hours = hours_on(sum.opening, day);
        const Font f = day == d.now.weekday ? Font::Bold : Font::Body;
        const float h1 = c.text(f, {area.x, t.y}, std::string(weekday_name(day, l)), c.t().text, day_w);
        const float h2 = c.text(f, {area.x + day_w, t.y}, hours.empty() ? std::string(tr("hours.closed", l)) : hours,
                                hours.empty() ? c.t().closed_today : c.t().text, area.w - day_w);
        t.y += std::max(h1, h2);
    }
}

// Where: the addresses, then how to get there.
void draw_where(TextFlow& t, const ServiceDetail& det, Language l) {
    if (det.locations.empty()) return;
    t.section(std::string(tr("detail.where", l)));
    for (const auto& loc : det.locations) {
        if (!loc.name.empty()) t.para(loc.name);
        t.para(loc.address);
        t.para((loc.postal_code.empty() ? "" : loc.postal_code + "  ") + loc.city);
    }
    std::string transport;
    for (const auto& loc : det.locations)
        if (!loc.transportation.empty()) transport = loc.transportation.in(l);
    if (!transport.empty()) {
        t.section(std::string(tr("detail.getting_there", l)));
        t.para(transport);
    }
}

// Contact: the other numbers, each with what it is for (the catalogue says that in Dutch only),
// the website and the e-mail address.
void draw_contact(TextFlow& t, const ServiceDetail& det, const std::string& main_phone, Language l) {
    t.section(std::string(tr("detail.contact", l)));
    for (const auto& p : det.phones) {
        if (format_phone(p.number) == format_phone(main_phone)) continue;
        t.para(phone_label(p.description, l));
        t.keep_with_previous();  // a number never starts a page without what it is for
        t.para(format_phone(p.number), Font::Digits);
    }
    // Addresses break only after '@', '.' or '/', never with a hyphen (wrap_lines).
    t.para(det.url.empty() ? det.organization_website : det.url);
    t.para(det.email);
}

// The text, scrolled, with "Vorige"/"Meer" underneath.
void draw_detail_text(Canvas& c, const NavState& s, const ScreenData& d, const DetailLayout& lay, const Rect& paging) {
    const Language l = s.language;
    const ServiceDetail& det = *d.detail;
    const ServiceSummary& sum = det.summary;
    TextFlow t(c, lay.text, c.begin_scroll("detail", lay.text, true));
    const std::string main_phone = !sum.phone.empty()   ? sum.phone
                                   : det.phones.empty() ? std::string()
                                                        : det.phones.front().number;
    const std::string shown_name = draw_name_and_phone(t, det, main_phone, l);
    if (lay.glossary_inline) draw_inline_glossary_button(t, s);
    const std::string name = sum.name.in(l);
    if (shown_name != name) t.para(name, Font::Bold);
    // The short summary only when the description does not already say it.
    const std::string summary = sum.summary.in(l);
    const std::string description = det.description.in(l);
    if (!description.empty() && description.find(summary) == std::string::npos) t.para(summary);
    if (!sum.organization.empty()) t.para(sum.organization);

    t.section(std::string(tr("detail.what", l)));
    t.para(description.empty() ? summary : description);

    std::string who;
    for (std::string_view code : {tag::kAudiencePerson, tag::kAudienceCarer})
        if (sum.has_tag(code)) who += (who.empty() ? "" : "\n") + category_name(std::string(code), l);
    if (!who.empty() || !det.eligibility.empty()) {
        t.section(std::string(tr("detail.who", l)));
        t.para(who);
        t.para(det.eligibility.in(l));
    }

    draw_hours(t, sum, d, l);
    for (const auto& note : det.schedule_notes) t.para(note.in(l));
    draw_where(t, det, l);

    t.section(std::string(tr("detail.cost", l)));
    for (const std::string& sentence : cost_sentences(det, l)) t.para(sentence);

    draw_contact(t, det, main_phone, l);

    if (!det.assured_date.empty()) {
        t.y += c.m().gap / 2;
        t.para(tr("detail.checked", l, {display_date(det.assured_date, l)}));
    }
    c.end_scroll(t.y);
    paging_buttons(c, "detail", "detail", s, paging);
}

}  // namespace

void draw_detail(Canvas& c, const NavState& s, const ScreenData& d, Rect area) {
    if (!d.detail) {
        c.text(Font::Body, {area.x, area.y}, std::string(tr("detail.missing", s.language)), c.t().text, area.w);
        return;
    }
    const Rect paging = take_paging_row(c, area);  // "Meer" where it is on every screen
    const std::vector<const GlossaryEntry*> terms = jargon_of(*d.detail);
    const DetailLayout lay = lay_out_detail(c, s, d, area, !terms.empty());
    draw_side_column(c, s, d, lay, !terms.empty());
    if (s.show_glossary && !terms.empty()) {
        draw_glossary(c, s, terms, lay.text, paging);
        return;
    }
    draw_detail_text(c, s, d, lay, paging);
}

}  // namespace ww::ui
