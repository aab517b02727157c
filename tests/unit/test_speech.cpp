// Reading aloud with espeak-ng: real synthesis of Dutch and English, and the Speaker's thread
// playing through a real (ALSA "null") sound output.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <future>
#include <thread>

#include "adapters/speech.h"

using ww::Language;
using ww::SpeechSettings;

// pcaudiolib's ALSA output never frees its hardware parameters (608 bytes per open/flush); that is
// not ours to fix, so LeakSanitizer builds (WEGWIJZER_SANITIZE) ignore exactly that allocation.
extern "C" const char* __lsan_default_suppressions() { return "leak:snd_pcm_hw_params_malloc\n"; }

namespace {

double rms(const std::vector<std::int16_t>& samples) {
    double sum = 0;
    for (auto s : samples) sum += double(s) * s;
    return samples.empty() ? 0 : std::sqrt(sum / samples.size());
}

// How different two recordings sound: the loudness in 20 ms frames, compared frame by frame
// (0 = the same, 1 = nothing in common). espeak-ng adds a little randomness, so equal texts in
// one voice differ slightly, never as much as two voices do.
double envelope_distance(const std::vector<std::int16_t>& a, const std::vector<std::int16_t>& b, int rate) {
    const size_t frame = static_cast<size_t>(rate) / 50;
    auto envelope = [&](const std::vector<std::int16_t>& s) {
        std::vector<double> e;
        for (size_t i = 0; i + frame <= s.size(); i += frame) {
            double sum = 0;
            for (size_t j = i; j < i + frame; ++j) sum += std::abs(s[j]);
            e.push_back(sum / frame);
        }
        return e;
    };
    const auto x = envelope(a), y = envelope(b);
    double difference = 0, total = 0;
    for (size_t i = 0; i < std::max(x.size(), y.size()); ++i) {
        const double xi = i < x.size() ? x[i] : 0, yi = i < y.size() ? y[i] : 0;
        difference += std::abs(xi - yi);
        total += xi + yi;
    }
    return total == 0 ? 0 : 2 * difference / total;
}

double seconds(const std::vector<std::int16_t>& samples, int rate) { return double(samples.size()) / rate; }

std::vector<std::int16_t> say_offline(const std::string& text, Language language, SpeechSettings settings = {},
                                      int* rate = nullptr) {
    auto result = ww::synthesize(text, language, settings, rate);
    INFO((result.ok() ? std::string() : result.error()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

}  // namespace

TEST_CASE("speech: Dutch and English text become audible speech of a plausible length", "[speech]") {
    int rate = 0;
    // 5 words at 150 words a minute: about two seconds.
    auto dutch = say_offline("Waar zoekt u hulp bij?", Language::Dutch, {}, &rate);
    REQUIRE(rate >= 8000);
    CHECK(seconds(dutch, rate) > 0.8);
    CHECK(seconds(dutch, rate) < 5.0);
    CHECK(rms(dutch) > 300);

    auto english = say_offline("What do you need help with?", Language::English, {}, &rate);
    CHECK(seconds(english, rate) > 0.8);
    CHECK(seconds(english, rate) < 5.0);
    CHECK(rms(english) > 300);

    // A longer text takes longer to say.
    auto longer = say_offline(
        "Het Alzheimer Café in Emmen is elke derde dinsdag van de maand open. "
        "U bent welkom zonder aanmelding.",
        Language::Dutch, {}, &rate);
    CHECK(seconds(longer, rate) > 2 * seconds(dutch, rate));
}

TEST_CASE("speech: the Dutch and the English voice sound different", "[speech]") {
    const std::string text = "Dagbesteding in Emmen en Coevorden";
    int rate = 0;
    auto dutch = say_offline(text, Language::Dutch, {}, &rate);
    auto english = say_offline(text, Language::English);
    REQUIRE_FALSE(dutch.empty());
    REQUIRE_FALSE(english.empty());
    CHECK(envelope_distance(dutch, english, rate) > 0.3);
    // The same voice twice sounds (nearly) the same: the difference above is the voice, not chance.
    CHECK(envelope_distance(dutch, say_offline(text, Language::Dutch), rate) < 0.1);
}

TEST_CASE("speech: rate and volume from the settings are used", "[speech]") {
    const std::string text = "Help bij het huishouden en vervoer naar de dagbesteding.";
    SpeechSettings slow, fast, quiet;
    slow.rate_wpm = 100;
    fast.rate_wpm = 300;
    quiet.volume = 20;
    CHECK(say_offline(text, Language::Dutch, fast).size() < 0.7 * say_offline(text, Language::Dutch, slow).size());
    CHECK(rms(say_offline(text, Language::Dutch, quiet)) < 0.5 * rms(say_offline(text, Language::Dutch)));
}

TEST_CASE("speech: empty text gives no samples", "[speech]") {
    CHECK(say_offline("", Language::Dutch).empty());
    CHECK(say_offline("  \n", Language::English).empty());
}

TEST_CASE("speech: synthesis from several threads at once gives the right audio", "[speech][threads]") {
    const std::string text = "Ontmoetingscentrum voor mensen met dementie";
    int rate = 0;
    const auto expected = say_offline(text, Language::Dutch, {}, &rate);
    auto a = std::async(std::launch::async, [&] { return ww::synthesize(text, Language::Dutch, {}); });
    auto b = std::async(std::launch::async, [&] { return ww::synthesize("Meeting centre", Language::English, {}); });
    auto c = std::async(std::launch::async, [&] { return ww::synthesize(text, Language::Dutch, {}); });
    auto ra = a.get(), rb = b.get(), rc = c.get();
    REQUIRE(ra.ok());
    REQUIRE(rb.ok());
    REQUIRE(rc.ok());
    CHECK(envelope_distance(ra.value(), expected, rate) < 0.1);
    CHECK(envelope_distance(rc.value(), expected, rate) < 0.1);
    CHECK(envelope_distance(rb.value(), expected, rate) > 0.3);
}

TEST_CASE("speech: a Speaker without a sound device fails with a clear message", "[speech]") {
    SpeechSettings settings;
    settings.device = "wegwijzer-no-such-device";
    auto speaker = ww::Speaker::create(settings);
    REQUIRE_FALSE(speaker.ok());
    CHECK(speaker.error().find("wegwijzer-no-such-device") != std::string::npos);
    CHECK(speaker.error().find("reading aloud is off") != std::string::npos);
}

TEST_CASE("speech: a Speaker speaks in the background and stops on request", "[speech][threads]") {
    // ALSA's "null" device takes sound like a real card and throws it away.
    SpeechSettings settings;
    settings.device = "null";
    auto created = ww::Speaker::create(settings);
    INFO((created.ok() ? std::string() : created.error()));
    REQUIRE(created.ok());
    ww::Speaker& speaker = **created;
    CHECK_FALSE(speaker.speaking());

    speaker.say(
        "Het Alzheimer Café in Emmen is elke derde dinsdag van de maand open. "
        "U bent welkom zonder aanmelding, en de koffie staat klaar.",
        Language::Dutch);
    CHECK(speaker.speaking());  // at once: say() only hands the text over
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK(speaker.speaking());  // several seconds of speech are still playing

    speaker.stop();
    CHECK_FALSE(speaker.speaking());

    // A new text replaces the old one; a short text finishes by itself.
    speaker.say("Lang verhaal dat niemand hoort, omdat er meteen iets anders komt.", Language::Dutch);
    speaker.say("Ja.", Language::Dutch);
    CHECK(speaker.speaking());
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (speaker.speaking() && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    CHECK_FALSE(speaker.speaking());

    speaker.say("", Language::English);  // nothing to say is not speaking
    CHECK_FALSE(speaker.speaking());
}
