#include "core/value_rules.h"
#include "core/text.h"

#include <algorithm>
#include <cstdint>

namespace ww {

namespace {

constexpr char32_t kBad = 0xFFFFFFFF;

// One code point of strict UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF); kBad for
// a broken sequence. Advances `i` past what it read.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
    if (length == 0 || b0 > 0xF4 || i + static_cast<std::size_t>(length) > s.size()) {
        ++i;
        return kBad;
    }
    char32_t cp = b0 & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        unsigned char b = byte(i + static_cast<std::size_t>(k));
        if ((b & 0xC0) != 0x80) {
            ++i;
            return kBad;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    i += static_cast<std::size_t>(length);
    if (cp < kMin[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return kBad;
    return cp;
}

std::string hex(char32_t cp) {
    static const char* digits = "0123456789ABCDEF";
    std::string out;
    for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) out += digits[(cp >> shift) & 0xF];
    return "U+" + out;
}

// Why a code point must not appear in shown text; nullptr when it may.
const char* forbidden(char32_t cp, bool multiline) {
    if (cp == '\n') return multiline ? nullptr : "a line break";
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F)) return "a control character";
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
        cp == 0x061C)
        return "a character that changes the reading direction";
    if (cp == 0x2028 || cp == 0x2029) return "a line or paragraph separator";
    if (cp == 0xFEFF || cp == 0x200B) return "an invisible character";
    if ((cp >= 0xFFF9 && cp <= 0xFFFB) || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE)
        return "a character that is not text";
    return nullptr;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// True when every byte is printable ASCII (or a line break, where allowed): such a text passes
// text_problem, and its length in bytes is its length in characters.
bool printable_ascii(std::string_view text, bool multiline) {
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 || c >= 0x7F) && !(c == '\n' && multiline)) return false;
    }
    return true;
}

}  // namespace

std::optional<FieldRule> field_rule(std::string_view table, std::string_view column) {
    using namespace limits;
    if (column == "latitude" || column == "longitude") return std::nullopt;
    if (column == "id" || column.ends_with("_id")) return FieldRule{FieldKind::Line, kIdChars};
    if (column == "url" || column == "website") return FieldRule{FieldKind::Url, kUrlBytes};
    if (column == "email") return FieldRule{FieldKind::Email, kEmailChars};
    if (column == "number" && table == "phones") return FieldRule{FieldKind::Phone, kPhoneChars};
    if (column == "name" || column == "name_en") return FieldRule{FieldKind::Line, kNameChars};
    if (column == "description" || column == "description_en") {
        if (table == "services" || table == "organizations") return FieldRule{FieldKind::Text, kDescriptionChars};
        if (table == "phones") return FieldRule{FieldKind::Line, kLineChars};
        return FieldRule{FieldKind::Text, kNoteChars};
    }
    if (column.starts_with("fees_description") || column.starts_with("eligibility_description") ||
        column.starts_with("transportation"))
        return FieldRule{FieldKind::Text, kNoteChars};
    if (table == "synonyms") return FieldRule{FieldKind::Line, kNameChars};
    return FieldRule{FieldKind::Line, kLineChars};
}

std::size_t utf8_chars(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size();) {
        next_code_point(text, i);
        ++count;
    }
    return count;
}

std::optional<std::string> text_problem(std::string_view text, bool multiline) {
    for (std::size_t i = 0; i < text.size();) {
        std::size_t at = i;
        char32_t cp = next_code_point(text, i);
        if (cp == kBad) return "is not valid UTF-8 (byte " + std::to_string(at + 1) + "; save the file as UTF-8)";
        if (const char* why = forbidden(cp, multiline))
            return "holds " + std::string(why) + " (" + hex(cp) + ") at byte " + std::to_string(at + 1);
    }
    return std::nullopt;
}

std::optional<std::string> url_problem(std::string_view url) {
    std::string lower(url.substr(0, 8));
    std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) { return static_cast<char>(c | 0x20); });
    std::size_t scheme = lower.starts_with("https://") ? 8 : lower.starts_with("http://") ? 7 : 0;
    if (scheme == 0) return "is not a web address (it must start with https:// or http://)";
    if (url.size() > limits::kUrlBytes)
        return "is " + std::to_string(url.size()) + " bytes long; the most is " + std::to_string(limits::kUrlBytes) +
               " (a longer link makes a QR code that phones cannot read)";
    std::string_view rest = url.substr(scheme);
    std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
    if (host.empty() || host.find('.') == std::string_view::npos) return "has no host name (like www.example.nl)";
    for (char c : url)
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7F)
            return "holds a space or a character outside plain ASCII (write it with %-escapes)";
    return std::nullopt;
}

std::optional<std::string> phone_problem(std::string_view phone) {
    int digits = 0;
    for (char c : phone) {
        if (is_digit(c)) ++digits;
        else if (c != ' ' && c != '+' && c != '-' && c != '(' && c != ')' && c != '.' && c != '/')
            return "holds '" + std::string(1, c) +
                   "', which a phone number cannot hold (use digits, spaces and + - ( ) . /)";
    }
    if (phone.find('+') != std::string_view::npos && phone.find('+') != 0) return "has a + that is not at the start";
    if (digits < 3 || digits > 20) return "has " + std::to_string(digits) + " digits; a phone number has 3 to 20";
    return std::nullopt;
}

std::optional<std::string> email_problem(std::string_view email) {
    std::size_t at = email.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 >= email.size() ||
        email.find('@', at + 1) != std::string_view::npos || email.substr(at + 1).find('.') == std::string_view::npos)
        return "is not an e-mail address (like info@example.nl)";
    for (char c : email)
        if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '>' || c == '"' || c == ',' || c == ';')
            return "holds a space or a character that an e-mail address cannot have";
    return std::nullopt;
}

std::optional<std::string> check_field(const FieldRule& rule, std::string& value) {
    trim_in_place(value);
    if (value.empty()) return std::nullopt;
    const bool multiline = rule.kind == FieldKind::Text;
    if (multiline &&
        value.find('\r') != std::string::npos) {  // Windows line ends inside a text are harmless: keep the LF
        std::string cleaned;
        cleaned.reserve(value.size());
        for (std::size_t i = 0; i < value.size(); ++i)
            if (!(value[i] == '\r' && i + 1 < value.size() && value[i + 1] == '\n')) cleaned += value[i];
        value = std::move(cleaned);
    }
    // Most values are printable ASCII: then there is nothing to decode, and a byte is a character.
    std::size_t chars = value.size();
    if (!printable_ascii(value, multiline)) {
        if (auto problem = text_problem(value, multiline)) return problem;
        if (rule.kind != FieldKind::Url) chars = utf8_chars(value);
    }
    if (chars > rule.max_chars)
        return "is " + std::to_string(chars) + (rule.kind == FieldKind::Url ? " bytes" : " characters") +
               " long; the most is " + std::to_string(rule.max_chars) +
               (rule.kind == FieldKind::Url ? " (a longer link makes a QR code that phones cannot read)" : "");
    switch (rule.kind) {
        case FieldKind::Url: return url_problem(value);
        case FieldKind::Email: return email_problem(value);
        case FieldKind::Phone: return phone_problem(value);
        default: return std::nullopt;
    }
}

}  // namespace ww
