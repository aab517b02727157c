#include "core/sheet/zip_xml.h"

#include "core/text.h"

#include <expat.h>

#include <fstream>

namespace ww::sheet::detail {

Error refuse(WorkbookRefusal& why, std::string en, std::string nl) {
    why.en = std::move(en);
    why.nl = std::move(nl);
    return Error{why.en};
}

std::string_view local(const char* name) {
    std::string_view n(name);
    auto colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

const char* attribute(const char** atts, std::string_view name) {
    for (int i = 0; atts[i]; i += 2)
        if (std::string_view(atts[i]) == name || local(atts[i]) == name) return atts[i + 1];
    return nullptr;
}

namespace {

// A part that does not unpack: encrypted (a password) or damaged.
Error unreadable(zip_file_t* f, const std::string& name, WorkbookRefusal& why) {
    std::string cause = zip_error_strerror(zip_file_get_error(f));
    if (cause.find("password") != std::string::npos || cause.find("ncrypt") != std::string::npos)
        return refuse(why, "is protected with a password; save it without a password",
                      "Het bestand is beveiligd met een wachtwoord. Haal het wachtwoord weg en sla het opnieuw op.");
    return refuse(why, "cannot read " + name + " from the workbook: " + cause,
                  "Het bestand is beschadigd. Sla het opnieuw op in Excel of LibreOffice.");
}

Error missing_part(WorkbookRefusal& why, const std::string& name) {
    return refuse(why, "the workbook has no " + name,
                  "Het bestand mist een deel (" + name + "). Sla het opnieuw op in Excel of LibreOffice.");
}

Error too_large(WorkbookRefusal& why, const std::string& part, std::size_t limit) {
    return refuse(why,
                  part + " unpacks to more than " + std::to_string(limit >> 20) + " MB; this is not a normal workbook",
                  "Het bestand pakt uit tot meer dan " + std::to_string(limit >> 20) +
                      " MB. Dat is geen gewone werkmap. Gebruik het blad dat kioskctl maakte.");
}

Error out_of_memory(WorkbookRefusal& why, const std::string& part) {
    return refuse(why, "out of memory parsing " + part, "Er is te weinig geheugen om het bestand te lezen.");
}

using Parser = std::unique_ptr<std::remove_pointer_t<XML_Parser>, decltype(&XML_ParserFree)>;

Parser make_parser(XmlHandlers& h) {
    Parser p(XML_ParserCreate("UTF-8"), &XML_ParserFree);
    if (!p) return p;
    XML_SetUserData(p.get(), &h);
    XML_SetElementHandler(
        p.get(),
        [](void* u, const XML_Char* name, const XML_Char** atts) {
            auto* h = static_cast<XmlHandlers*>(u);
            if (h->start && h->error_en.empty()) h->start(local(name), atts);
        },
        [](void* u, const XML_Char* name) {
            auto* h = static_cast<XmlHandlers*>(u);
            if (h->end && h->error_en.empty()) h->end(local(name));
        });
    XML_SetCharacterDataHandler(p.get(), [](void* u, const XML_Char* s, int len) {
        auto* h = static_cast<XmlHandlers*>(u);
        if (h->text && h->error_en.empty()) h->text(std::string_view(s, static_cast<std::size_t>(len)));
    });
    // A workbook never needs a DTD: any entity declaration is refused outright.
    XML_SetEntityDeclHandler(p.get(), [](void* u, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                                         const XML_Char*, const XML_Char*, const XML_Char*) {
        static_cast<XmlHandlers*>(u)->stop(
            "declares XML entities, which a workbook never does",
            "Het bestand bevat XML-entiteiten; een werkmap doet dat nooit. Sla het blad opnieuw op in Excel of "
            "LibreOffice, of gebruik het blad dat kioskctl maakte.");
    });
    return p;
}

// One piece of the part; a handler's error stops the parse at the piece it was found in.
Status feed(XML_Parser p, const char* data, std::size_t n, bool last, XmlHandlers& h, const std::string& part,
            WorkbookRefusal& why) {
    if (XML_Parse(p, data, static_cast<int>(n), last) != XML_STATUS_OK && h.error_en.empty())
        return refuse(why,
                      part + " is not valid XML: " + XML_ErrorString(XML_GetErrorCode(p)) + " at line " +
                          std::to_string(XML_GetCurrentLineNumber(p)),
                      "Het bestand is beschadigd (" + part +
                          " is geen geldige XML). Sla het opnieuw op in Excel "
                          "of LibreOffice.");
    if (!h.error_en.empty()) return refuse(why, part + " " + h.error_en, h.error_nl);
    return success();
}

}  // namespace

Status parse_part(zip_t* z, const std::string& name, std::size_t limit, XmlHandlers& h, WorkbookRefusal& why) {
    zip_file_t* f = zip_fopen(z, name.c_str(), 0);
    if (!f) return missing_part(why, name);
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> guard(f, &zip_fclose);
    Parser p = make_parser(h);
    if (!p) return out_of_memory(why, name);
    std::size_t total = 0;
    char buffer[1 << 16];
    for (;;) {
        zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
        if (n < 0) return unreadable(f, name, why);
        total += static_cast<std::size_t>(n);
        if (total > limit) return too_large(why, name, limit);
        if (auto st = feed(p.get(), buffer, static_cast<std::size_t>(n), n == 0, h, name, why); !st) return st;
        if (n == 0) break;
    }
    return success();
}

namespace {

// Why a file that is not a zip cannot be read, from its first bytes.
Error not_a_zip(const std::filesystem::path& path, WorkbookRefusal& why) {
    std::ifstream in(path, std::ios::binary);
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.rfind("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0) == 0)
        return refuse(
            why, "is protected with a password (or an old .xls file); save it in Excel without a password as .xlsx",
            "Het bestand is beveiligd met een wachtwoord (of het is een oud .xls-bestand). Haal het wachtwoord "
            "weg en sla het op als .xlsx.");
    const std::string lower = ascii_lower(head);
    if (lower.find("<html") != std::string::npos || lower.find("<!doctype") != std::string::npos ||
        lower.find("<table") != std::string::npos)
        return refuse(why, "is a web page (HTML), not a workbook; open it in Excel and save it as .xlsx",
                      "Het bestand is een webpagina (HTML), geen werkmap. Open het in Excel of LibreOffice en sla het "
                      "op als .xlsx.");
    return refuse(why, "is not an .xlsx workbook (not a zip file)",
                  "Het bestand is geen werkmap (.xlsx). Sla het blad op als .xlsx.");
}

}  // namespace

Result<Zip> open_zip(const std::filesystem::path& path, WorkbookRefusal& why) {
    int code = 0;
    Zip z(zip_open(path.string().c_str(), ZIP_RDONLY, &code));
    if (z) return z;
    if (code == ZIP_ER_NOENT || code == ZIP_ER_OPEN)
        return refuse(why, "cannot open the file", "Het bestand kan niet worden geopend.");
    if (code == ZIP_ER_NOZIP) return not_a_zip(path, why);
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    std::string message = zip_error_strerror(&e);
    zip_error_fini(&e);
    return refuse(why, "is not a readable workbook: " + message,
                  "Het bestand is beschadigd. Sla het opnieuw op in Excel of LibreOffice.");
}

WorkbookRefusal too_many_rows(const std::string& sheet, std::size_t limit) {
    return {"has more than " + std::to_string(limit) + " rows",
            "Het blad '" + sheet + "' heeft meer dan " + std::to_string(limit) +
                " rijen. Haal de rijen onder de laatste dienst weg, of verdeel de diensten over meer bestanden."};
}

WorkbookRefusal too_many_columns(const std::string& sheet, std::size_t limit) {
    return {"has more than " + std::to_string(limit) + " columns",
            "Het blad '" + sheet + "' heeft meer dan " + std::to_string(limit) +
                " kolommen. Haal de kolommen rechts van de laatste kolom weg."};
}

WorkbookRefusal too_many_cells(const std::string& sheet, std::size_t limit) {
    return {"has more than " + std::to_string(limit) + " filled cells",
            "Het blad '" + sheet + "' heeft meer dan " + std::to_string(limit) +
                " gevulde cellen. Haal wat niet bij de diensten hoort weg."};
}

WorkbookRefusal too_much_text(const std::string& sheet, std::size_t limit) {
    return {"holds more than " + std::to_string(limit >> 20) + " MB of text",
            "Het blad '" + sheet + "' bevat meer dan " + std::to_string(limit >> 20) +
                " MB tekst. Dat is geen gewone lijst met diensten."};
}

}  // namespace ww::sheet::detail
