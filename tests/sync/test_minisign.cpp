// Keys and signatures in minisign's formats, without the minisign binary (see test_cli.cpp for it).
#include <catch2/catch.hpp>

#include "core/sync/minisign.h"
#include "sync_fixture.h"

using namespace ww::sync;

namespace {
Blake2b512 hash_of(const std::string& text) {
    FileHasher hasher;
    hasher.update(text.data(), text.size());
    return hasher.finish();
}
}  // namespace

TEST_CASE("public keys round-trip and carry the key id in minisign's comment", "[sync][minisign]") {
    KeyPair pair = generate_key_pair();
    std::string text = format_public_key(pair.public_key);
    CHECK(text.rfind("untrusted comment: minisign public key " + key_id_hex(pair.public_key.id) + "\n", 0) == 0);
    auto parsed = parse_public_key(text);
    REQUIRE(parsed.ok());
    CHECK(parsed->id == pair.public_key.id);
    CHECK(parsed->key == pair.public_key.key);
    // The bare base64 line works too (as `minisign -P` takes it).
    auto line = text.substr(text.find('\n') + 1);
    line.pop_back();
    CHECK(parse_public_key(line).ok());
    auto not_base64 = parse_public_key("untrusted comment: x\nnot base64!\n");
    REQUIRE_FALSE(not_base64.ok());
    CHECK(not_base64.error() == "not a minisign public key (bad base64 key line)");
    auto empty = parse_public_key("");
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().find("not a minisign public key") != std::string::npos);
}

TEST_CASE("key ids print like minisign: little-endian, upper-case hex", "[sync][minisign]") {
    KeyId id{0x99, 0x9a, 0x8b, 0x18, 0xbb, 0x27, 0x87, 0x4d};
    CHECK(key_id_hex(id) == "4D8727BB188B9A99");
}

TEST_CASE("unencrypted secret keys round-trip", "[sync][minisign]") {
    KeyPair pair = generate_key_pair();
    std::string text = format_secret_key(pair.secret_key, std::nullopt);
    CHECK_FALSE(secret_key_is_encrypted(text));
    auto parsed = parse_secret_key(text, "");
    REQUIRE(parsed.ok());
    CHECK(parsed->id == pair.secret_key.id);
    CHECK(parsed->key == pair.secret_key.key);
}

TEST_CASE("encrypted secret keys need the right passphrase", "[sync][minisign]") {
    KeyPair pair = generate_key_pair();
    KdfLimits quick{crypto_pwhash_scryptsalsa208sha256_OPSLIMIT_INTERACTIVE,
                    crypto_pwhash_scryptsalsa208sha256_MEMLIMIT_INTERACTIVE};
    std::string text = format_secret_key(pair.secret_key, std::string("correct horse"), quick);
    CHECK(secret_key_is_encrypted(text));
    CHECK(text.find(key_id_hex(pair.secret_key.id)) == std::string::npos);  // the id is encrypted too
    auto good = parse_secret_key(text, "correct horse");
    REQUIRE(good.ok());
    CHECK(good->key == pair.secret_key.key);
    auto bad = parse_secret_key(text, "wrong horse");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error() == "wrong passphrase for this secret key");
}

TEST_CASE("a prehashed signature verifies and anything changed does not", "[sync][minisign]") {
    KeyPair pair = generate_key_pair();
    Signature s = sign_prehashed(pair.secret_key, hash_of("catalogue"), "wegwijzer-catalogue x");
    auto parsed = parse_signature(format_signature(s));
    REQUIRE(parsed.ok());
    CHECK(parsed->algorithm == "ED");
    CHECK(parsed->trusted_comment == "wegwijzer-catalogue x");
    const std::vector<PublicKey> trusted{pair.public_key};
    const PublicKey* key = find_key(*parsed, trusted);
    REQUIRE(key != nullptr);
    CHECK(verify_trusted_comment(*parsed, *key));
    CHECK(verify_file_hash(*parsed, *key, hash_of("catalogue")));
    CHECK_FALSE(verify_file_hash(*parsed, *key, hash_of("catalogue!")));

    Signature edited = *parsed;
    edited.trusted_comment += " ";
    CHECK_FALSE(verify_trusted_comment(edited, *key));

    KeyPair other = generate_key_pair();
    CHECK(find_key(*parsed, {other.public_key}) == nullptr);
    // Same key id but another key (a forged id): both checks fail.
    PublicKey impostor = other.public_key;
    impostor.id = pair.public_key.id;
    CHECK_FALSE(verify_trusted_comment(*parsed, impostor));
    CHECK_FALSE(verify_file_hash(*parsed, impostor, hash_of("catalogue")));
}

TEST_CASE("malformed signature files are refused with a reason", "[sync][minisign]") {
    KeyPair pair = generate_key_pair();
    std::string good = format_signature(sign_prehashed(pair.secret_key, hash_of("x"), "c"));
    CHECK(parse_signature(good).ok());
    std::string crlf;
    for (char c : good) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(parse_signature(crlf).ok());  // written on Windows: still the same signature

    std::string lone_cr = good;
    lone_cr.insert(good.find("trusted comment: ") + 18, "\r");  // found by fuzz_signature: CR only in CRLF
    std::string high = good;
    high[25] = static_cast<char>(0xC3);
    std::string no_comment = good.substr(good.find('\n') + 1);
    no_comment = "comment: x\n" + no_comment;
    std::string bad_base64 = good;
    bad_base64[bad_base64.find('\n') + 5] = '*';
    // Each damaged file, and the part of the message that names what is wrong with it.
    const std::vector<std::pair<std::string, std::string>> cases{
        {"", "is incomplete (it needs four lines)"},
        {good.substr(0, good.size() / 2), "is incomplete (it needs four lines)"},
        {"junk\n" + good, "has extra lines"},
        {good + "extra line\n", "has extra lines"},
        {no_comment, "should start with \"untrusted comment:\""},
        {bad_base64, "the signature line is not valid base64"},
        {lone_cr, "not plain ASCII"},
        {high, "not plain ASCII"},
        {std::string(kMaxSignatureFileBytes + 1, 'a'), "too big"},
    };
    for (const auto& [text, reason] : cases) {
        INFO(text);
        auto refused = parse_signature(text);
        REQUIRE_FALSE(refused.ok());
        INFO(refused.error());
        CHECK(refused.error().find(reason) != std::string::npos);
    }
}
