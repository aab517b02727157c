// Simple pictograms drawn with lines and shapes, always shown with a word (never alone).
#include <cmath>

#include "core/taxonomy.h"
#include "ui/views.h"

namespace ww::ui {

namespace {
struct Pen {
    ImDrawList* d;
    Rect r;
    ImU32 col;
    float t;  // stroke width
    ImVec2 p(float x, float y) const { return {r.x + x * r.w, r.y + y * r.h}; }
    float s(float v) const { return v * r.w; }
    void circle(float x, float y, float rad, bool filled = false) const {
        if (filled) d->AddCircleFilled(p(x, y), s(rad), col, 32);
        else d->AddCircle(p(x, y), s(rad), col, 32, t);
    }
    void line(float x0, float y0, float x1, float y1) const { d->AddLine(p(x0, y0), p(x1, y1), col, t); }
    void box(float x0, float y0, float x1, float y1, bool filled = false, float round = 0) const {
        if (filled) d->AddRectFilled(p(x0, y0), p(x1, y1), col, s(round));
        else d->AddRect(p(x0, y0), p(x1, y1), col, s(round), 0, t);
    }
    void tri(float x0, float y0, float x1, float y1, float x2, float y2) const {
        d->AddTriangleFilled(p(x0, y0), p(x1, y1), p(x2, y2), col);
    }
    void heart(float cx, float cy, float size) const {
        circle(cx - size * 0.5f, cy - size * 0.2f, size * 0.55f, true);
        circle(cx + size * 0.5f, cy - size * 0.2f, size * 0.55f, true);
        tri(cx - size * 1.03f, cy - size * 0.05f, cx + size * 1.03f, cy - size * 0.05f, cx, cy + size * 1.2f);
    }
    void person(float cx, float top, float size) const {
        circle(cx, top + size * 0.22f, size * 0.2f, true);
        d->AddRectFilled(p(cx - size * 0.3f, top + size * 0.5f), p(cx + size * 0.3f, top + size * 1.1f), col,
                         s(size * 0.25f), ImDrawFlags_RoundCornersTop);
    }
};
}  // namespace

bool draw_pictogram(ImDrawList* draw, const std::string& code, const Rect& r, Rgb color) {
    const Pen pen{draw, r, to_imgui(color), std::max(2.0f, r.w / 14)};
    if (code == tag::kDementiaSupport) {  // a head seen from the side, a heart where the mind is
        ImDrawList* d = pen.d;
        d->PathClear();
        d->PathLineTo(pen.p(0.36f, 0.95f));  // the back of the neck
        d->PathLineTo(pen.p(0.33f, 0.76f));
        d->PathArcTo(pen.p(0.5f, 0.42f), pen.s(0.32f), 0.75f * 3.14159f, 2.1f * 3.14159f, 40);  // over the top
        d->PathLineTo(pen.p(0.88f, 0.61f));                                                     // the nose
        d->PathLineTo(pen.p(0.81f, 0.64f));
        d->PathLineTo(pen.p(0.82f, 0.72f));  // mouth and chin
        d->PathLineTo(pen.p(0.76f, 0.78f));
        d->PathLineTo(pen.p(0.65f, 0.79f));
        d->PathLineTo(pen.p(0.64f, 0.95f));  // the front of the neck
        d->PathStroke(pen.col, 0, pen.t);
        pen.heart(0.5f, 0.4f, 0.15f);
    } else if (code == tag::kMeeting) {  // two people and, clear of them, a cup of coffee
        // Each part keeps a gap of at least a stroke to the others, so at the smallest tile
        // (kPictogramMinMm) the cup does not melt into the people.
        pen.person(0.25f, 0.04f, 0.52f);
        pen.person(0.75f, 0.04f, 0.52f);
        pen.box(0.33f, 0.7f, 0.59f, 0.93f, true, 0.05f);                                  // the cup
        pen.d->AddCircle(pen.p(0.65f, 0.8f), pen.s(0.075f), pen.col, 24, pen.t * 0.75f);  // its handle, with a hole
        pen.box(0.26f, 0.95f, 0.74f, 0.99f, true);                                        // the saucer
    } else if (code == tag::kDayCare) {  // three people at one table: a day spent together
        pen.person(0.2f, 0.2f, 0.42f);
        pen.person(0.5f, 0.14f, 0.48f);
        pen.person(0.8f, 0.2f, 0.42f);
        pen.box(0.04f, 0.66f, 0.96f, 0.75f, true, 0.02f);  // the table top
        pen.box(0.12f, 0.75f, 0.19f, 0.95f, true);         // and its legs
        pen.box(0.81f, 0.75f, 0.88f, 0.95f, true);
    } else if (code == tag::kTransport) {  // a small bus
        pen.box(0.1f, 0.25f, 0.9f, 0.72f, true, 0.06f);
        pen.d->AddRectFilled(pen.p(0.18f, 0.33f), pen.p(0.45f, 0.5f), IM_COL32(255, 255, 255, 255), 0);
        pen.d->AddRectFilled(pen.p(0.55f, 0.33f), pen.p(0.82f, 0.5f), IM_COL32(255, 255, 255, 255), 0);
        pen.circle(0.28f, 0.75f, 0.1f, true);
        pen.circle(0.72f, 0.75f, 0.1f, true);
    } else if (code == tag::kCarerSupport) {  // one person supporting another, a heart above
        pen.person(0.32f, 0.3f, 0.6f);
        pen.person(0.68f, 0.38f, 0.5f);
        pen.heart(0.5f, 0.17f, 0.09f);
    } else if (code == tag::kCareAtHome) {  // a house with a heart
        pen.tri(0.5f, 0.1f, 0.08f, 0.48f, 0.92f, 0.48f);
        pen.box(0.2f, 0.46f, 0.8f, 0.9f);
        pen.heart(0.5f, 0.64f, 0.1f);
    } else if (code == tag::kAdvice) {  // a speech balloon with an "i"
        pen.box(0.1f, 0.12f, 0.9f, 0.7f, false, 0.1f);
        pen.tri(0.3f, 0.69f, 0.45f, 0.69f, 0.25f, 0.9f);
        pen.circle(0.5f, 0.26f, 0.05f, true);
        pen.box(0.46f, 0.36f, 0.54f, 0.6f, true);
    } else if (code == "search") {  // a magnifying glass
        pen.circle(0.42f, 0.42f, 0.25f);
        pen.d->AddLine(pen.p(0.6f, 0.6f), pen.p(0.88f, 0.88f), pen.col, pen.t * 1.8f);
    } else if (code == "route") {  // a signpost
        pen.box(0.46f, 0.1f, 0.54f, 0.95f, true);
        pen.box(0.2f, 0.18f, 0.75f, 0.38f, true);
        pen.tri(0.75f, 0.14f, 0.75f, 0.42f, 0.88f, 0.28f);
        pen.box(0.25f, 0.48f, 0.8f, 0.68f, true);
        pen.tri(0.25f, 0.44f, 0.25f, 0.72f, 0.12f, 0.58f);
    } else if (code == "person") {
        pen.person(0.5f, 0.12f, 0.8f);
    } else {
        pen.circle(0.5f, 0.5f, 0.3f);  // never an empty tile, but a test catches a code without its own
        return false;
    }
    return true;
}

}  // namespace ww::ui
