#pragma once
// Reading aloud with espeak-ng (Dutch and English voices). Speaking never blocks the caller.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/model.h"
#include "core/result.h"

namespace ww {

struct SpeechSettings {
    int volume = 80;  // 0..100
    int rate_wpm = 150;
    std::string device;  // sound output (PulseAudio sink or ALSA device, e.g. "null"); empty: the default
};

class Speaker {
public:
    // Fails (with a message) when espeak-ng or its voices are missing; the kiosk then hides "Lees voor".
    static Result<std::unique_ptr<Speaker>> create(const SpeechSettings& settings);
    virtual ~Speaker() = default;
    // Stops what is being said and says `text` in the background.
    virtual void say(const std::string& text, Language language) = 0;
    virtual void stop() = 0;
    virtual bool speaking() const = 0;
};

// Synthesises to 16-bit mono samples without playing (for tests and for checking voices).
Result<std::vector<std::int16_t>> synthesize(const std::string& text, Language language, const SpeechSettings& settings,
                                             int* sample_rate = nullptr);

}  // namespace ww
