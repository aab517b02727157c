#pragma once
// The kiosk window: full screen, no decorations, cursor hidden, closing does nothing. OpenGL 3 and
// Dear ImGui set up here; pointer input is queued as plain events for the gesture recogniser, and
// ImGui itself never sees the pointer (so nothing hovers).
#include <cstdint>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/result.h"

struct GLFWwindow;
struct ImFont;

namespace ww::platform {

struct PointerEvent {
    enum class Kind { Press, Move, Release, Wheel };
    Kind kind;
    float x = 0, y = 0;
    double time = 0;
};

// One font the atlas holds: a TrueType file at a pixel size.
struct FontFace {
    const char* ttf_path = nullptr;
    float px = 0;
};

struct WindowOptions {
    int width = 0;  // 0: full screen on the primary monitor
    int height = 0;
    std::string title = "Wegwijzer";
};

class KioskWindow {
public:
    static Result<std::unique_ptr<KioskWindow>> create(const WindowOptions& options);
    ~KioskWindow();
    KioskWindow(const KioskWindow&) = delete;
    KioskWindow& operator=(const KioskWindow&) = delete;

    // Waits for input or until `timeout_s` has passed (0: just collect what is there).
    void wait(double timeout_s);
    bool has_events() const { return !events_.empty(); }
    PointerEvent pop_event();
    double now() const;  // seconds, monotonic

    // Asks for a new window size and waits (at most `timeout_s`) until the framebuffer has it.
    bool resize(int w, int h, double timeout_s = 5);

    int width() const;  // framebuffer pixels
    int height() const;

    // Bakes these faces into the atlas with the characters of `glyph_ranges` (ImGui's
    // zero-terminated [first, last] pairs) and uploads it; returns them in the same order. The
    // previous atlas goes, so call it again for every new text size.
    Result<std::vector<ImFont*>> load_fonts(const std::vector<FontFace>& faces, const std::uint16_t* glyph_ranges);

    // ImGui frame around the views' drawing: begin_frame, draw, finish_build (ImGui::Render, the
    // CPU part), end_frame (OpenGL), present (swap).
    void begin_frame();
    void finish_build();
    void end_frame();
    // Wakes wait() from any thread (for the USB sync's status updates).
    static void wake();
    void present();  // shows the rendered frame (after any save_png)
    // Reads the back buffer after rendering and writes a PNG (stbi_write_png from Debian's libstb).
    // `quick`: half the width and height (2x2 pixels averaged) and light compression, about ten
    // times faster: the layout walk saves hundreds of screens.
    Status save_png(const std::filesystem::path& path, bool quick = false);

private:
    KioskWindow() = default;
    static void on_button(GLFWwindow* w, int button, int action, int mods);
    static void on_cursor(GLFWwindow* w, double x, double y);
    static void on_scroll(GLFWwindow* w, double dx, double dy);
    static void on_close(GLFWwindow* w);
    static void on_key(GLFWwindow* w, int key, int scancode, int action, int mods);
    GLFWwindow* window_ = nullptr;
    std::deque<PointerEvent> events_;
    bool pressed_ = false;
    bool imgui_ready_ = false;
    unsigned font_texture_ = 0;  // ours, not the backend's (see load_fonts)
};

// Where the fonts come from (Debian fonts-noto-core).
inline constexpr const char* kRegularFont = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
inline constexpr const char* kBoldFont = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf";

}  // namespace ww::platform
