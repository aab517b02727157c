#pragma once
// One CUPS queue, reached with libcups: send a PDF as a job, read job and printer state,
// cancel a job. Every call is blocking and bounded by timeouts; PrintService runs them on
// its own thread. The CUPS server is the usual one (CUPS_SERVER / client.conf).
#include <memory>
#include <string>
#include <vector>

#include "core/print/print_status.h"
#include "core/result.h"

namespace ww::print {

class CupsQueue {
public:
    // Finds the queue and connects to its server. Fails when the queue does not exist.
    static Result<std::unique_ptr<CupsQueue>> open(const std::string& printer, int timeout_ms = 5000);
    ~CupsQueue();
    CupsQueue(const CupsQueue&) = delete;
    CupsQueue& operator=(const CupsQueue&) = delete;

    // Creates a job and sends the PDF as its only document; returns the job id.
    Result<int> submit(const std::vector<unsigned char>& pdf, const std::string& title);
    // Printer state, and the job's when job_id > 0. Unreachable when cupsd or the queue is gone.
    PrinterSnapshot snapshot(int job_id);
    Status cancel(int job_id);
    const std::string& name() const { return name_; }

private:
    struct Handles;
    CupsQueue(std::string name, std::unique_ptr<Handles> handles);
    std::string name_;
    std::unique_ptr<Handles> h_;
};

}  // namespace ww::print
