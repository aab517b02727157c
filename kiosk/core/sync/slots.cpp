#include "core/sync/slots.h"

#include <algorithm>
#include <chrono>

#include "core/calendar.h"

namespace ww::sync {

namespace {

SlotState clear_trial(SlotState s) {
    s.trial_version = 0;
    s.trial_file_id = 0;
    s.trial_before_switch = false;
    s.switch_old_live_id = 0;
    s.switch_old_previous = 0;
    s.attempts_left = 0;
    s.trial_started = 0;
    return s;
}

SlotState begin_rollback(SlotState s, std::string reason, std::int64_t now) {
    s.phase = SlotPhase::RollingBack;
    // Refused before the files move: whatever happens next, this version never comes back.
    if (s.trial_version > 0 && !is_refused_version(s, s.trial_version)) s.refused_versions.push_back(s.trial_version);
    s.last_rollback = "version " + std::to_string(s.trial_version) + " was rolled back: " + std::move(reason);
    s.last_rollback_at = now;
    return s;
}

std::string utc_minute(std::int64_t unix_seconds) {
    return format_time(std::chrono::system_clock::time_point(std::chrono::seconds(unix_seconds)), "%Y-%m-%d %H:%M UTC",
                       /*utc=*/true);
}

}  // namespace

bool switch_keeps_live_as_previous(const SlotState& state) {
    return state.phase == SlotPhase::Stable || (state.phase == SlotPhase::Trial && state.previous_version == 0);
}

bool is_refused_version(const SlotState& state, std::int64_t version) {
    return std::find(state.refused_versions.begin(), state.refused_versions.end(), version) !=
           state.refused_versions.end();
}

SlotState next_slot_state(const SlotState& state, const SlotEvent& event, const SlotPolicy& policy) {
    SlotState s = state;
    switch (event.kind) {
        case SlotEventKind::SwitchStarted:
            if (s.phase == SlotPhase::RollingBack || s.phase == SlotPhase::Switching) return s;  // finish that first
            s.trial_before_switch = s.phase == SlotPhase::Trial;
            s.switch_old_live_id = event.other_file_id;
            s.switch_old_previous = s.previous_version;
            if (switch_keeps_live_as_previous(state)) s.previous_version = s.live_version;
            s.phase = SlotPhase::Switching;
            s.trial_version = event.version;
            s.trial_file_id = event.file_id;
            s.attempts_left = std::max(1, policy.attempts);
            s.trial_started = event.now;
            return s;

        case SlotEventKind::SwitchDone:
            if (s.phase != SlotPhase::Switching) return s;
            s.phase = SlotPhase::Trial;
            s.live_version = s.trial_version;
            s.trial_before_switch = false;
            s.switch_old_live_id = 0;
            s.switch_old_previous = 0;
            return s;

        case SlotEventKind::Starting:
            if (s.phase == SlotPhase::Switching) {
                // Killed during a switch: the inode says whether the rename happened.
                if (event.file_id != 0 && event.file_id == s.trial_file_id) {
                    s = next_slot_state(s, {SlotEventKind::SwitchDone}, policy);
                } else {
                    const bool was_trial = s.trial_before_switch;
                    // The previous slot holds the old live file when its link was made in time.
                    const bool previous_replaced =
                        event.other_file_id != 0 && event.other_file_id == s.switch_old_live_id;
                    s.previous_version = previous_replaced ? s.live_version : s.switch_old_previous;
                    s = clear_trial(s);
                    s.phase = was_trial ? SlotPhase::Trial : SlotPhase::Stable;
                    if (was_trial) {
                        // The older trial goes on, with its attempts counted afresh.
                        s.trial_version = s.live_version;
                        s.trial_file_id = event.file_id;
                        s.attempts_left = std::max(1, policy.attempts);
                        s.trial_started = event.now;
                    }
                    return s;
                }
            }
            if (s.phase != SlotPhase::Trial) return s;
            s.attempts_left = std::min(s.attempts_left, std::max(1, policy.attempts));  // the kiosk's setting rules
            if (event.file_id == 0) return begin_rollback(s, "its file is missing", event.now);
            if (s.attempts_left <= 0)
                return begin_rollback(s,
                                      "the kiosk stopped " + std::to_string(std::max(1, policy.attempts)) +
                                          " times while running it (crash, hang or power cut) before its trial ended",
                                      event.now);
            --s.attempts_left;
            return s;

        case SlotEventKind::OpenFailed:
            if (s.phase != SlotPhase::Trial) return s;
            return begin_rollback(s, "the kiosk could not open it (" + event.reason + ")", event.now);

        case SlotEventKind::Healthy:
            if (s.phase != SlotPhase::Trial || event.healthy_seconds < policy.trial_seconds) return s;
            s = clear_trial(s);
            s.phase = SlotPhase::Stable;
            return s;

        case SlotEventKind::RolledBack:
            if (s.phase != SlotPhase::RollingBack) return s;
            s = clear_trial(s);
            s.phase = SlotPhase::Stable;
            s.live_version = s.previous_version;
            s.previous_version = 0;  // the slot was used up: it is the live file now
            return s;
    }
    return s;
}

const char* phase_name(SlotPhase phase) {
    switch (phase) {
        case SlotPhase::Stable: return "stable";
        case SlotPhase::Switching: return "switching";
        case SlotPhase::Trial: return "trial";
        case SlotPhase::RollingBack: return "rolling back";
    }
    return "?";
}

std::string describe_slots(const SlotState& s) {
    std::string out = "live: ";
    out += s.live_version > 0 ? "version " + std::to_string(s.live_version) : std::string("none");
    switch (s.phase) {
        case SlotPhase::Stable: out += " (good)"; break;
        case SlotPhase::Trial:
            out += " (in trial since " + utc_minute(s.trial_started) + ", " + std::to_string(s.attempts_left) +
                   " starts left)";
            break;
        case SlotPhase::Switching: out += " (switching to version " + std::to_string(s.trial_version) + ")"; break;
        case SlotPhase::RollingBack: out += " (rolling back version " + std::to_string(s.trial_version) + ")"; break;
    }
    out += "; previous slot: ";
    out += s.previous_version > 0 ? "version " + std::to_string(s.previous_version) : std::string("empty");
    return out;
}

}  // namespace ww::sync
