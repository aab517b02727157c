#pragma once
// Two catalogue slots with a trial and automatic rollback, after RAUC's and SWUpdate's A/B
// updates with boot counting. The live catalogue file is what the kiosk opens; the previous
// catalogue is kept next to it (<catalogue>.previous). A new catalogue starts "in trial": every
// start of the kiosk on it uses up one attempt BEFORE the catalogue is opened, so a crash or a
// hang (the systemd watchdog kills the kiosk, Restart= starts it again) is counted across
// restarts. A trial catalogue that cannot be opened, or whose attempts run out, is replaced by
// the previous one and its version is refused from then on. After a healthy trial period it is
// marked good.
//
// This file holds the decisions only: plain data in, plain data out, time passed in. The files
// live in slot_store.h.
#include <cstdint>
#include <string>
#include <vector>

namespace ww::sync {

enum class SlotPhase {
    Stable,       // the live catalogue is good (or there is none)
    Switching,    // a new file is being renamed over the live one
    Trial,        // the live catalogue is new and not yet proven
    RollingBack,  // the previous catalogue is being put back
};

// The most starts a trial may have; the importer starts trials with this many and the kiosk's
// [sync] trial_attempts lowers it at its first start.
constexpr int kMaxTrialAttempts = 10;

struct SlotPolicy {
    int attempts = 3;            // starts on a trial catalogue before it counts as failed
    double trial_seconds = 300;  // healthy running time that marks a trial catalogue good
};

struct SlotState {
    SlotPhase phase = SlotPhase::Stable;
    std::int64_t live_version = 0;               // the catalogue in the live file; 0: none or unknown
    std::int64_t previous_version = 0;           // the catalogue kept in the previous slot; 0: none
    std::int64_t trial_version = 0;              // Switching/Trial/RollingBack: the new version
    std::uint64_t trial_file_id = 0;             // Switching/Trial: the new file's inode (a rename keeps it)
    bool trial_before_switch = false;            // Switching: the live file was itself still in trial
    std::uint64_t switch_old_live_id = 0;        // Switching: the live file's inode before the switch
    std::int64_t switch_old_previous = 0;        // Switching: the previous slot's version before it
    int attempts_left = 0;                       // Trial: starts left
    std::int64_t trial_started = 0;              // unix seconds when the trial catalogue was switched in
    std::vector<std::int64_t> refused_versions;  // rolled back once: never installed again
    std::string last_rollback;                   // why the last rollback happened (English)
    std::int64_t last_rollback_at = 0;           // unix seconds
    bool operator==(const SlotState&) const = default;
};

enum class SlotEventKind {
    SwitchStarted,  // version, file_id, other_file_id, now: a checked file is about to replace the live one
    SwitchDone,     // the rename is done and durable
    Starting,       // file_id, other_file_id: the live and previous files' inodes (0: none); the
                    // kiosk is about to open the live file
    OpenFailed,     // reason, now: the live catalogue could not be opened (error or time-out)
    Healthy,        // healthy_seconds, now: the kiosk has run this long on the live catalogue
    RolledBack,     // the previous catalogue is back in the live file
};

struct SlotEvent {
    SlotEvent() = default;
    SlotEvent(SlotEventKind kind_, std::int64_t version_ = 0, std::uint64_t file_id_ = 0, std::int64_t now_ = 0)
        : kind(kind_), version(version_), file_id(file_id_), now(now_) {}
    SlotEventKind kind = SlotEventKind::Starting;
    std::int64_t version = 0;
    std::uint64_t file_id = 0;
    std::int64_t now = 0;
    // SwitchStarted: the live file's inode now; Starting: the previous slot file's inode (0: none)
    std::uint64_t other_file_id = 0;
    double healthy_seconds = 0;
    std::string reason;
};

// The state after an event. Events that do not apply to the phase leave the state as it was.
SlotState next_slot_state(const SlotState& state, const SlotEvent& event, const SlotPolicy& policy);

// A switch from Stable keeps the current live file as the previous slot; a switch during a trial
// keeps the previous slot as it is (it still holds the last good catalogue), unless it is empty:
// an unproven catalogue is still better to go back to than none.
bool switch_keeps_live_as_previous(const SlotState& state);

// True when this version was rolled back once and must be refused.
bool is_refused_version(const SlotState& state, std::int64_t version);

const char* phase_name(SlotPhase phase);

// One line for `kioskctl status` and the staff screen (English), e.g.
// "version 7 in trial (2 starts left, since 2026-11-28 10:15 UTC); previous slot: version 6".
std::string describe_slots(const SlotState& state);

}  // namespace ww::sync
