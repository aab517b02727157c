#pragma once
// The large-print list as a PDF (cairo + pango, Noto Sans embedded as subsets).
//
// Dementia-friendly print: body text 16 pt, service names and phone numbers 22 pt bold, line
// spacing 1.5, one framed block per service and never a block split over two pages. A4 pages
// carry the QR codes in a column beside the text; the 80 mm roll gets one long page per print
// (at most 1 m; a longer list continues on a next page, again without splitting a service).
#include <filesystem>
#include <string>
#include <vector>

#include "core/print/page_layout.h"
#include "core/print/print_request.h"
#include "core/result.h"

namespace ww::print {

// Font sizes in points.
constexpr double kBodyPt = 16;
constexpr double kNamePt = 22;
constexpr double kPhonePt = 22;
constexpr double kTitlePt = 28;
constexpr double kFooterPt = 14;
constexpr double kLineSpacing = 1.5;

struct RenderedList {
    std::vector<unsigned char> pdf;
    std::vector<PagePlan> pages;        // which blocks went on which page
    std::vector<double> block_heights;  // points, as measured by pango
    std::vector<double> page_heights;   // points (roll pages vary)
    double page_width = 0;
    double widest_overflow = 0;  // points a text line sticks out of its column (0: none)
};

// Lays out and draws the list. Fails with a message only when cairo cannot make the PDF or the
// request has no services.
Result<RenderedList> render_list(const PrintRequest& request);
Result<std::vector<unsigned char>> render_list_pdf(const PrintRequest& request);
// Writes the PDF to a temporary file next to `path`, then renames it into place.
Status write_list_pdf(const PrintRequest& request, const std::filesystem::path& path);
Status write_pdf_file(const std::vector<unsigned char>& pdf, const std::filesystem::path& path);

// A plain A4 document for staff to approve and file (`kioskctl diff --pdf`): a title, a few lines
// under it, then paragraphs (never split over two pages), "page 1 of 2" at the foot of each page.
// The same fonts, escaping and PDF set-up as the list, at office sizes (11 pt body).
struct ReportParagraph {
    std::string text;  // plain text, escaped here
    int indent = 0;    // steps of 12 mm
    bool bold = false;
    bool heading = false;  // larger, with space above
};
struct ReportDocument {
    std::string title;
    std::vector<std::string> header_lines;
    std::vector<ReportParagraph> paragraphs;
    Language language = Language::Dutch;
};
Result<std::vector<unsigned char>> render_report_pdf(const ReportDocument& document);

}  // namespace ww::print
