#include "core/sync/web_index.h"

#include <charconv>
#include <map>
#include <vector>

namespace ww::sync {

namespace {
bool all_digits(std::string_view text, std::size_t max_length) {
    if (text.empty() || text.size() > max_length || (text.size() > 1 && text[0] == '0')) return false;
    for (char c : text)
        if (c < '0' || c > '9') return false;
    return true;
}
}  // namespace

std::string format_index_comment(const WebIndex& index) {
    const PackageDescription& p = index.package;
    return std::string(kIndexMagic) + " format=" + std::to_string(p.format) + " fleet=" + p.fleet +
           " version=" + std::to_string(p.version) + " created=" + p.created + " expires=" + p.expires +
           " package=" + index.file + " size=" + std::to_string(index.size) + " sha256=" + index.sha256;
}

Result<WebIndex> parse_index_comment(std::string_view comment) {
    auto words = parse_comment_words(comment, kIndexMagic,
                                     {"format", "fleet", "version", "created", "expires", "package", "size", "sha256"},
                                     "the index", "a Wegwijzer update index");
    if (!words) return fail(words.error());
    auto& values = *words;
    // The five package words follow the package's own rules exactly.
    auto package = parse_trusted_comment(
        "wegwijzer-catalogue format=" + std::string(values["format"]) + " fleet=" + std::string(values["fleet"]) +
        " version=" + std::string(values["version"]) + " created=" + std::string(values["created"]) +
        " expires=" + std::string(values["expires"]));
    if (!package) return fail("the index: " + package.error());
    WebIndex index;
    index.package = *package;
    index.file = std::string(values["package"]);
    if (!is_valid_package_file_name(index.file))
        return fail("the index names a package file that is not a plain file name: '" + index.file + "'");
    std::string_view size = values["size"];
    if (!all_digits(size, 19)) return fail("the index's size '" + std::string(size) + "' is not a whole number");
    auto [end, ec] = std::from_chars(size.data(), size.data() + size.size(), index.size);
    if (ec != std::errc() || end != size.data() + size.size() || index.size == 0)
        return fail("the index's size '" + std::string(size) + "' is not a size in bytes");
    index.sha256 = std::string(values["sha256"]);
    bool hex = index.sha256.size() == 64;
    for (char c : index.sha256) hex = hex && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    if (!hex) return fail("the index's sha256 is not 64 lower-case hex digits");
    return index;
}

std::string package_file_name(std::int64_t version) { return "catalogue-" + std::to_string(version) + ".sqlite"; }

bool is_valid_package_file_name(std::string_view name) {
    if (name.empty() || name.size() > 64 || name[0] == '.') return false;
    for (char c : name) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                  c == '.';
        if (!ok) return false;
    }
    return true;
}

Sha256::Sha256() { crypto_hash_sha256_init(&state_); }

void Sha256::update(const void* data, std::size_t size) {
    crypto_hash_sha256_update(&state_, static_cast<const unsigned char*>(data), size);
}

std::string Sha256::finish_hex() {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state_, digest);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char b : digest) {
        out += kHex[b >> 4];
        out += kHex[b & 15];
    }
    return out;
}

}  // namespace ww::sync
