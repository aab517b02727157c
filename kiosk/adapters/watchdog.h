#pragma once
// Tells systemd that the kiosk is up and still drawing (sd_notify, libsystemd).
// Outside systemd (no NOTIFY_SOCKET) every call does nothing, so the kiosk runs the same
// from a terminal, under Xvfb in tests, or under wegwijzer-kiosk.service.
//
// The unit runs the kiosk as a child of cage (NotifyAccess=all), so WATCHDOG_PID names cage,
// not us; that is why these functions read WATCHDOG_USEC themselves instead of asking
// sd_watchdog_enabled(), which would say "not for you".
#include <chrono>

namespace ww {

// Once, after the first frame is on screen: systemd then counts the service as started.
void notify_ready();

// From the event loop, every iteration. Sends WATCHDOG=1 at most every watchdog_interval()/4,
// so calling it on every frame costs nothing.
void notify_watchdog();

// When the kiosk quits on purpose (staff mode "Afsluiten").
void notify_stopping();

// WatchdogSec of the unit, or zero when there is no watchdog. The event loop must wake up at
// least every watchdog_interval()/2 even with nobody touching the screen
// (glfwWaitEventsTimeout with a timeout no longer than that).
std::chrono::milliseconds watchdog_interval();

}  // namespace ww
