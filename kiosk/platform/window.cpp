#include "platform/window.h"

#include <GLFW/glfw3.h>
// clang-format off: glext.h needs GL/gl.h, which glfw3.h brings
#include <GL/glext.h>
// clang-format on
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>
#include <stb_image_write.h>

#include <cfloat>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ww::platform {

namespace {
KioskWindow* self(GLFWwindow* w) { return static_cast<KioskWindow*>(glfwGetWindowUserPointer(w)); }

// Texture swizzles are core in OpenGL 3.3 (and an extension before).
bool has_texture_swizzle() {
    GLint major = 0, minor = 0;
    glGetIntegerv(GL_MAJOR_VERSION, &major);
    glGetIntegerv(GL_MINOR_VERSION, &minor);
    if (major > 3 || (major == 3 && minor >= 3)) return true;
    GLint count = 0;
    glGetIntegerv(GL_NUM_EXTENSIONS, &count);
    auto get_stringi = reinterpret_cast<PFNGLGETSTRINGIPROC>(glfwGetProcAddress("glGetStringi"));
    for (GLint i = 0; get_stringi && i < count; ++i)
        if (std::string_view(reinterpret_cast<const char*>(get_stringi(GL_EXTENSIONS, static_cast<GLuint>(i)))) ==
            "GL_ARB_texture_swizzle")
            return true;
    return false;
}

// Uploads the built font atlas. The glyphs are coverage only, so one channel read as white with
// the coverage as alpha is all the shader needs: a quarter of the RGBA texture (and no RGBA copy
// in memory) that the ImGui backend would make. Without swizzles, RGBA as the backend does.
GLuint upload_font_atlas() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    const bool one_channel = has_texture_swizzle();
    if (one_channel) io.Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    else io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    while (glGetError() != GL_NO_ERROR) {}  // only this upload's errors count below
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ROW_LENGTH, 0);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    if (one_channel) {
        const GLint white_with_alpha[] = {GL_ONE, GL_ONE, GL_ONE, GL_RED};
        glTexParameteriv(GL_TEXTURE_2D, GL_TEXTURE_SWIZZLE_RGBA, white_with_alpha);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, w, h, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    } else {
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, w, h, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    }
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    if (glGetError() != GL_NO_ERROR) {
        glDeleteTextures(1, &texture);
        return 0;
    }
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(texture)));
    return texture;
}
}  // namespace

Result<std::unique_ptr<KioskWindow>> KioskWindow::create(const WindowOptions& options) {
    if (!glfwInit()) return fail("cannot start GLFW (no display?)");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_DECORATED, GLFW_FALSE);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);  // 2D only: no depth or stencil buffer to hold in memory
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    glfwWindowHint(GLFW_AUTO_ICONIFY, GLFW_FALSE);
    glfwWindowHint(GLFW_FOCUS_ON_SHOW, GLFW_TRUE);
    GLFWmonitor* monitor = nullptr;
    int w = options.width, h = options.height;
    if (w <= 0 || h <= 0) {
        monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!mode) {
            glfwTerminate();
            return fail("no monitor found");
        }
        w = mode->width;
        h = mode->height;
    }
    std::unique_ptr<KioskWindow> win(new KioskWindow());
    win->window_ = glfwCreateWindow(w, h, options.title.c_str(), monitor, nullptr);
    if (!win->window_) {
        glfwTerminate();
        return fail("cannot open an OpenGL 3 window");
    }
    if (!monitor) glfwSetWindowPos(win->window_, 0, 0);
    glfwMakeContextCurrent(win->window_);
    glfwSwapInterval(1);
    glfwSetWindowUserPointer(win->window_, win.get());
    glfwSetInputMode(win->window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);
    // Our callbacks first: ImGui's backend chains to them.
    glfwSetMouseButtonCallback(win->window_, on_button);
    glfwSetCursorPosCallback(win->window_, on_cursor);
    glfwSetScrollCallback(win->window_, on_scroll);
    glfwSetWindowCloseCallback(win->window_, on_close);
    glfwSetKeyCallback(win->window_, on_key);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is written to disk
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    ImGui_ImplGlfw_InitForOpenGL(win->window_, true);
    ImGui_ImplOpenGL3_Init("#version 130");
    // The backend would make its device objects on the first frame, and with them a second,
    // RGBA font texture of its own that is never freed. Make them now and drop that texture:
    // load_fonts uploads the fonts.
    ImGui_ImplOpenGL3_CreateDeviceObjects();
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    io.Fonts->ClearTexData();
    win->imgui_ready_ = true;
    return win;
}

KioskWindow::~KioskWindow() {
    if (imgui_ready_) {
        glDeleteTextures(1, &font_texture_);
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

void KioskWindow::on_button(GLFWwindow* w, int button, int action, int) {
    if (button != GLFW_MOUSE_BUTTON_LEFT) return;
    KioskWindow* k = self(w);
    double x = 0, y = 0;
    glfwGetCursorPos(w, &x, &y);
    k->pressed_ = action == GLFW_PRESS;
    k->events_.push_back({action == GLFW_PRESS ? PointerEvent::Kind::Press : PointerEvent::Kind::Release, float(x),
                          float(y), glfwGetTime()});
}

void KioskWindow::on_cursor(GLFWwindow* w, double x, double y) {
    KioskWindow* k = self(w);
    // Only movement with the finger down matters; a hovering mouse does nothing.
    if (!k->pressed_) return;
    if (!k->events_.empty() && k->events_.back().kind == PointerEvent::Kind::Move) {
        k->events_.back().x = float(x);  // merge moves: only the latest position counts
        k->events_.back().y = float(y);
        k->events_.back().time = glfwGetTime();
        return;
    }
    k->events_.push_back({PointerEvent::Kind::Move, float(x), float(y), glfwGetTime()});
}

void KioskWindow::on_scroll(GLFWwindow* w, double, double dy) {
    double x = 0, y = 0;
    glfwGetCursorPos(w, &x, &y);
    self(w)->events_.push_back({PointerEvent::Kind::Wheel, float(x), float(dy), glfwGetTime()});
}

void KioskWindow::on_close(GLFWwindow* w) {
    glfwSetWindowShouldClose(w, GLFW_FALSE);  // Alt+F4 and the window manager's close do nothing
}

void KioskWindow::on_key(GLFWwindow*, int, int, int, int) {
    // No keyboard exists on the kiosk; keys that reach us (Alt+F4, Escape, ...) do nothing.
}

void KioskWindow::wait(double timeout_s) {
    if (timeout_s <= 0) glfwPollEvents();
    else glfwWaitEventsTimeout(timeout_s);
}

PointerEvent KioskWindow::pop_event() {
    PointerEvent e = events_.front();
    events_.pop_front();
    return e;
}

double KioskWindow::now() const { return glfwGetTime(); }

bool KioskWindow::resize(int w, int h, double timeout_s) {
    glfwSetWindowSize(window_, w, h);
    const double end = glfwGetTime() + timeout_s;
    while (width() != w || height() != h) {
        if (glfwGetTime() > end) return false;
        glfwWaitEventsTimeout(0.02);
    }
    events_.clear();  // no pointer events from the old size
    // The software renderer takes the new size for its buffers at a swap.
    glfwSwapBuffers(window_);
    glfwSwapBuffers(window_);
    return true;
}

int KioskWindow::width() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return w;
}

int KioskWindow::height() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return h;
}

Result<std::vector<ImFont*>> KioskWindow::load_fonts(const std::vector<FontFace>& faces,
                                                     const std::uint16_t* glyph_ranges) {
    ImGuiIO& io = ImGui::GetIO();
    glDeleteTextures(1, &font_texture_);
    font_texture_ = 0;
    io.Fonts->Clear();
    static_assert(sizeof(ImWchar) == sizeof(std::uint16_t));
    const ImWchar* ranges = reinterpret_cast<const ImWchar*>(glyph_ranges);
    ImFontConfig cfg;
    cfg.OversampleH = 1;  // large sizes need no sub-pixel oversampling; keeps the atlas small
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    std::vector<ImFont*> fonts;
    for (const FontFace& face : faces) {
        ImFont* font = io.Fonts->AddFontFromFileTTF(face.ttf_path, face.px, &cfg, ranges);
        if (!font) return fail(std::string("cannot load the font ") + face.ttf_path);
        fonts.push_back(font);
    }
    if (!io.Fonts->Build()) return fail("cannot build the font atlas");
    font_texture_ = upload_font_atlas();
    io.Fonts->ClearTexData();    // the GPU has it now; free the CPU copy
    io.Fonts->ClearInputData();  // and the TTF files: the next size change loads them again
    if (!font_texture_) return fail("cannot upload the font atlas");
    return fonts;
}

void KioskWindow::begin_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    // Taps are handled by the gesture recogniser; ImGui never sees a pointer, so nothing hovers.
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    for (bool& down : io.MouseDown) down = false;
    ImGui::NewFrame();
}

void KioskWindow::finish_build() { ImGui::Render(); }

void KioskWindow::wake() { glfwPostEmptyEvent(); }

void KioskWindow::end_frame() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.98f, 0.97f, 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void KioskWindow::present() { glfwSwapBuffers(window_); }

Status KioskWindow::save_png(const std::filesystem::path& path, bool quick) {
    const int w = width(), h = height();
    std::vector<unsigned char> pixels(static_cast<size_t>(w) * h * 3);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGB, GL_UNSIGNED_BYTE, pixels.data());
    stbi_flip_vertically_on_write(1);
    const int level = stbi_write_png_compression_level, filter = stbi_write_force_png_filter;
    int out_w = w, out_h = h;
    if (quick) {
        stbi_write_png_compression_level = 1;
        stbi_write_force_png_filter = 1;  // "sub": flat colours become runs of zeros
        out_w = w / 2;
        out_h = h / 2;
        for (int y = 0; y < out_h; ++y)
            for (int x = 0; x < out_w; ++x)
                for (int c = 0; c < 3; ++c) {
                    const auto at = [&](int px, int py) {
                        return int(pixels[(size_t(py) * size_t(w) + size_t(px)) * 3 + size_t(c)]);
                    };
                    const int sum =
                        at(2 * x, 2 * y) + at(2 * x + 1, 2 * y) + at(2 * x, 2 * y + 1) + at(2 * x + 1, 2 * y + 1);
                    pixels[(size_t(y) * size_t(out_w) + size_t(x)) * 3 + size_t(c)] =
                        static_cast<unsigned char>((sum + 2) / 4);
                }
    }
    const bool written = stbi_write_png(path.c_str(), out_w, out_h, 3, pixels.data(), out_w * 3) != 0;
    stbi_write_png_compression_level = level;
    stbi_write_force_png_filter = filter;
    if (!written) return fail("cannot write " + path.string());
    return success();
}

}  // namespace ww::platform
