// The RFC 4180 CSV reader and writer.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/csv.h"

using ww::parse_csv;

TEST_CASE("csv: header and plain records keep their line numbers", "[csv]") {
    auto t = parse_csv("id,name\n1,Assen\n2,Emmen\n", "x.csv");
    REQUIRE(t.ok());
    CHECK(t->header == std::vector<std::string>{"id", "name"});
    REQUIRE(t->records.size() == 2);
    CHECK(t->records[0].fields == std::vector<std::string>{"1", "Assen"});
    CHECK(t->records[0].line == 2);
    CHECK(t->records[1].line == 3);
}

TEST_CASE("csv: quoted fields with commas, escaped quotes and line breaks", "[csv]") {
    auto t = parse_csv(
        "id,text,n\n1,\"Koffie, thee en \"\"gezelligheid\"\"\",x\n"
        "2,\"Regel een\nregel twee\nregel drie\",y\n3,last,z\n",
        "x.csv");
    REQUIRE(t.ok());
    REQUIRE(t->records.size() == 3);
    CHECK(t->records[0].fields[1] == "Koffie, thee en \"gezelligheid\"");
    CHECK(t->records[1].fields[1] == "Regel een\nregel twee\nregel drie");
    CHECK(t->records[1].line == 3);
    CHECK(t->records[2].line == 6);  // the record after a 3-line field starts on line 6
    CHECK(t->records[2].fields == std::vector<std::string>{"3", "last", "z"});
}

TEST_CASE("csv: a UTF-8 byte order mark is skipped", "[csv]") {
    auto t = parse_csv("\xEF\xBB\xBFid,name\n1,Café\n", "x.csv");
    REQUIRE(t.ok());
    CHECK(t->header[0] == "id");
    CHECK(t->records[0].fields[1] == "Café");
}

TEST_CASE("csv: CRLF and LF line ends, with and without a final line end", "[csv]") {
    auto crlf = parse_csv("a,b\r\n1,2\r\n3,\"x\r\ny\"\r\n", "x.csv");
    REQUIRE(crlf.ok());
    REQUIRE(crlf->records.size() == 2);
    CHECK(crlf->records[0].fields == std::vector<std::string>{"1", "2"});
    CHECK(crlf->records[1].fields[1] == "x\ny");  // line breaks inside quotes become \n
    CHECK(crlf->records[1].line == 3);

    auto no_final = parse_csv("a,b\n1,2", "x.csv");
    REQUIRE(no_final.ok());
    REQUIRE(no_final->records.size() == 1);
    CHECK(no_final->records[0].fields == std::vector<std::string>{"1", "2"});
}

TEST_CASE("csv: empty fields and blank lines", "[csv]") {
    auto t = parse_csv("a,b,c\n,,\n1,,3\n\n\"\",x,\n", "x.csv");
    REQUIRE(t.ok());
    REQUIRE(t->records.size() == 3);
    CHECK(t->records[0].fields == std::vector<std::string>{"", "", ""});
    CHECK(t->records[1].fields == std::vector<std::string>{"1", "", "3"});
    CHECK(t->records[2].fields == std::vector<std::string>{"", "x", ""});
    CHECK(t->records[2].line == 5);  // the blank line 4 is skipped but still counted
}

TEST_CASE("csv: invalid UTF-8 is an error naming file and line", "[csv]") {
    auto latin1 = parse_csv("id,name\n1,ok\n2,Caf\xE9 de Brink\n", "services.csv");
    REQUIRE_FALSE(latin1.ok());
    CHECK(latin1.error() == "services.csv line 3: the text is not valid UTF-8 (byte 0xE9); save the file as UTF-8");

    CHECK(parse_csv("a\n\xF0\x9F\x98\x80 \xE2\x82\xAC\n", "x.csv").ok());  // emoji and euro sign
}

// Each kind of broken sequence is refused for being not UTF-8 (not for some later reason, such as
// a quote), at the byte where the broken sequence starts, after valid multi-byte text before it.
TEST_CASE("csv: each kind of invalid UTF-8 is named at the byte where it starts", "[csv]") {
    struct Case {
        const char* what;
        std::string bytes;  // put on line 3, after "\xC3\xA9t\xC3\xA9," (été,)
        const char* byte;   // the first byte of the broken sequence, as the message shows it
    };
    const Case cases[] = {
        {"overlong form of '/'", "\xC0\xAF", "0xC0"},
        {"overlong three-byte form", "\xE0\x80\xAF", "0xE0"},
        {"UTF-16 surrogate", "\xED\xA0\x80", "0xED"},
        {"past U+10FFFF", "\xF4\x90\x80\x80", "0xF4"},
        {"truncated at the end of a field", "\xE2\x82,x", "0xE2"},
        {"truncated at the end of the text", "\xE2\x82", "0xE2"},
        {"continuation byte with no lead", "\x80", "0x80"},
        {"five-byte lead", "\xF8\x88\x80\x80\x80", "0xF8"},
        {"Windows-1252 euro sign", "\x80 5", "0x80"},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        const std::string before = "id,name\n1,ok\n\xC3\xA9t\xC3\xA9,";
        const std::string text = before + c.bytes + (c.bytes.ends_with("\x82") ? "" : "\n");
        CHECK(ww::find_invalid_utf8(text) == before.size());
        auto read = parse_csv(text, "x.csv");
        REQUIRE_FALSE(read.ok());
        CHECK(read.error() ==
              std::string("x.csv line 3: the text is not valid UTF-8 (byte ") + c.byte + "); save the file as UTF-8");
    }
}

TEST_CASE("csv: an unterminated quote is an error at the line where it opened", "[csv]") {
    auto t = parse_csv("id,name\n1,ok\n2,\"never closed\n3,more\n", "phones.csv");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error() == "phones.csv line 3: a quoted field is never closed (a \" is missing)");
}

TEST_CASE("csv: text after a closing quote is an error", "[csv]") {
    auto t = parse_csv("a,b\n\"x\"y,z\n", "a.csv");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().rfind("a.csv line 2: unexpected text after a closing quote", 0) == 0);
}

TEST_CASE("csv: an empty file has no header", "[csv]") {
    auto t = parse_csv("", "e.csv");
    REQUIRE_FALSE(t.ok());
    CHECK(t.error() == "e.csv: the file is empty (a header row is needed)");
}

TEST_CASE("csv: the writer quotes only when needed and reads back the same", "[csv]") {
    CHECK(ww::csv_field("plain") == "plain");
    CHECK(ww::csv_field("a,b") == "\"a,b\"");
    CHECK(ww::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(ww::csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(ww::csv_field("") == "");
    std::vector<std::string> row{"1", "Koffie, thee", "\"quoted\"", "", "line\nbreak", " padded "};
    std::string text = ww::csv_row({"a", "b", "c", "d", "e", "f"}) + ww::csv_row(row);
    auto back = parse_csv(text, "w.csv");
    REQUIRE(back.ok());
    REQUIRE(back->records.size() == 1);
    CHECK(back->records[0].fields == row);
}

TEST_CASE("csv: read_csv_file names the file in messages", "[csv]") {
    auto dir = std::filesystem::temp_directory_path() / "ww-test-csv";
    std::filesystem::create_directories(dir);
    auto path = dir / "organizations.csv";
    std::ofstream(path, std::ios::binary) << "id,name\n1,\"open\n";
    auto t = ww::read_csv_file(path);
    REQUIRE_FALSE(t.ok());
    CHECK(t.error().rfind("organizations.csv line 2:", 0) == 0);
    CHECK_FALSE(ww::read_csv_file(dir / "missing.csv").ok());
    std::filesystem::remove_all(dir);
}
