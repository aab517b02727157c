#include "platform/gesture.h"

#include <cmath>

namespace ww::platform {

GestureOutput GestureRecognizer::press(Point p, double now) {
    down_ = true;
    swiping_ = false;
    origin_ = last_ = p;
    pressed_at_ = now;
    return {};
}

GestureOutput GestureRecognizer::move(Point p, double) {
    GestureOutput out;
    if (!down_) {
        last_ = p;
        return out;
    }
    if (!swiping_ && std::hypot(p.x - origin_.x, p.y - origin_.y) > slop_px_) {
        swiping_ = true;
        // The whole movement so far scrolls, so content stays under the finger.
        out.scroll_dx = p.x - origin_.x;
        out.scroll_dy = p.y - origin_.y;
    } else if (swiping_) {
        out.scroll_dx = p.x - last_.x;
        out.scroll_dy = p.y - last_.y;
    }
    out.swiping = swiping_;
    last_ = p;
    return out;
}

GestureOutput GestureRecognizer::release(Point p, double now) {
    GestureOutput out = move(p, now);
    if (down_ && !swiping_) out.tap = origin_;
    down_ = false;
    swiping_ = false;
    out.swiping = false;
    return out;
}

bool TapFilter::accept(const std::string& target, double now) {
    if (target == last_target_ && now - last_time_ < window_s_) return false;
    last_target_ = target;
    last_time_ = now;
    return true;
}

int CornerGesture::corner_of(Point p, float w, float h) const {
    if (p.x < corner_px_ && p.y < corner_px_) return 1;
    if (p.x >= w - corner_px_ && p.y >= h - corner_px_) return 2;
    return 0;
}

bool CornerGesture::update(bool down, Point p, float w, float h, double now) {
    const int corner = down ? corner_of(p, w, h) : 0;
    if (corner != holding_) {
        holding_ = corner;
        hold_start_ = now;
    }
    if (holding_ == 0 || now - hold_start_ < hold_s_) return false;
    // This corner has been held long enough.
    if (done_corner_ != 0 && done_corner_ != holding_ && now - done_at_ <= within_s_ + hold_s_) {
        done_corner_ = 0;
        holding_ = 0;
        return true;
    }
    if (done_corner_ != holding_ || now - done_at_ > within_s_) {
        done_corner_ = holding_;
        done_at_ = now;
    }
    return false;
}

std::optional<double> CornerGesture::next_check(double now) const {
    if (holding_ == 0) return std::nullopt;
    const double left = hold_s_ - (now - hold_start_);
    return left > 0 ? left : 0.25;
}

}  // namespace ww::platform
