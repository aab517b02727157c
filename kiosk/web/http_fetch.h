#pragma once
// HTTPS downloads for web updates, with libcurl. Only this library links curl; the core does not.
//
// Every transfer: HTTPS only, the certificate and host name always verified (optionally against
// one pinned CA file instead of the system's), connect and low-speed limits, a size cap before
// (Content-Length) and during the transfer, and redirects followed only to https: on the same
// host and port (anything else is an error that names where it pointed). No incoming connection,
// no cookies, no proxy from the environment unless curl's usual variables set one.
#include <atomic>
#include <cstdint>
#include <filesystem>
#include <string>

namespace ww::web {

struct FetchOptions {
    std::filesystem::path ca_file;  // empty: the system's CA store
    long connect_timeout_s = 20;
    long low_speed_bytes_per_s = 512;  // slower than this ...
    long low_speed_seconds = 60;       // ... for this long: given up (a stalled server)
    long total_timeout_s = 0;          // 0: none (a large package on a slow line may take long)
    int max_redirects = 3;
    const std::atomic<bool>* cancel = nullptr;  // set: the transfer stops soon (the kiosk is closing)
};

// What the server said last time, sent back so that an unchanged file costs a bodiless 304.
struct Validators {
    std::string etag;
    std::string last_modified;
};

enum class FetchStatus {
    Ok,           // the body is complete
    NotModified,  // 304: the copy from last time is current
    HttpError,    // 4xx/5xx (http_code says which)
    TooLarge,     // announced or sent more than the cap
    Refused,      // not https, a redirect elsewhere, a bad URL
    Tls,          // the certificate or the TLS connection failed
    Network,      // cannot connect, timed out, too slow, cut off
    LocalError,   // the kiosk's own storage failed
};

struct FetchResult {
    FetchStatus status = FetchStatus::Network;
    long http_code = 0;
    std::string message;         // plain English: what happened, with the URL
    Validators validators;       // from the answer (Ok) or unchanged (NotModified)
    std::string body;            // fetch_small only
    std::uint64_t received = 0;  // bytes of body in this transfer
    bool ok() const { return status == FetchStatus::Ok; }
};

// A small file into memory (the index): at most `cap` bytes; `known` are sent as If-None-Match /
// If-Modified-Since when set.
FetchResult fetch_small(const std::string& url, std::uint64_t cap, const Validators& known,
                        const FetchOptions& options);

// A file into `path`, which must end up exactly `size` bytes long. When `path` already holds a
// shorter start of it (an interrupted download), only the rest is asked for (Range); a server that
// answers with the whole file instead starts it over. Never writes more than `size` bytes.
FetchResult fetch_to_file(const std::string& url, const std::filesystem::path& path, std::uint64_t size,
                          const FetchOptions& options);

// True for an absolute https: URL that curl can parse (config and `kioskctl update` check with it).
bool is_https_url(const std::string& url);
// `base` ("https://host/dir/" or without the final '/') joined with a file name.
std::string join_url(const std::string& base, const std::string& file);

}  // namespace ww::web
