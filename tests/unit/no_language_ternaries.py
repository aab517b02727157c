#!/usr/bin/env python3
"""Every resident-facing word comes from the one wording table (kiosk/core/wording_*.h): fails when
kiosk code picks a sentence with an inline language test such as `en ? "Free" : "Gratis"` or
`l == Language::English ? t->en : t->nl`, or still uses the old `message_nl` / `print::Phrase`.

  no_language_ternaries.py KIOSK_SOURCE_DIR      (exit 0: clean, 1: lines listed)
  no_language_ternaries.py --self-test
"""
import pathlib
import re
import sys

# A language test followed by `?` whose branch is a literal or a per-language field.
TERNARY = re.compile(
    r"(?:Language::(?:English|Dutch)|\b(?:en|english|dutch|nl)\b)\s*\)?\s*\?\s*"
    r"(?:u8)?(?:\"|std::string(?:_view)?\s*\(\s*\"|[\w.>-]*(?:->|\.)(?:en|nl)\b)")
OLD_SYSTEMS = re.compile(r"\bmessage_nl\b|\bprint::Phrase\b|\bPhrase::")
# Not words for residents: machine codes for the speech engine, the UI map and the log.
ALLOWED = ("language_code(", "voice_name(", "language_name(")
# Staff tools, not resident screens: kioskctl's messages and the staff workbook's problems carry
# both languages side by side (SheetProblem{nl, en}) and are chosen by --lang.
STAFF_TOOLS = ("cli/", "core/sheet/")


def offending_lines(text):
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("//") or any(a in line for a in ALLOWED):
            continue
        if TERNARY.search(line) or OLD_SYSTEMS.search(line):
            yield number, line.strip()


def self_test():
    bad = ['return en ? "Free" : "Gratis";', 'x = l == Language::English ? t->en : t->nl;',
           's = (language == Language::Dutch) ? std::string("Ja") : std::string("Yes");', 'status.message_nl = m;']
    good = ['return wording::text("cost.free", l);', 'const char* voice_name(Language l) { return l == Language::English ? "en" : "nl"; }',
            's.language = s.language == Language::Dutch ? Language::English : Language::Dutch;']
    ok = all(list(offending_lines(b)) for b in bad) and not any(list(offending_lines(g)) for g in good)
    print("self-test", "passed" if ok else "FAILED")
    return 0 if ok else 1


def main():
    if sys.argv[1:] == ["--self-test"]:
        return self_test()
    root = pathlib.Path(sys.argv[1])
    found = []
    for path in sorted(root.rglob("*")):
        if path.suffix not in (".cpp", ".h") or path.name.startswith("wording_"):
            continue
        if path.relative_to(root).as_posix().startswith(STAFF_TOOLS):
            continue
        for number, line in offending_lines(path.read_text(encoding="utf-8", errors="replace")):
            found.append(f"{path.relative_to(root)}:{number}: {line}")
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} line(s) choose words by language inline; put the text in kiosk/core/wording_nl.h "
              "and wording_en.h and use wording::text(code, language).")
        return 1
    print("no inline language choices of words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
