#pragma once
// Running poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) on PDFs made by the tests.
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <string>

namespace ww::print::testing {

inline std::string run_command(const std::string& command) {
    std::string out;
    FILE* pipe = popen((command + " 2>&1").c_str(), "r");
    if (!pipe) return out;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) out.append(buf, n);
    pclose(pipe);
    return out;
}

inline std::string quoted(const std::filesystem::path& p) { return "'" + p.string() + "'"; }

inline int pdf_pages(const std::filesystem::path& pdf) {
    std::string info = run_command("pdfinfo " + quoted(pdf));
    auto at = info.find("Pages:");
    return at == std::string::npos ? -1 : std::stoi(info.substr(at + 6));
}

// Every font line of pdffonts, and how many of them say "emb yes".
struct FontReport {
    int fonts = 0;
    int embedded = 0;
    bool noto = false;
};

inline FontReport pdf_fonts(const std::filesystem::path& pdf) {
    FontReport r;
    std::string out = run_command("pdffonts " + quoted(pdf));
    size_t line_start = 0;
    int line_no = 0;
    while (line_start < out.size()) {
        size_t end = out.find('\n', line_start);
        if (end == std::string::npos) end = out.size();
        std::string line = out.substr(line_start, end - line_start);
        line_start = end + 1;
        if (++line_no <= 2 || line.empty()) continue;  // header lines
        ++r.fonts;
        // Columns: name type encoding emb sub uni object ID; "emb" is the 4th from the right.
        std::vector<std::string> words;
        size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && line[i] == ' ') ++i;
            size_t j = line.find(' ', i);
            if (j == std::string::npos) j = line.size();
            if (j > i) words.push_back(line.substr(i, j - i));
            i = j;
        }
        if (words.size() >= 7 && words[words.size() - 5] == "yes") ++r.embedded;
        if (line.find("NotoSans") != std::string::npos) r.noto = true;
    }
    return r;
}

// pdftotext's text with line breaks as spaces (and a word hyphenated at a line end joined), so
// words pango wrapped can be found.
inline std::string flat_text(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 2, "\u00a0") == 0) {  // no-break space: a space
            out += ' ';
            ++i;
            continue;
        }
        if (text.compare(i, 3, "\u2060") == 0) {  // word joiner: nothing
            i += 2;
            continue;
        }
        char c = text[i];
        if (c == '-' && i + 1 < text.size() && text[i + 1] == '\n' && i > 0 &&
            std::isalpha(static_cast<unsigned char>(text[i - 1]))) {
            ++i;  // "Mantelzorgonder-\nsteuning"
            continue;
        }
        if (c == '\n' || c == '\f') c = ' ';
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += c;
    }
    return out;
}

inline std::string pdf_text(const std::filesystem::path& pdf) {
    return flat_text(run_command("pdftotext " + quoted(pdf) + " -"));
}

inline size_t count_of(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

}  // namespace ww::print::testing
