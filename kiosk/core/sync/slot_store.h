#pragma once
// The files behind the two catalogue slots (decisions: slots.h):
//   <catalogue>            the live slot, what the kiosk opens
//   <catalogue>.previous   the previous catalogue (a hard link made before a switch)
//   <catalogue>.refused    a first catalogue that failed its trial with nothing to go back to
//   <catalogue>.slots      the slot state, a small text file replaced atomically
// Every step is an fsync'ed rename, so a power cut (or SIGKILL) at any point leaves the old
// catalogue or the new one in the live file, never neither, and a state file that the next
// start finishes from. Rollbacks and passed trials are written to the import history.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/result.h"
#include "core/sync/slots.h"
#include "core/sync/sync_io.h"

namespace ww::sync {

std::filesystem::path slot_state_path(const std::filesystem::path& catalogue);
std::filesystem::path previous_slot_path(const std::filesystem::path& catalogue);
std::filesystem::path refused_slot_path(const std::filesystem::path& catalogue);

// "key=value" lines; parse refuses anything it does not know, so a damaged file is noticed.
std::string format_slot_state(const SlotState& state);
Result<SlotState> parse_slot_state(std::string_view text);

// The slot state of a catalogue; Stable with nothing known when there is no state file yet.
Result<SlotState> read_slot_state(const std::filesystem::path& catalogue);

std::int64_t unix_now();

class SlotStore {
public:
    SlotStore(std::filesystem::path catalogue, SlotPolicy policy, SyncIo& io);

    // The importer's switch (under the import lock): keeps the live catalogue as the previous
    // slot (when it is good), renames `staged` over the live file and starts its trial.
    Status install(const std::filesystem::path& staged, std::int64_t version, std::int64_t live_version,
                   std::int64_t now);

    struct Outcome {
        SlotState state;
        bool rolled_back = false;
        bool trial_passed = false;
        std::string log;  // English, for the log and the staff screen; empty when nothing happened
    };
    // The kiosk, right before it opens the live catalogue: counts one start of a trial and rolls
    // back when the trial has failed (attempts used up, file gone). Finishes an interrupted
    // switch or rollback. Takes the import lock (waits for a running import).
    Result<Outcome> before_open(std::int64_t now);
    // The live catalogue could not be opened (error or time-out): rolls back during a trial.
    Result<Outcome> open_failed(const std::string& reason, std::int64_t now);
    // The kiosk ran this long on the live catalogue: marks a trial good once it is long enough.
    // Never waits: when an import holds the lock it returns the state unchanged (try again).
    Result<Outcome> healthy(double seconds, std::int64_t now);

private:
    Status save(const SlotState& state);
    Status finish_rollback(SlotState& state);
    Result<Outcome> apply(const SlotEvent& event, bool wait_for_lock);
    std::filesystem::path catalogue_;
    SlotPolicy policy_;
    SyncIo& io_;
};

}  // namespace ww::sync
