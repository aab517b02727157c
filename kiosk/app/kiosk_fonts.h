#pragma once
// The screens' fonts (ui::Fonts) at the sizes of the layout metrics, baked by the window. The
// platform bakes whatever faces it is given and knows nothing of the screens' font roles; this is
// where the two meet.
#include "core/result.h"
#include "platform/window.h"
#include "ui/canvas.h"
#include "ui/layout.h"

namespace ww::app {

Result<ui::Fonts> load_kiosk_fonts(platform::KioskWindow& window, const ui::Metrics& metrics);

}  // namespace ww::app
