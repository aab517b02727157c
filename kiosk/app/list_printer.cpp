#include "app/list_printer.h"

#include "app/kiosk_log.h"
#include "core/print/print_service.h"
#include "core/print/printer_health.h"

namespace ww::app {

namespace {

class CupsListPrinter final : public ListPrinter {
public:
    CupsListPrinter(const KioskConfig& config, std::function<void()> wake) : queue_(config.print.printer) {
        print::PrintSettings settings = print::print_settings(config);
        settings.log = [](const std::string& line) { log_line("print: " + line); };
        settings.on_change = [wake = std::move(wake)](const print::PrintStatus&) {
            if (wake) wake();
        };
        service_ = std::make_unique<print::PrintService>(std::move(settings));
    }

    bool available() const override { return true; }

    bool start(const std::filesystem::path& catalogue, const std::vector<std::string>& service_ids,
               const KioskConfig& config, Language language) override {
        return service_->start_list(catalogue, service_ids, config, language, print::Title::HelpNearby);
    }

    ListPrintState state(Language language) const override {
        const print::PrintStatus st = service_->status();
        ListPrintState out;
        out.phase = int(st.phase);
        out.message = st.phase == print::PrintPhase::Idle ? std::string() : st.message(language);
        out.offer_qr = st.offer_qr;
        out.busy = st.busy;
        return out;
    }

    void clear() override { service_->clear(); }

    void report_to(HealthSources& sources) const override {
        print::PrintService* service = service_.get();
        sources.prints_today = [service] { return service->prints_today(); };
        sources.printer_state = [service, queue = queue_] {
            const print::PrintStatus st = service->status();
            if (st.busy)
                if (auto state = print::printer_health(st)) return *state;
            return print::probe_printer(queue);
        };
    }

private:
    std::string queue_;
    std::unique_ptr<print::PrintService> service_;
};

class NoPrinter final : public ListPrinter {
public:
    bool available() const override { return false; }
    bool start(const std::filesystem::path&, const std::vector<std::string>&, const KioskConfig&, Language) override {
        return false;
    }
    ListPrintState state(Language) const override { return {}; }
    void clear() override {}
    void report_to(HealthSources&) const override {}
};

}  // namespace

std::unique_ptr<ListPrinter> make_list_printer(const KioskConfig& config, std::function<void()> wake) {
    if (config.print.printer.empty()) return make_no_printer();
    return std::make_unique<CupsListPrinter>(config, std::move(wake));
}

std::unique_ptr<ListPrinter> make_no_printer() { return std::make_unique<NoPrinter>(); }

}  // namespace ww::app
