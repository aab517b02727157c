// Reading aloud. espeak-ng always runs in its synchronous mode, filling a buffer through a
// callback: one global mode means synthesize() and a speaking Speaker never fight over espeak's
// global state (a mutex serialises them). The Speaker plays the samples on its own thread through
// pcaudiolib, the same PulseAudio/ALSA output espeak-ng's own playback uses, so opening the
// sound device can be tried up front and a kiosk without sound gets a clear message.
#include "adapters/speech.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#include <espeak-ng/speak_lib.h>
#include <pcaudiolib/audio.h>

namespace ww {
namespace {

// Where the synthesis callback puts samples, and how it learns that the words are no longer wanted.
struct Sink {
    std::vector<std::int16_t> samples;
    const std::atomic<std::uint64_t>* generation = nullptr;  // changes when the speech is cancelled
    std::uint64_t wanted = 0;
};

int collect_samples(short* wav, int count, espeak_EVENT* events) {
    auto* sink = static_cast<Sink*>(events ? events->user_data : nullptr);
    if (!sink) return 0;
    if (wav && count > 0) sink->samples.insert(sink->samples.end(), wav, wav + count);
    const bool cancelled = sink->generation && sink->generation->load() != sink->wanted;
    return cancelled ? 1 : 0;  // 1 stops the synthesis
}

// espeak-ng is one global engine per process.
struct Engine {
    std::mutex mutex;
    int sample_rate = 0;
    std::string error;

    Engine() {
        const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, espeakINITIALIZE_DONT_EXIT);
        if (rate <= 0) {
            error = "espeak-ng could not start (is the espeak-ng-data package installed?)";
            return;
        }
        sample_rate = rate;
        espeak_SetSynthCallback(collect_samples);
    }
};

Engine& engine() {
    static Engine instance;
    return instance;
}

const char* voice_name(Language language) { return language == Language::English ? "en" : "nl"; }

const char* language_name(Language language) { return language == Language::English ? "English" : "Dutch"; }

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c <= ' '; });
}

// Synthesises into sink->samples. The engine must be ready.
Status synthesize_into(Sink& sink, const std::string& text, Language language, const SpeechSettings& settings) {
    if (blank(text)) return success();
    Engine& e = engine();
    std::lock_guard lock(e.mutex);
    if (espeak_SetVoiceByName(voice_name(language)) != EE_OK)
        return fail(std::string("the ") + language_name(language) + " espeak-ng voice \"" + voice_name(language) +
                    "\" is missing (is the espeak-ng-data package installed?)");
    espeak_SetParameter(espeakRATE, std::clamp(settings.rate_wpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
    espeak_SetParameter(espeakVOLUME, std::clamp(settings.volume, 0, 100), 0);
    const espeak_ERROR result = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                             espeakCHARS_UTF8 | espeakENDPAUSE, nullptr, &sink);
    if (result != EE_OK) return fail("espeak-ng could not read the text aloud (error " + std::to_string(result) + ")");
    return success();
}

// Speaks on its own thread: say() and stop() only hand over work and never wait for sound.
class EspeakSpeaker final : public Speaker {
public:
    EspeakSpeaker(const SpeechSettings& settings, audio_object* audio, int sample_rate)
        : settings_(settings), audio_(audio), sample_rate_(sample_rate), worker_([this] { run(); }) {}

    ~EspeakSpeaker() override {
        {
            std::lock_guard lock(mutex_);
            quit_ = true;
            ++generation_;
        }
        wake_.notify_all();
        worker_.join();
        audio_object_close(audio_);
        audio_object_destroy(audio_);
    }

    void say(const std::string& text, Language language) override {
        {
            std::lock_guard lock(mutex_);
            ++generation_;  // whatever is being said now stops
            pending_ = Request{text, language};
            speaking_ = !blank(text);
        }
        wake_.notify_all();
    }

    void stop() override {
        {
            std::lock_guard lock(mutex_);
            ++generation_;
            pending_.reset();
            speaking_ = false;
        }
        wake_.notify_all();
    }

    bool speaking() const override {
        std::lock_guard lock(mutex_);
        return speaking_;
    }

private:
    struct Request {
        std::string text;
        Language language;
    };

    void run() {
        std::unique_lock lock(mutex_);
        for (;;) {
            wake_.wait(lock, [&] { return quit_ || pending_.has_value(); });
            if (quit_) return;
            const Request request = std::move(*pending_);
            pending_.reset();
            const std::uint64_t generation = generation_;
            lock.unlock();
            play(request, generation);
            lock.lock();
            if (generation_ == generation) speaking_ = false;
        }
    }

    bool cancelled(std::uint64_t generation) const { return generation_.load() != generation; }

    void play(const Request& request, std::uint64_t generation) {
        Sink sink;
        sink.generation = &generation_;
        sink.wanted = generation;
        if (!synthesize_into(sink, request.text, request.language, settings_) || cancelled(generation)) return;

        // Write a tenth of a second at a time, so a new say() or stop() cuts in quickly.
        const auto start = std::chrono::steady_clock::now();
        const size_t chunk = static_cast<size_t>(sample_rate_) / 10;
        for (size_t at = 0; at < sink.samples.size(); at += chunk) {
            if (cancelled(generation)) {
                audio_object_flush(audio_);
                return;
            }
            const size_t count = std::min(chunk, sink.samples.size() - at);
            if (audio_object_write(audio_, sink.samples.data() + at, count * sizeof(std::int16_t)) != 0) return;
        }
        // The device plays on after the last write; wait for its end, or drop the rest when cancelled.
        const auto end = start + std::chrono::microseconds(sink.samples.size() * 1000000ull / sample_rate_);
        std::unique_lock lock(mutex_);
        if (wake_.wait_until(lock, end, [&] { return cancelled(generation); })) {
            lock.unlock();
            audio_object_flush(audio_);
        }
    }

    const SpeechSettings settings_;
    audio_object* const audio_;
    const int sample_rate_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Request> pending_;
    std::atomic<std::uint64_t> generation_{0};
    bool speaking_ = false;
    bool quit_ = false;
    std::thread worker_;  // last: starts after everything above exists
};

}  // namespace

Result<std::unique_ptr<Speaker>> Speaker::create(const SpeechSettings& settings) {
    Engine& e = engine();
    if (!e.error.empty()) return fail(e.error);
    for (Language language : {Language::Dutch, Language::English}) {
        std::lock_guard lock(e.mutex);
        if (espeak_SetVoiceByName(voice_name(language)) != EE_OK)
            return fail(std::string("the ") + language_name(language) + " espeak-ng voice \"" + voice_name(language) +
                        "\" is missing (is the espeak-ng-data package installed?)");
    }

    const std::string device_name =
        settings.device.empty() ? "the default sound output" : "sound output \"" + settings.device + "\"";
    audio_object* audio = create_audio_device_object(settings.device.empty() ? nullptr : settings.device.c_str(),
                                                     "Wegwijzer", "Lees voor");
    if (!audio) return fail("no sound output found (neither PulseAudio nor ALSA); reading aloud is off");
    if (int error = audio_object_open(audio, AUDIO_OBJECT_FORMAT_S16LE, static_cast<std::uint32_t>(e.sample_rate), 1)) {
        const char* reason = audio_object_strerror(audio, error);
        std::string message =
            "cannot open " + device_name + " (" + (reason ? reason : "unknown error") + "); reading aloud is off";
        audio_object_destroy(audio);
        return fail(message);
    }
    std::unique_ptr<Speaker> speaker = std::make_unique<EspeakSpeaker>(settings, audio, e.sample_rate);
    return speaker;
}

Result<std::vector<std::int16_t>> synthesize(const std::string& text, Language language, const SpeechSettings& settings,
                                             int* sample_rate) {
    Engine& e = engine();
    if (!e.error.empty()) return fail(e.error);
    if (sample_rate) *sample_rate = e.sample_rate;
    Sink sink;
    if (Status status = synthesize_into(sink, text, language, settings); !status) return fail(status.error());
    return std::move(sink.samples);
}

}  // namespace ww
