#pragma once
// QR codes (libqrcodegencpp) for phone numbers, websites and the resident's list.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/result.h"

namespace ww {

struct QrMatrix {
    int size = 0;                    // modules per side, without quiet zone
    std::vector<std::uint8_t> dark;  // size*size, row-major, 1 = dark module
    bool at(int x, int y) const { return dark[static_cast<size_t>(y) * size + x] != 0; }
};

// Medium error correction; fails only when the text is too long for any QR version.
Result<QrMatrix> make_qr(std::string_view text);

// Largest QR code for a link (a web address or a phone number): version 10, 57 modules a side,
// which a phone reads from the screen and from paper at the printed size.
inline constexpr int kLinkQrMaxVersion = 10;

// A QR code that a phone opens: only an http:// or https:// web address (core/value_rules.h) or a
// tel: number of 3 to 20 digits, within kLinkQrMaxVersion. Anything else (javascript:, data:, a
// link too long to read) fails with a message: no QR code, never a crash.
Result<QrMatrix> make_link_qr(std::string_view target);

// "0591 - 012 345" -> "tel:+31591012345" (Dutch numbers get +31).
std::string tel_uri(std::string_view phone);

// Most bytes list_as_text() puts in one QR code: at most version 24 (113 modules a side) at
// medium error correction, which phone cameras still read from the screen. Ten services with
// names, phones and towns fit; summaries are shortened or left out first, and only then are the
// last services replaced by "... en nog N".
inline constexpr std::size_t kListQrMaxBytes = 900;

// The list as plain text a phone's camera app shows: names, phone numbers, towns.
std::string list_as_text(const std::vector<ServiceSummary>& services, Language language);

}  // namespace ww
