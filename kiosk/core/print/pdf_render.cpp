#include "core/print/pdf_render.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <string>

#include "adapters/qr.h"
#include "core/atomic_file.h"
#include "core/print/print_content.h"
#include "core/wording.h"

namespace ww::print {

namespace {

constexpr const char* kFontFamily = "Noto Sans";
constexpr double kParagraphGap = 4;  // between paragraphs of one block
constexpr double kBlockGap = 10;     // between two blocks
constexpr double kSectionGap = 10;   // between header, blocks and footer
constexpr double kQrGap = 12;        // between the text column and the QR codes
constexpr double kQrLabelGap = 2;

struct GObjectDeleter {
    void operator()(void* p) const { g_object_unref(p); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectDeleter>;

// Text from a catalogue, a config or a phrase, made safe for Pango markup: bytes that are not
// UTF-8 become U+FFFD, control characters (which GMarkup refuses even when escaped, and then
// the whole paragraph would be lost) become spaces, bidi overrides and isolates are dropped (the
// printed number must read as the QR code dials it); then < > & ' " are escaped.
std::string esc(const std::string& text) {
    gchar* valid = g_utf8_make_valid(text.data(), static_cast<gssize>(text.size()));
    std::string clean;
    for (const gchar* p = valid; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)) clean += ' ';
        else if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) continue;
        else clean.append(p, static_cast<size_t>(g_utf8_next_char(p) - p));
    }
    g_free(valid);
    gchar* e = g_markup_escape_text(clean.c_str(), static_cast<gssize>(clean.size()));
    std::string out(e);
    g_free(e);
    return out;
}

// Phone numbers and opening times are never wrapped over two lines: a word joiner after each
// space and around dashes (pango 1.50 ignores the allow_breaks attribute; a no-break space
// would hide the number from text extraction).
std::string unbroken(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ' ') {
            out += " \u2060";
        } else if (text.compare(i, 3, "\u2013") == 0) {
            out += "\u2060\u2013\u2060";
            i += 2;
        } else {
            out += text[i];
        }
    }
    return esc(out);
}

// "ma t/m vr 09:00–17:00 en 19:00–21:00": the days may wrap, each time range may not.
std::string opening_markup(const std::string& line) {
    std::string out;
    size_t start = 0;
    while (start < line.size()) {
        size_t space = line.find(' ', start);
        if (space == std::string::npos) space = line.size();
        std::string word = line.substr(start, space - start);
        bool is_time = word.size() > 5 && word[2] == ':' && std::isdigit(static_cast<unsigned char>(word[0]));
        out += is_time ? unbroken(word) : esc(word);
        if (space < line.size()) out += ' ';
        start = space + 1;
    }
    return out;
}

std::string labelled(wording::Code label, const std::string& text, Language language) {
    return "<b>" + esc(std::string(wording::text(label, language))) + ":</b> " + esc(text);
}

// One laid-out paragraph at a position relative to its block.
struct Placed {
    LayoutPtr layout;
    double x = 0;
    double y = 0;
};

struct PlacedQr {
    QrMatrix matrix;
    double x = 0;
    double y = 0;
    double size = 0;
};

struct BlockLayout {
    std::vector<Placed> texts;
    std::vector<PlacedQr> qrs;
    double height = 0;
};

class Typesetter {
public:
    explicit Typesetter(cairo_t* cr) : context_(pango_cairo_create_context(cr)) {
        // 72 dpi: one pango unit of size is one PDF point.
        pango_cairo_context_set_resolution(context_, 72);
        cairo_font_options_t* options = cairo_font_options_create();
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
        pango_cairo_context_set_font_options(context_, options);
        cairo_font_options_destroy(options);
    }
    ~Typesetter() { g_object_unref(context_); }
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    // A wrapped paragraph of Pango markup; long words break between letters when they must.
    LayoutPtr paragraph(const std::string& markup, double size_pt, bool bold, double width, double spacing) {
        LayoutPtr layout(pango_layout_new(context_));
        PangoFontDescription* font = pango_font_description_new();
        pango_font_description_set_family(font, kFontFamily);
        pango_font_description_set_size(font, static_cast<int>(size_pt * PANGO_SCALE));
        pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
        pango_layout_set_font_description(layout.get(), font);
        pango_font_description_free(font);
        pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
        pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
        // Markup that does not parse would leave the paragraph empty: print it as plain text then.
        if (pango_parse_markup(markup.c_str(), -1, 0, nullptr, nullptr, nullptr, nullptr))
            pango_layout_set_markup(layout.get(), markup.c_str(), -1);
        else pango_layout_set_markup(layout.get(), esc(markup).c_str(), -1);
        // Line spacing as typographers mean it: baseline to baseline = spacing x font size.
        PangoAttrList* attrs = pango_attr_list_copy(pango_layout_get_attributes(layout.get()));
        if (!attrs) attrs = pango_attr_list_new();
        pango_attr_list_insert(attrs,
                               pango_attr_line_height_new_absolute(static_cast<int>(spacing * size_pt * PANGO_SCALE)));
        // No ligatures: "ff" in "Uffelte" stays two letters, for readers and for text search in
        // the PDF after a printer driver has rewritten it.
        pango_attr_list_insert(attrs, pango_attr_font_features_new("liga 0, clig 0"));
        pango_layout_set_attributes(layout.get(), attrs);
        pango_attr_list_unref(attrs);
        PangoRectangle logical;
        pango_layout_get_extents(layout.get(), nullptr, &logical);
        double right = static_cast<double>(logical.x + logical.width) / PANGO_SCALE;
        overflow_ = std::max(overflow_, right - width);
        return layout;
    }

    static double height(const PangoLayout* layout) {
        PangoRectangle logical;
        pango_layout_get_extents(const_cast<PangoLayout*>(layout), nullptr, &logical);
        return static_cast<double>(logical.height) / PANGO_SCALE;
    }

    double overflow() const { return overflow_ > 0.5 ? overflow_ : 0; }

private:
    PangoContext* context_;
    double overflow_ = 0;
};

// Adds a paragraph below the previous ones; returns the new bottom.
double stack(BlockLayout& block, LayoutPtr layout, double x, double y) {
    double h = Typesetter::height(layout.get());
    block.texts.push_back({std::move(layout), x, y});
    return y + h;
}

BlockLayout lay_out_block(Typesetter& ts, const ServiceBlockText& b, const PaperGeometry& g, Language language) {
    BlockLayout block;
    const double pad = g.qr_beside_text ? 8 : 0;
    const double inner = g.content_width() - 2 * pad;
    const double text_width = g.qr_beside_text ? inner - g.qr_size - kQrGap : inner;

    double y = pad;
    auto add = [&](const std::string& markup, double size, bool bold) {
        if (y > pad) y += kParagraphGap;
        y = stack(block, ts.paragraph(markup, size, bold, text_width, size >= kNamePt ? 1.2 : kLineSpacing), pad, y);
    };
    add(esc(b.name), kNamePt, true);
    if (!b.summary.empty()) add(esc(b.summary), kBodyPt, false);
    if (!b.address.empty()) add(labelled("print.address", b.address, language), kBodyPt, false);
    if (!b.phone.empty())
        add(esc(std::string(wording::text("print.phone", language))) + ": " + unbroken(b.phone), kPhonePt, true);
    {
        std::string open = "<b>" + esc(std::string(wording::text("print.open", language))) + ":</b>";
        if (b.opening_lines.empty()) {
            open += " " + esc(std::string(wording::text("hours.unknown", language)));
        } else {
            // The first line beside the label, the others below it.
            for (size_t i = 0; i < b.opening_lines.size(); ++i)
                open += (i ? "\n" : " ") + opening_markup(b.opening_lines[i]);
        }
        add(open, kBodyPt, false);
    }
    add(labelled("print.cost", b.cost, language), kBodyPt, false);
    if (!b.getting_there.empty()) add(labelled("print.getting_there", b.getting_there, language), kBodyPt, false);
    double text_bottom = y;

    // QR codes: for the phone number and the website, each with a label underneath.
    struct Code {
        const std::string* text;
        wording::Code label;
    };
    std::vector<Code> codes;
    if (!b.tel_uri.empty()) codes.push_back({&b.tel_uri, "print.qr_call"});
    if (!b.website.empty()) codes.push_back({&b.website, "print.qr_web"});
    double qr_bottom = 0;
    double qx = g.qr_beside_text ? pad + text_width + kQrGap : 0;
    double qy = g.qr_beside_text ? pad : text_bottom + kParagraphGap * 2;
    for (const auto& code : codes) {
        auto matrix = make_link_qr(*code.text);  // http(s) and tel: only; else no QR code
        if (!matrix) continue;
        block.qrs.push_back({std::move(matrix.value()), qx, qy, g.qr_size});
        LayoutPtr label =
            ts.paragraph(esc(std::string(wording::text(code.label, language))), kBodyPt, true, g.qr_size, 1.0);
        pango_layout_set_alignment(label.get(), PANGO_ALIGN_CENTER);
        double bottom = stack(block, std::move(label), qx, qy + g.qr_size + kQrLabelGap);
        qr_bottom = std::max(qr_bottom, bottom);
        if (g.qr_beside_text) {
            qy = bottom + kParagraphGap * 2;
        } else {
            qx += g.qr_size + kQrGap;
        }
    }
    block.height = std::max(text_bottom, qr_bottom) + pad;
    return block;
}

void draw_qr(cairo_t* cr, const PlacedQr& q, double ox, double oy) {
    const int quiet = 4;
    const double module = q.size / (q.matrix.size + 2 * quiet);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, ox + q.x, oy + q.y, q.size, q.size);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    for (int y = 0; y < q.matrix.size; ++y) {
        for (int x = 0; x < q.matrix.size;) {
            if (!q.matrix.at(x, y)) {
                ++x;
                continue;
            }
            int run = x;
            while (run < q.matrix.size && q.matrix.at(run, y)) ++run;
            // Runs of dark modules as one rectangle; a hair of overlap avoids seams in viewers.
            cairo_rectangle(cr, ox + q.x + (x + quiet) * module, oy + q.y + (y + quiet) * module, (run - x) * module,
                            module + 0.05);
            x = run;
        }
    }
    cairo_fill(cr);
}

void draw_text(cairo_t* cr, PangoLayout* layout, double x, double y) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
}

void draw_layout(cairo_t* cr, const Placed& p, double ox, double oy) {
    draw_text(cr, p.layout.get(), ox + p.x, oy + p.y);
}

void draw_block(cairo_t* cr, const BlockLayout& block, const PaperGeometry& g, double x, double y) {
    if (g.qr_beside_text) {
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_set_line_width(cr, 1.5);
        cairo_rectangle(cr, x, y, g.content_width(), block.height);
        cairo_stroke(cr);
    }
    for (const auto& t : block.texts) draw_layout(cr, t, x, y);
    for (const auto& q : block.qrs) draw_qr(cr, q, x, y);
}

struct Header {
    std::vector<Placed> lines;  // the title and the demo notice
    double height = 0;
    double demo_y = 0;  // the demo notice's frame (demo_h 0: no notice)
    double demo_h = 0;
};

std::string page_text(int page, int pages, Language language) {
    return wording::text("print.page", language, {std::to_string(page), std::to_string(pages)});
}

// The footer of one page: the first line ends with the page number.
std::vector<LayoutPtr> footer_layouts(Typesetter& ts, const PrintRequest& request, int page, int pages, double width) {
    std::vector<std::string> lines = footer_lines(request);
    lines.front() += " \u00b7 " + page_text(page, pages, request.language);
    std::vector<LayoutPtr> out;
    for (auto& line : lines) {
        std::string markup = esc(line);
        // Keep the helpline's number on one line.
        if (std::string phone = esc(request.helpline_phone); !phone.empty()) {
            if (size_t at = markup.rfind(phone); at != std::string::npos)
                markup.replace(at, phone.size(), unbroken(request.helpline_phone));
        }
        out.push_back(ts.paragraph(markup, kFooterPt, false, width, 1.3));
    }
    return out;
}

double total_height(const std::vector<LayoutPtr>& layouts) {
    double h = 0;
    for (const auto& l : layouts) h += Typesetter::height(l.get());
    return h;
}

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::vector<unsigned char>*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

// Header: the chosen title, and "Voorbeeldgegevens" in a frame when the catalogue is demo data.
Header lay_out_header(Typesetter& ts, const PrintRequest& request, double width) {
    const Language lang = request.language;
    Header header;
    LayoutPtr title = ts.paragraph(esc(std::string(title_text(request.title, lang))), kTitlePt, true, width, 1.2);
    header.height = Typesetter::height(title.get());
    header.lines.push_back({std::move(title), 0, 0});
    if (request.catalogue.demo) {
        header.demo_y = header.height + kParagraphGap;
        LayoutPtr notice = ts.paragraph(esc(std::string(wording::text("print.demo", lang))), 18, true, width - 12, 1.2);
        header.demo_h = Typesetter::height(notice.get()) + 6;
        header.lines.push_back({std::move(notice), 6, header.demo_y + 3});
        header.height = header.demo_y + header.demo_h;
    }
    return header;
}

void draw_header(cairo_t* cr, const Header& header, const PaperGeometry& g) {
    for (const auto& h : header.lines) draw_layout(cr, h, g.margin_x, g.margin_y);
    if (header.demo_h > 0) {
        cairo_set_line_width(cr, 2);
        cairo_rectangle(cr, g.margin_x, g.margin_y + header.demo_y, g.content_width(), header.demo_h);
        cairo_stroke(cr);
    }
}

// Roll blocks have no frame: a wider gap with a rule in it keeps services apart.
double block_gap(const PaperGeometry& g) { return g.qr_beside_text ? kBlockGap : 2 * kBlockGap; }

// One page's blocks, top to bottom between the header and the footer.
void draw_blocks(cairo_t* cr, const std::vector<BlockLayout>& blocks, const PagePlan& page, const PaperGeometry& g,
                 double top, double bottom) {
    const double gap = block_gap(g);
    cairo_save(cr);
    cairo_rectangle(cr, 0, top - 1, g.width, bottom - top + 2);
    cairo_clip(cr);
    double by = top;
    for (size_t i : page.blocks) {
        if (!g.qr_beside_text && i != page.blocks.front()) {
            cairo_set_line_width(cr, 2);
            cairo_move_to(cr, g.margin_x, by - gap / 2);
            cairo_line_to(cr, g.margin_x + g.content_width(), by - gap / 2);
            cairo_stroke(cr);
        }
        draw_block(cr, blocks[i], g, g.margin_x, by);
        by += blocks[i].height + gap;
    }
    cairo_restore(cr);
}

// Footer: a rule, then the kiosk and page number, the dates and the helpline.
void draw_footer(cairo_t* cr, Typesetter& ts, const PrintRequest& request, const PaperGeometry& g, double fy, int page,
                 int pages) {
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, g.margin_x, fy - kSectionGap / 2);
    cairo_line_to(cr, g.margin_x + g.content_width(), fy - kSectionGap / 2);
    cairo_stroke(cr);
    for (const auto& l : footer_layouts(ts, request, page, pages, g.content_width())) {
        draw_text(cr, l.get(), g.margin_x, fy);
        fy += Typesetter::height(l.get());
    }
}

}  // namespace

Result<RenderedList> render_list(const PrintRequest& request) {
    if (request.services.empty()) return fail("nothing to print: the list is empty");
    const PaperGeometry g = paper_geometry(request.paper);
    const Language lang = request.language;

    RenderedList out;
    out.page_width = g.width;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_bytes, &out.pdf, g.width, g.height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                   std::string(title_text(request.title, lang)).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Wegwijzer");
    cairo_t* cr = cairo_create(surface);
    {
        Typesetter ts(cr);
        const Header header = lay_out_header(ts, request, g.content_width());
        // The footer's height does not depend on the page number's digits (one line either way).
        const double footer_height = total_height(footer_layouts(ts, request, 99, 99, g.content_width()));

        // Blocks, measured, then put on pages.
        std::vector<BlockLayout> blocks;
        blocks.reserve(request.services.size());
        for (const auto& s : request.services) {
            blocks.push_back(lay_out_block(ts, service_block_text(s, lang), g, lang));
            out.block_heights.push_back(blocks.back().height);
        }
        const double furniture = 2 * g.margin_y + header.height + footer_height + 2 * kSectionGap;
        out.pages = paginate(out.block_heights, g.height - furniture, block_gap(g));
        const int page_count = static_cast<int>(out.pages.size());

        for (int p = 0; p < page_count; ++p) {
            const PagePlan& page = out.pages[static_cast<size_t>(p)];
            const double page_height = g.grows_to_fit ? std::min(g.height, furniture + page.used_height) : g.height;
            out.page_heights.push_back(page_height);
            cairo_pdf_surface_set_size(surface, g.width, page_height);
            draw_header(cr, header, g);
            const double top = g.margin_y + header.height + kSectionGap;
            const double bottom = page_height - g.margin_y - footer_height - kSectionGap;
            draw_blocks(cr, blocks, page, g, top, bottom);
            draw_footer(cr, ts, request, g, page_height - g.margin_y - footer_height, p + 1, page_count);
            cairo_show_page(cr);
        }
        out.widest_overflow = ts.overflow();
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) {
        return fail(std::string("could not make the PDF: ") + cairo_status_to_string(status));
    }
    return out;
}

Result<std::vector<unsigned char>> render_report_pdf(const ReportDocument& document) {
    constexpr double kReportBodyPt = 11;
    constexpr double kReportHeadingPt = 14;
    constexpr double kReportTitlePt = 20;
    constexpr double kIndent = 12 * kPointsPerMm;
    const PaperGeometry g = paper_geometry(Paper::A4);
    const double width = g.content_width();

    std::vector<unsigned char> pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(append_bytes, &pdf, g.width, g.height);
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, document.title.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Wegwijzer");
    cairo_t* cr = cairo_create(surface);
    {
        Typesetter ts(cr);
        std::vector<Placed> header;
        double header_height = 0;
        auto add_header = [&](LayoutPtr layout) {
            double h = Typesetter::height(layout.get());
            header.push_back({std::move(layout), 0, header_height});
            header_height += h + kParagraphGap;
        };
        add_header(ts.paragraph(esc(document.title), kReportTitlePt, true, width, 1.2));
        for (const auto& line : document.header_lines)
            add_header(ts.paragraph(esc(line), kReportBodyPt, false, width, 1.3));

        std::vector<Placed> paragraphs;
        std::vector<double> heights;
        for (const auto& p : document.paragraphs) {
            const double indent = kIndent * std::max(0, p.indent);
            const double top = p.heading ? kSectionGap : 0;
            LayoutPtr layout = ts.paragraph(esc(p.text), p.heading ? kReportHeadingPt : kReportBodyPt,
                                            p.bold || p.heading, width - indent, 1.3);
            heights.push_back(top + Typesetter::height(layout.get()));
            paragraphs.push_back({std::move(layout), indent, top});
        }
        const double footer_height = Typesetter::height(ts.paragraph("9", kReportBodyPt, false, width, 1.3).get());
        const double furniture = 2 * g.margin_y + header_height + footer_height + 2 * kSectionGap;
        auto pages = paginate(heights, g.height - furniture, kParagraphGap / 2);
        const int page_count = static_cast<int>(pages.size());
        for (int p = 0; p < page_count; ++p) {
            for (const auto& h : header) draw_layout(cr, h, g.margin_x, g.margin_y);
            double y = g.margin_y + header_height + kSectionGap;
            for (size_t i : pages[static_cast<size_t>(p)].blocks) {
                draw_layout(cr, paragraphs[i], g.margin_x, y);
                y += heights[i] + kParagraphGap / 2;
            }
            double fy = g.height - g.margin_y - footer_height;
            cairo_set_line_width(cr, 0.5);
            cairo_move_to(cr, g.margin_x, fy - kSectionGap / 2);
            cairo_line_to(cr, g.margin_x + width, fy - kSectionGap / 2);
            cairo_stroke(cr);
            LayoutPtr footer =
                ts.paragraph(esc(page_text(p + 1, page_count, document.language)), kReportBodyPt, false, width, 1.3);
            draw_text(cr, footer.get(), g.margin_x, fy);
            cairo_show_page(cr);
        }
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS)
        return fail(std::string("could not make the PDF: ") + cairo_status_to_string(status));
    return pdf;
}

Result<std::vector<unsigned char>> render_list_pdf(const PrintRequest& request) {
    auto rendered = render_list(request);
    if (!rendered) return fail(rendered.error());
    return std::move(rendered.value().pdf);
}

Status write_list_pdf(const PrintRequest& request, const std::filesystem::path& path) {
    auto pdf = render_list_pdf(request);
    if (!pdf) return fail(pdf.error());
    return write_pdf_file(*pdf, path);
}

Status write_pdf_file(const std::vector<unsigned char>& pdf, const std::filesystem::path& path) {
    return write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(pdf.data()), pdf.size()));
}

}  // namespace ww::print
