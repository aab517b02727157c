#include "core/print/cups_queue.h"

#include <cups/cups.h>

#include <algorithm>

namespace ww::print {

struct CupsQueue::Handles {
    cups_dest_t* dest = nullptr;
    http_t* http = nullptr;
    cups_dinfo_t* info = nullptr;
    std::string resource;     // "/printers/NAME"
    std::string printer_uri;  // "ipp://localhost/printers/NAME"

    ~Handles() {
        if (info) cupsFreeDestInfo(info);
        if (http) httpClose(http);
        if (dest) cupsFreeDests(1, dest);
    }
};

namespace {

std::string last_error() {
    const char* text = cupsLastErrorString();
    return text && *text ? text : ippErrorString(cupsLastError());
}

std::vector<std::string> keywords(ipp_t* response, const char* name) {
    std::vector<std::string> out;
    ipp_attribute_t* attr = ippFindAttribute(response, name, IPP_TAG_KEYWORD);
    for (int i = 0; attr && i < ippGetCount(attr); ++i) {
        const char* v = ippGetString(attr, i, nullptr);
        if (v && std::string_view(v) != "none") out.emplace_back(v);
    }
    return out;
}

std::string text(ipp_t* response, const char* name) {
    ipp_attribute_t* attr = ippFindAttribute(response, name, IPP_TAG_TEXT);
    const char* v = attr ? ippGetString(attr, 0, nullptr) : nullptr;
    return v ? v : "";
}

}  // namespace

CupsQueue::CupsQueue(std::string name, std::unique_ptr<Handles> handles)
    : name_(std::move(name)), h_(std::move(handles)) {}
CupsQueue::~CupsQueue() = default;

Result<std::unique_ptr<CupsQueue>> CupsQueue::open(const std::string& printer, int timeout_ms) {
    auto h = std::make_unique<Handles>();
    h->dest = cupsGetNamedDest(CUPS_HTTP_DEFAULT, printer.c_str(), nullptr);
    if (!h->dest) return fail("printer '" + printer + "' not found in CUPS (" + last_error() + ")");
    // The queue lives on the local scheduler (cupsServer(): CUPS_SERVER, client.conf or the
    // default socket). Talking to it directly also works when printer-uri-supported names a
    // host:port the scheduler does not listen on, e.g. a private cupsd on a socket.
    h->http = httpConnect2(cupsServer(), ippPort(), nullptr, AF_UNSPEC, cupsEncryption(), 1, timeout_ms, nullptr);
    if (!h->http) return fail("cannot reach the CUPS server " + std::string(cupsServer()) + ": " + last_error());
    httpSetTimeout(h->http, timeout_ms / 1000.0, nullptr, nullptr);
    h->resource = "/printers/" + printer;
    char uri[1024];
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri, sizeof uri, "ipp", nullptr, "localhost", ippPort(), "/printers/%s",
                     printer.c_str());
    h->printer_uri = uri;
    h->info = cupsCopyDestInfo(CUPS_HTTP_DEFAULT, h->dest);
    if (!h->info) return fail("cannot read the capabilities of printer '" + printer + "': " + last_error());
    return std::unique_ptr<CupsQueue>(new CupsQueue(printer, std::move(h)));
}

Result<int> CupsQueue::submit(const std::vector<unsigned char>& pdf, const std::string& title) {
    int job_id = 0;
    ipp_status_t created = cupsCreateDestJob(h_->http, h_->dest, h_->info, &job_id, title.c_str(), 0, nullptr);
    if (created > IPP_STATUS_OK_CONFLICTING || job_id <= 0) {
        return fail("printer '" + name_ + "' refused the job: " + last_error());
    }
    if (cupsStartDestDocument(h_->http, h_->dest, h_->info, job_id, "list.pdf", CUPS_FORMAT_PDF, 0, nullptr, 1) !=
        HTTP_STATUS_CONTINUE) {
        std::string error = last_error();
        cupsCancelDestJob(h_->http, h_->dest, job_id);
        return fail("cannot send the list to printer '" + name_ + "': " + error);
    }
    const size_t chunk = 64 * 1024;
    for (size_t at = 0; at < pdf.size(); at += chunk) {
        size_t n = std::min(chunk, pdf.size() - at);
        if (cupsWriteRequestData(h_->http, reinterpret_cast<const char*>(pdf.data() + at), n) != HTTP_STATUS_CONTINUE) {
            std::string error = last_error();
            cupsFinishDestDocument(h_->http, h_->dest, h_->info);
            cupsCancelDestJob(h_->http, h_->dest, job_id);
            return fail("sending the list to printer '" + name_ + "' broke off: " + error);
        }
    }
    if (cupsFinishDestDocument(h_->http, h_->dest, h_->info) > IPP_STATUS_OK_CONFLICTING) {
        std::string error = last_error();
        cupsCancelDestJob(h_->http, h_->dest, job_id);
        return fail("printer '" + name_ + "' did not accept the list: " + error);
    }
    return job_id;
}

PrinterSnapshot CupsQueue::snapshot(int job_id) {
    PrinterSnapshot s;
    {
        ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, h_->printer_uri.c_str());
        static const char* const wanted[] = {"printer-state", "printer-state-reasons", "printer-is-accepting-jobs",
                                             "printer-state-message"};
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, wanted);
        ipp_t* response = cupsDoRequest(h_->http, request, h_->resource.c_str());
        if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING) {
            s.reachable = false;
        } else {
            s.printer_state = ippGetInteger(ippFindAttribute(response, "printer-state", IPP_TAG_ENUM), 0);
            ipp_attribute_t* accepting = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
            s.accepting = accepting ? ippGetBoolean(accepting, 0) != 0 : true;
            s.printer_reasons = keywords(response, "printer-state-reasons");
            s.message = text(response, "printer-state-message");
        }
        ippDelete(response);
    }
    if (job_id > 0 && s.reachable) {
        ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr, h_->printer_uri.c_str());
        ippAddInteger(request, IPP_TAG_OPERATION, IPP_TAG_INTEGER, "job-id", job_id);
        ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_NAME, "requesting-user-name", nullptr, cupsUser());
        static const char* const wanted[] = {"job-state", "job-state-reasons", "job-printer-state-message",
                                             "job-impressions-completed"};
        ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes", 4, nullptr, wanted);
        ipp_t* response = cupsDoRequest(h_->http, request, h_->resource.c_str());
        if (!response || ippGetStatusCode(response) > IPP_STATUS_OK_CONFLICTING) {
            s.reachable = false;
        } else {
            s.job_state = ippGetInteger(ippFindAttribute(response, "job-state", IPP_TAG_ENUM), 0);
            s.job_reasons = keywords(response, "job-state-reasons");
            s.impressions = ippGetInteger(ippFindAttribute(response, "job-impressions-completed", IPP_TAG_INTEGER), 0);
            if (std::string m = text(response, "job-printer-state-message"); !m.empty()) s.message = m;
        }
        ippDelete(response);
    }
    return s;
}

Status CupsQueue::cancel(int job_id) {
    if (cupsCancelDestJob(h_->http, h_->dest, job_id) > IPP_STATUS_OK_CONFLICTING) {
        return fail("cannot cancel job " + std::to_string(job_id) + " on '" + name_ + "': " + last_error());
    }
    return success();
}

}  // namespace ww::print
