// QR codes with libqrcodegencpp, and the texts they carry: tel: links and the resident's list.
#include "adapters/qr.h"

#include <algorithm>
#include <cctype>

#include <qrcodegen/qrcodegen.hpp>

#include "core/phone.h"
#include "core/value_rules.h"
#include "core/wording.h"

namespace ww {
namespace {

// Cuts UTF-8 text to at most `max_bytes` without splitting a character, adding "…" when cut.
std::string shortened(const std::string& text, size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    const std::string ellipsis = "\u2026";
    if (max_bytes <= ellipsis.size()) return "";
    size_t end = max_bytes - ellipsis.size();
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // continuation byte
    // End at a whole word when one ends in the second half.
    if (text[end] != ' ') {
        const size_t space = text.rfind(' ', end);
        if (space != std::string::npos && space > end / 2) end = space;
    }
    while (end > 0 && std::string_view(" ,;:").find(text[end - 1]) != std::string_view::npos) --end;
    return text.substr(0, end) + ellipsis;
}

std::string service_block(int number, const ServiceSummary& s, Language language, size_t summary_bytes) {
    std::string block = std::to_string(number) + ". " + s.name.in(language) + "\n";
    const std::string& summary = s.summary.in(language);
    if (summary_bytes > 0 && !summary.empty()) block += shortened(summary, summary_bytes) + "\n";
    if (!s.phone.empty()) block += wording::text("card.phone", language, {format_phone(s.phone)}) + "\n";
    if (!s.town.empty()) block += s.town + "\n";
    return block;
}

std::string list_text(const std::vector<ServiceSummary>& services, size_t count, Language language,
                      size_t summary_bytes) {
    std::string text = std::string(wording::text("qr.list_title", language)) + "\n";
    for (size_t i = 0; i < count; ++i)
        text += "\n" + service_block(static_cast<int>(i + 1), services[i], language, summary_bytes);
    if (count < services.size()) {
        const std::string more = std::to_string(services.size() - count);
        text += "\n" + wording::text("qr.more", language, {more}) + "\n";
    }
    return text;
}

QrMatrix to_matrix(const qrcodegen::QrCode& code) {
    QrMatrix matrix;
    matrix.size = code.getSize();
    matrix.dark.resize(static_cast<size_t>(matrix.size) * matrix.size);
    for (int y = 0; y < matrix.size; ++y)
        for (int x = 0; x < matrix.size; ++x)
            matrix.dark[static_cast<size_t>(y) * matrix.size + x] = code.getModule(x, y) ? 1 : 0;
    return matrix;
}

}  // namespace

Result<QrMatrix> make_qr(std::string_view text) {
    try {
        return to_matrix(qrcodegen::QrCode::encodeText(std::string(text).c_str(), qrcodegen::QrCode::Ecc::MEDIUM));
    } catch (const qrcodegen::data_too_long&) {
        return fail("the text (" + std::to_string(text.size()) + " bytes) is too long for a QR code");
    }
}

Result<QrMatrix> make_link_qr(std::string_view target) {
    if (target.starts_with("tel:")) {
        std::string_view number = target.substr(4);
        if (number.starts_with("+")) number.remove_prefix(1);
        if (number.size() < 3 || number.size() > 20 ||
            !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return fail("'" + std::string(target.substr(0, 40)) + "' is not a phone number a QR code can dial");
    } else if (auto problem = url_problem(target)) {
        return fail("no QR code: the link " + *problem);
    }
    try {
        const auto segments = qrcodegen::QrSegment::makeSegments(std::string(target).c_str());
        return to_matrix(
            qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM, 1, kLinkQrMaxVersion));
    } catch (const qrcodegen::data_too_long&) {
        return fail("no QR code: the link (" + std::to_string(target.size()) +
                    " bytes) is too long for a phone to read");
    }
}

std::string tel_uri(std::string_view phone) {
    std::string digits;
    for (char c : phone) {
        if (std::isdigit(static_cast<unsigned char>(c))) digits += c;
        else if (c == '+' && digits.empty()) digits += c;
        // spaces, dashes, dots, brackets and words like "Tel." are left out
    }
    if (digits.empty() || digits == "+") return "";
    if (digits.starts_with("00")) digits = "+" + digits.substr(2);        // 0049... -> +49...
    else if (digits.starts_with("0")) digits = "+31" + digits.substr(1);  // Dutch trunk prefix
    return "tel:" + digits;
}

std::string list_as_text(const std::vector<ServiceSummary>& services, Language language) {
    // Full summaries when they fit, then ever shorter ones, then none; only then fewer services.
    for (size_t summary_bytes : {size_t{400}, size_t{120}, size_t{80}, size_t{50}, size_t{0}}) {
        std::string text = list_text(services, services.size(), language, summary_bytes);
        if (text.size() <= kListQrMaxBytes) return text;
    }
    for (size_t count = services.size(); count-- > 0;) {
        std::string text = list_text(services, count, language, 0);
        if (text.size() <= kListQrMaxBytes) return text;
    }
    return list_text(services, 0, language, 0);
}

}  // namespace ww
