// libFuzzer: the trusted-comment parser. Properties: never crash; whatever parses has valid values
// and formats to a comment that parses to the same description.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/sync/package.h"
#include "core/wording.h"

using namespace ww::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto d = parse_trusted_comment(text);
    if (!d) return 0;
    if (!is_valid_fleet(d->fleet) || !is_valid_date(d->created) || !is_valid_date(d->expires) || d->version < 1 ||
        d->expires < d->created)
        std::abort();
    auto again = parse_trusted_comment(format_trusted_comment(*d));
    if (!again || again->fleet != d->fleet || again->version != d->version || again->created != d->created ||
        again->expires != d->expires)
        std::abort();
    (void)ww::wording::long_date(d->created, ww::Language::Dutch);
    return 0;
}
