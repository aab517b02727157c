// libFuzzer: the minisign signature and public key parsers, on bytes from a hostile stick.
// Properties: never crash; a parsed signature formats back to text that parses to the same thing;
// verification of anything parsed is a clean yes/no.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "core/sync/minisign.h"

using namespace ww::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    static const KeyPair pair = generate_key_pair();
    static const std::vector<PublicKey> trusted{pair.public_key};

    auto signature = parse_signature(text);
    if (signature) {
        auto again = parse_signature(format_signature(*signature));
        if (!again || again->signature != signature->signature || again->key_id != signature->key_id ||
            again->trusted_comment != signature->trusted_comment ||
            again->global_signature != signature->global_signature || again->algorithm != signature->algorithm)
            std::abort();
        PublicKey any = pair.public_key;
        any.id = signature->key_id;
        (void)verify_trusted_comment(*signature, any);
        (void)verify_file_hash(*signature, any, Blake2b512{});
        (void)find_key(*signature, trusted);
    }
    auto key = parse_public_key(text);
    if (key) {
        auto again = parse_public_key(format_public_key(*key));
        if (!again || again->id != key->id || again->key != key->key) std::abort();
    }
    return 0;
}
