#include "web/http_fetch.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <strings.h>
#include <cerrno>
#include <cstring>
#include <functional>
#include <memory>

#include "core/text.h"

namespace ww::web {

namespace {

// curl_global_init is not thread-safe: done once, before the first transfer of the process.
void init_curl_once() {
    static const bool done = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
    (void)done;
}

struct CurlDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
    void operator()(CURLU* url) const { curl_url_cleanup(url); }
};
template <class T>
using CurlPtr = std::unique_ptr<T, CurlDeleter>;

// One request's answer while it arrives.
struct Answer {
    CURL* handle = nullptr;
    std::function<bool(const char*, std::size_t)> sink;  // false: stop (a local problem)
    std::uint64_t cap = 0;                               // body bytes allowed in this transfer
    std::uint64_t received = 0;
    bool over_cap = false;
    bool sink_failed = false;
    Validators validators;
};

bool is_success(long code) { return code >= 200 && code < 300; }

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto& answer = *static_cast<Answer*>(user);
    const std::size_t n = size * count;
    long code = 0;
    curl_easy_getinfo(answer.handle, CURLINFO_RESPONSE_CODE, &code);
    if (!is_success(code)) return n;  // the body of an error or a redirect page: not kept
    if (answer.received + n > answer.cap) {
        answer.over_cap = true;
        return 0;  // curl stops with CURLE_WRITE_ERROR
    }
    if (!answer.sink(data, n)) {
        answer.sink_failed = true;
        return 0;
    }
    answer.received += n;
    return n;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* cancel = static_cast<const std::atomic<bool>*>(user);
    return cancel && cancel->load() ? 1 : 0;  // non-zero aborts the transfer
}

std::string header_value(std::string_view line, std::string_view name) {
    if (line.size() <= name.size() || strncasecmp(line.data(), name.data(), name.size()) != 0 ||
        line[name.size()] != ':')
        return {};
    std::string_view value = line.substr(name.size() + 1);
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
        value.remove_suffix(1);
    return std::string(value.substr(0, 512));
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto& answer = *static_cast<Answer*>(user);
    std::string_view line(data, size * count);
    if (line.starts_with("HTTP/")) answer.validators = {};  // a new response (after a redirect)
    if (auto etag = header_value(line, "ETag"); !etag.empty()) answer.validators.etag = etag;
    if (auto modified = header_value(line, "Last-Modified"); !modified.empty())
        answer.validators.last_modified = modified;
    return size * count;
}

struct UrlParts {
    std::string scheme, host, port;
};

bool split_url(const std::string& url, UrlParts& parts) {
    CurlPtr<CURLU> handle(curl_url());
    if (!handle || curl_url_set(handle.get(), CURLUPART_URL, url.c_str(), 0) != CURLUE_OK) return false;
    auto get = [&](CURLUPart part, std::string& out, unsigned flags) {
        char* value = nullptr;
        if (curl_url_get(handle.get(), part, &value, flags) != CURLUE_OK) return false;
        out = value;
        curl_free(value);
        return true;
    };
    return get(CURLUPART_SCHEME, parts.scheme, 0) && get(CURLUPART_HOST, parts.host, 0) &&
           get(CURLUPART_PORT, parts.port, CURLU_DEFAULT_PORT);
}

FetchResult failed(FetchStatus status, std::string message, long code = 0) {
    FetchResult result;
    result.status = status;
    result.message = std::move(message);
    result.http_code = code;
    return result;
}

FetchStatus classify(CURLcode code) {
    switch (code) {
        case CURLE_PEER_FAILED_VERIFICATION:
        case CURLE_SSL_CONNECT_ERROR:
        case CURLE_SSL_CACERT_BADFILE:
        case CURLE_SSL_CERTPROBLEM:
        case CURLE_SSL_CIPHER:
        case CURLE_SSL_ISSUER_ERROR:
        case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        case CURLE_SSL_INVALIDCERTSTATUS:
        case CURLE_USE_SSL_FAILED: return FetchStatus::Tls;
        case CURLE_FILESIZE_EXCEEDED: return FetchStatus::TooLarge;
        case CURLE_UNSUPPORTED_PROTOCOL:
        case CURLE_URL_MALFORMAT: return FetchStatus::Refused;
        default: return FetchStatus::Network;
    }
}

// One transfer with redirects checked by hand: each hop must stay https: on the same host and port.
FetchResult transfer(const std::string& url, const FetchOptions& options, Answer& answer, std::uint64_t resume_from,
                     const Validators& known) {
    init_curl_once();
    UrlParts origin;
    if (!split_url(url, origin) || ascii_lower(origin.scheme) != "https")
        return failed(FetchStatus::Refused, url + " is not an https: address; the kiosk only downloads over HTTPS");
    std::string current = url;
    for (int hop = 0;; ++hop) {
        CurlPtr<CURL> handle(curl_easy_init());
        if (!handle) return failed(FetchStatus::LocalError, "cannot start a download (libcurl)");
        CURL* h = handle.get();
        answer.handle = h;
        answer.received = 0;
        char error[CURL_ERROR_SIZE] = {};
        curl_easy_setopt(h, CURLOPT_ERRORBUFFER, error);
        curl_easy_setopt(h, CURLOPT_URL, current.c_str());
        curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "https");
        curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "https");
        curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);  // checked by hand below
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
        curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
        if (!options.ca_file.empty()) {
            // Pinned: only this CA, not the system's store.
            curl_easy_setopt(h, CURLOPT_CAINFO, options.ca_file.c_str());
            curl_easy_setopt(h, CURLOPT_CAPATH, nullptr);
        }
        curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, options.connect_timeout_s);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, options.low_speed_bytes_per_s);
        curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, options.low_speed_seconds);
        curl_easy_setopt(h, CURLOPT_TIMEOUT, options.total_timeout_s);
        curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(answer.cap));
        curl_easy_setopt(h, CURLOPT_USERAGENT, "Wegwijzer-kiosk");
        curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
        curl_easy_setopt(h, CURLOPT_WRITEDATA, &answer);
        curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
        curl_easy_setopt(h, CURLOPT_HEADERDATA, &answer);
        if (options.cancel) {
            curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
            curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, on_progress);
            curl_easy_setopt(h, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool>*>(options.cancel));
        }
        if (resume_from > 0) curl_easy_setopt(h, CURLOPT_RESUME_FROM_LARGE, static_cast<curl_off_t>(resume_from));
        CurlPtr<curl_slist> headers;
        auto add_header = [&](const std::string& line) {
            curl_slist* grown = curl_slist_append(headers.get(), line.c_str());
            if (grown) {
                (void)headers.release();
                headers.reset(grown);
            }
        };
        if (!known.etag.empty()) add_header("If-None-Match: " + known.etag);
        if (!known.last_modified.empty()) add_header("If-Modified-Since: " + known.last_modified);
        if (headers) curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());

        const CURLcode code = curl_easy_perform(h);
        long http = 0;
        curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &http);
        if (answer.over_cap)
            return failed(FetchStatus::TooLarge,
                          current + " sent more than the expected " + std::to_string(answer.cap) + " bytes", http);
        if (answer.sink_failed)
            return failed(FetchStatus::LocalError,
                          "the kiosk could not store the download from " + current + ": " + std::strerror(errno), http);
        if (code != CURLE_OK) {
            const std::string what = error[0] ? error : curl_easy_strerror(code);
            FetchStatus status = classify(code);
            if (status == FetchStatus::TooLarge)
                return failed(
                    status,
                    current + " announced a file larger than the limit of " + std::to_string(answer.cap) + " bytes",
                    http);
            FetchResult result = failed(status, "downloading " + current + " failed: " + what, http);
            result.received = answer.received;
            if (code == CURLE_RANGE_ERROR) result.http_code = 200;  // the server cannot resume
            return result;
        }
        if (http >= 300 && http < 400 && http != 304) {
            char* location = nullptr;
            curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &location);
            std::string target = location ? location : "";
            UrlParts next;
            if (target.empty())
                return failed(FetchStatus::HttpError,
                              current + " answered " + std::to_string(http) + " without a valid address to go to",
                              http);
            if (!split_url(target, next) || ascii_lower(next.scheme) != "https")
                return failed(FetchStatus::Refused,
                              current + " redirected to " + target +
                                  "; the kiosk follows redirects only to https: on the same server",
                              http);
            if (ascii_lower(next.host) != ascii_lower(origin.host) || next.port != origin.port)
                return failed(FetchStatus::Refused,
                              current + " redirected to another server (" + target +
                                  "); the kiosk follows redirects only on the same server",
                              http);
            if (hop + 1 > options.max_redirects)
                return failed(FetchStatus::Refused, current + ": too many redirects", http);
            current = target;
            continue;
        }
        FetchResult result;
        result.http_code = http;
        result.received = answer.received;
        result.validators = answer.validators;
        if (http == 304) {
            result.status = FetchStatus::NotModified;
            result.validators = known;
            result.message = current + " has not changed";
        } else if (is_success(http)) {
            result.status = FetchStatus::Ok;
            result.message = "downloaded " + current;
        } else {
            result.status = FetchStatus::HttpError;
            result.message = current + " answered HTTP " + std::to_string(http) +
                             (http == 404   ? " (not found)"
                              : http >= 500 ? " (a server error)"
                                            : "");
        }
        return result;
    }
}

}  // namespace

FetchResult fetch_small(const std::string& url, std::uint64_t cap, const Validators& known,
                        const FetchOptions& options) {
    std::string body;
    Answer answer;
    answer.cap = cap;
    answer.sink = [&](const char* data, std::size_t n) {
        body.append(data, n);
        return true;
    };
    FetchResult result = transfer(url, options, answer, 0, known);
    if (result.ok()) result.body = std::move(body);
    return result;
}

FetchResult fetch_to_file(const std::string& url, const std::filesystem::path& path, std::uint64_t size,
                          const FetchOptions& options) {
    int raw = ::open(path.c_str(), O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
    if (raw < 0) return failed(FetchStatus::LocalError, "cannot write " + path.string() + ": " + std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{raw};
    struct stat st {};
    if (::fstat(raw, &st) != 0 || !S_ISREG(st.st_mode))
        return failed(FetchStatus::LocalError, path.string() + " is not a regular file");
    std::uint64_t have = static_cast<std::uint64_t>(st.st_size);
    if (have > size) {
        if (::ftruncate(raw, 0) != 0) return failed(FetchStatus::LocalError, "cannot truncate " + path.string());
        have = 0;
    }
    if (have == size) {
        FetchResult done;
        done.status = FetchStatus::Ok;
        done.message = "already downloaded " + url;
        return done;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (::lseek(raw, static_cast<off_t>(have), SEEK_SET) < 0)
            return failed(FetchStatus::LocalError, "cannot seek in " + path.string());
        Answer answer;
        answer.cap = size - have;
        answer.sink = [&](const char* data, std::size_t n) {
            while (n > 0) {
                ssize_t written = ::write(raw, data, n);
                if (written <= 0) return false;
                data += written;
                n -= static_cast<std::size_t>(written);
            }
            return true;
        };
        FetchResult result = transfer(url, options, answer, have, {});
        if (have > 0 && result.status == FetchStatus::Network && result.http_code == 200 && result.received == 0) {
            // The server sent the whole file instead of the rest: start again from the beginning.
            if (::ftruncate(raw, 0) != 0) return failed(FetchStatus::LocalError, "cannot truncate " + path.string());
            have = 0;
            continue;
        }
        if (result.ok()) {
            if (::fstat(raw, &st) != 0 || static_cast<std::uint64_t>(st.st_size) != size) {
                result.status = FetchStatus::Network;
                result.message = url + " ended after " + std::to_string(st.st_size) + " of " + std::to_string(size) +
                                 " bytes; the rest is asked for at the next check";
            } else if (::fsync(raw) != 0) {
                return failed(FetchStatus::LocalError, "cannot save " + path.string() + ": " + std::strerror(errno));
            }
        }
        return result;
    }
    return failed(FetchStatus::Network, url + ": the server could not resume the download");
}

bool is_https_url(const std::string& url) {
    init_curl_once();
    UrlParts parts;
    return split_url(url, parts) && ascii_lower(parts.scheme) == "https" && !parts.host.empty();
}

std::string join_url(const std::string& base, const std::string& file) {
    if (!base.empty() && base.back() == '/') return base + file;
    return base + "/" + file;
}

}  // namespace ww::web
