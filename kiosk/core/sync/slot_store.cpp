#include "core/sync/slot_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <type_traits>

#include "core/safe_open.h"
#include "core/sync/history.h"

namespace ww::sync {

namespace fs = std::filesystem;

fs::path slot_state_path(const fs::path& catalogue) { return catalogue.string() + ".slots"; }
fs::path previous_slot_path(const fs::path& catalogue) { return catalogue.string() + ".previous"; }
fs::path refused_slot_path(const fs::path& catalogue) { return catalogue.string() + ".refused"; }

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

namespace {

using Fd = UniqueFd;

std::string errno_text() { return std::strerror(errno); }

// The inode of a regular file, or 0 when there is none.
std::uint64_t file_id(const fs::path& file) {
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
    return static_cast<std::uint64_t>(st.st_ino);
}

Status sync_folder(SyncIo& io, const fs::path& folder) {
    Fd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir.ok() || io.fsync(dir.get()) != 0)
        return fail("cannot save the folder " + folder.string() + ": " + errno_text());
    return success();
}

Status rename_durably(SyncIo& io, const fs::path& from, const fs::path& to) {
    if (io.rename(from.string(), to.string()) != 0)
        return fail("cannot rename " + from.string() + " to " + to.string() + ": " + errno_text());
    return sync_folder(io, to.parent_path());
}

void remove_journals(const fs::path& catalogue) {
    for (const char* suffix : {"-journal", "-wal", "-shm"}) ::unlink((catalogue.string() + suffix).c_str());
}

// A second name for the live file: a hard link (instant, no extra space), else a copy.
Status keep_copy(SyncIo& io, const fs::path& live, const fs::path& target) {
    const fs::path temp = target.string() + ".tmp";
    ::unlink(temp.c_str());
    if (::link(live.c_str(), temp.c_str()) != 0) {
        std::error_code ec;
        if (!fs::copy_file(live, temp, fs::copy_options::overwrite_existing, ec))
            return fail("cannot keep the previous catalogue: " + ec.message());
        Fd copy(::open(temp.c_str(), O_RDONLY | O_CLOEXEC));
        if (!copy.ok() || io.fsync(copy.get()) != 0) return fail("cannot save the previous catalogue: " + errno_text());
    }
    return rename_durably(io, temp, target);
}

// Holds the import lock (<catalogue>.sync.lock, the importer's) while slots change.
class ImportLock {
public:
    ImportLock(const fs::path& catalogue, bool wait)
        : fd_(::open((catalogue.string() + ".sync.lock").c_str(), O_RDONLY | O_CREAT | O_CLOEXEC, 0644)) {
        if (!fd_.ok()) return;
        int r;
        do r = ::flock(fd_.get(), LOCK_EX | (wait ? 0 : LOCK_NB));
        while (r != 0 && errno == EINTR);
        held_ = r == 0;
    }
    bool held() const { return held_; }
    bool could_open() const { return fd_.ok(); }

private:
    Fd fd_;
    bool held_ = false;
};

void record_history(const fs::path& catalogue, std::int64_t version, bool imported, const std::string& result) {
    auto history = SyncHistory::open(catalogue);
    if (!history) return;
    ImportRecord record;
    record.at = now_utc_timestamp();
    record.version = version;
    record.source = "kiosk";
    record.channel.clear();  // the kiosk's own event about a catalogue on trial, not an update attempt
    record.imported = imported;
    record.result = result;
    (void)history->record(record);
}

}  // namespace

std::string format_slot_state(const SlotState& s) {
    std::ostringstream out;
    out << "phase=" << static_cast<int>(s.phase) << "\n"
        << "live_version=" << s.live_version << "\n"
        << "previous_version=" << s.previous_version << "\n"
        << "trial_version=" << s.trial_version << "\n"
        << "trial_file_id=" << s.trial_file_id << "\n"
        << "trial_before_switch=" << (s.trial_before_switch ? 1 : 0) << "\n"
        << "switch_old_live_id=" << s.switch_old_live_id << "\n"
        << "switch_old_previous=" << s.switch_old_previous << "\n"
        << "attempts_left=" << s.attempts_left << "\n"
        << "trial_started=" << s.trial_started << "\n"
        << "refused_versions=";
    for (std::size_t i = 0; i < s.refused_versions.size(); ++i) out << (i ? "," : "") << s.refused_versions[i];
    out << "\nlast_rollback_at=" << s.last_rollback_at << "\n";
    std::string reason = s.last_rollback;
    for (char& c : reason)
        if (c == '\n' || c == '\r') c = ' ';
    out << "last_rollback=" << reason << "\nend=1\n";
    return out.str();
}

Result<SlotState> parse_slot_state(std::string_view text) {
    SlotState s;
    bool ended = false;
    std::istringstream in{std::string(text)};
    std::string line;
    auto number = [](const std::string& v, auto& out) -> bool {
        try {
            std::size_t used = 0;
            long long n = std::stoll(v, &used);
            if (used != v.size()) return false;
            out = static_cast<std::remove_reference_t<decltype(out)>>(n);
            return true;
        } catch (const std::exception&) {
            return false;
        }
    };
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos) return fail("slot state: a line without '=': " + line);
        const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
        bool ok = true;
        if (key == "phase") {
            int p = 0;
            ok = number(value, p) && p >= 0 && p <= 3;
            s.phase = static_cast<SlotPhase>(p);
        } else if (key == "live_version") ok = number(value, s.live_version);
        else if (key == "previous_version") ok = number(value, s.previous_version);
        else if (key == "trial_version") ok = number(value, s.trial_version);
        else if (key == "trial_file_id") ok = number(value, s.trial_file_id);
        else if (key == "trial_before_switch") {
            int b = 0;
            ok = number(value, b);
            s.trial_before_switch = b != 0;
        } else if (key == "switch_old_live_id") ok = number(value, s.switch_old_live_id);
        else if (key == "switch_old_previous") ok = number(value, s.switch_old_previous);
        else if (key == "attempts_left") ok = number(value, s.attempts_left);
        else if (key == "trial_started") ok = number(value, s.trial_started);
        else if (key == "last_rollback_at") ok = number(value, s.last_rollback_at);
        else if (key == "last_rollback") s.last_rollback = value;
        else if (key == "refused_versions") {
            std::istringstream list(value);
            std::string item;
            while (ok && std::getline(list, item, ',')) {
                std::int64_t v = 0;
                ok = number(item, v);
                s.refused_versions.push_back(v);
            }
        } else if (key == "end") ended = true;
        else return fail("slot state: unknown key '" + key + "'");
        if (!ok) return fail("slot state: bad value for " + key + ": " + value);
    }
    if (!ended) return fail("slot state: the file is incomplete");
    return s;
}

Result<SlotState> read_slot_state(const fs::path& catalogue) {
    const fs::path file = slot_state_path(catalogue);
    // O_NONBLOCK and a size cap: a FIFO or a huge file in its place must not hang or bloat us.
    Fd fd(::open(file.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC));
    if (!fd.ok()) {
        if (errno == ENOENT) return SlotState{};
        return fail("cannot read " + file.string() + ": " + errno_text());
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > 64 * 1024)
        return fail(file.string() + " is not a small regular file");
    std::string text(static_cast<std::size_t>(st.st_size), '\0');
    ssize_t n = ::read(fd.get(), text.data(), text.size());
    if (n < 0) return fail("cannot read " + file.string() + ": " + errno_text());
    text.resize(static_cast<std::size_t>(n));
    return parse_slot_state(text);
}

SlotStore::SlotStore(fs::path catalogue, SlotPolicy policy, SyncIo& io)
    : catalogue_(fs::absolute(catalogue)), policy_(policy), io_(io) {}

Status SlotStore::save(const SlotState& state) {
    const fs::path file = slot_state_path(catalogue_);
    const fs::path temp = file.string() + ".tmp";
    const std::string text = format_slot_state(state);
    {
        Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (!fd.ok()) return fail("cannot write " + temp.string() + ": " + errno_text());
        if (io_.write(fd.get(), text.data(), text.size()) < 0 || io_.fsync(fd.get()) != 0)
            return fail("cannot write " + temp.string() + ": " + errno_text());
    }
    return rename_durably(io_, temp, file);
}

Status SlotStore::finish_rollback(SlotState& s) {
    const fs::path previous = previous_slot_path(catalogue_);
    if (s.previous_version > 0) {
        // Missing: the rename already happened before an interruption.
        if (file_id(previous) != 0) {
            remove_journals(catalogue_);
            if (auto st = rename_durably(io_, previous, catalogue_); !st) return st;
        }
    } else if (s.trial_file_id != 0 && file_id(catalogue_) == s.trial_file_id) {
        // Nothing to go back to: move the bad catalogue out of the way (kept for a look).
        if (auto st = rename_durably(io_, catalogue_, refused_slot_path(catalogue_)); !st) return st;
    }
    const std::int64_t version = s.trial_version;
    s = next_slot_state(s, {SlotEventKind::RolledBack}, policy_);
    if (auto st = save(s); !st) return st;
    record_history(catalogue_, version, false,
                   "Rolled back: " + s.last_rollback + ". This version is refused from now on.");
    return success();
}

Status SlotStore::install(const fs::path& staged, std::int64_t version, std::int64_t live_version, std::int64_t now) {
    auto loaded = read_slot_state(catalogue_);
    SlotState s = loaded ? *loaded : SlotState{};  // a damaged state file is replaced
    // An interrupted switch or rollback is finished first.
    if (s.phase == SlotPhase::Switching) {
        SlotEvent recover(SlotEventKind::Starting, 0, file_id(catalogue_), now);
        recover.other_file_id = file_id(previous_slot_path(catalogue_));
        s = next_slot_state(s, recover, policy_);
    }
    if (s.phase == SlotPhase::Trial && s.attempts_left < 0) s.attempts_left = 0;
    if (s.phase == SlotPhase::RollingBack)
        if (auto st = finish_rollback(s); !st) return st;
    const bool live_exists = file_id(catalogue_) != 0;
    if (s.phase == SlotPhase::Stable) s.live_version = live_exists ? live_version : 0;
    const bool keep_live = switch_keeps_live_as_previous(s) && live_exists;

    const std::uint64_t new_id = file_id(staged);
    if (new_id == 0) return fail("the new catalogue " + staged.string() + " is missing");
    SlotEvent started(SlotEventKind::SwitchStarted, version, new_id, now);
    started.other_file_id = file_id(catalogue_);
    SlotState switching = next_slot_state(s, started, policy_);
    if (!live_exists && switching.previous_version == 0) ::unlink(previous_slot_path(catalogue_).c_str());
    if (auto st = save(switching); !st) return st;
    if (keep_live)
        if (auto st = keep_copy(io_, catalogue_, previous_slot_path(catalogue_)); !st) return st;
    // Leftover journal files of the old catalogue must not be applied to the new one.
    remove_journals(catalogue_);
    if (io_.rename(staged.string(), catalogue_.string()) != 0)
        return fail("switching catalogues failed: " + errno_text());
    // The switch has happened: a failure from here on cannot undo it. The state file still says
    // "switching" then, and the next start finishes it from the live file's inode.
    (void)sync_folder(io_, catalogue_.parent_path());
    (void)save(next_slot_state(switching, {SlotEventKind::SwitchDone}, policy_));
    return success();
}

Result<SlotStore::Outcome> SlotStore::apply(const SlotEvent& event, bool wait_for_lock) {
    ImportLock lock(catalogue_, wait_for_lock);
    auto loaded = read_slot_state(catalogue_);
    if (!loaded) return fail(loaded.error());
    Outcome out;
    out.state = *loaded;
    if (!lock.held()) {
        // Read-only storage (no lock file) still opens the catalogue; a busy lock means later.
        if (!lock.could_open() && event.kind == SlotEventKind::Starting) return out;
        if (!wait_for_lock) return out;
        return fail("cannot take the import lock of " + catalogue_.string());
    }
    SlotEvent e = event;
    if (e.kind == SlotEventKind::Starting) {
        e.file_id = file_id(catalogue_);
        e.other_file_id = file_id(previous_slot_path(catalogue_));
    }
    SlotState next = next_slot_state(*loaded, e, policy_);
    if (next != *loaded)
        if (auto st = save(next); !st) return fail(st.error());
    out.state = next;
    if (next.phase == SlotPhase::RollingBack) {
        if (auto st = finish_rollback(next); !st) return fail(st.error());
        out.state = next;
        out.rolled_back = true;
        out.log = next.last_rollback;
    } else if (loaded->phase == SlotPhase::Trial && next.phase == SlotPhase::Stable) {
        out.trial_passed = true;
        out.log =
            "version " + std::to_string(loaded->trial_version) + " passed its trial and is now the good catalogue";
        record_history(catalogue_, loaded->trial_version, true, "Trial passed: " + out.log + ".");
    }
    return out;
}

Result<SlotStore::Outcome> SlotStore::before_open(std::int64_t now) {
    return apply({SlotEventKind::Starting, 0, 0, now}, true);
}

Result<SlotStore::Outcome> SlotStore::open_failed(const std::string& reason, std::int64_t now) {
    SlotEvent e{SlotEventKind::OpenFailed};
    e.reason = reason;
    e.now = now;
    return apply(e, true);
}

Result<SlotStore::Outcome> SlotStore::healthy(double seconds, std::int64_t now) {
    SlotEvent e{SlotEventKind::Healthy};
    e.healthy_seconds = seconds;
    e.now = now;
    return apply(e, false);
}

}  // namespace ww::sync
