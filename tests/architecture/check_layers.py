#!/usr/bin/env python3
"""The libraries follow the layers of ARCHITECTURE.md. Fails, naming each offence, when

  includes KIOSK_DIR   a source under kiosk/ includes a layer it may not use (core including ui,
                       platform including ui, ...) or ImGui/GLFW/OpenGL/curl where they do not belong;
  links GRAPH_FILE     a library links, directly or through another, what its layer may not
                       (tests/architecture/CMakeLists.txt writes the graph at configure time);
  --self-test          both checks on made-up offences: each must be caught.

Exit 0: clean; 1: offences listed.
"""
import pathlib
import re
import sys
import tempfile

# The project's include roots: "core/sync/x.h" -> "core/sync", "ui/nav.h" -> "ui".
AREAS = ("core/sync", "core/print", "core/sheet")
# Which project folders each folder's sources may include (besides its own).
MAY_INCLUDE = {
    "core": {"core"},
    "core/sync": {"core"},
    "core/print": {"core", "adapters"},
    "core/sheet": {"core", "core/print"},
    "adapters": {"core"},
    "web": {"core", "core/sync"},
    "cli": {"core", "core/sync", "core/print", "core/sheet", "adapters", "web"},
    "ui": {"core", "core/sync", "core/print", "core/sheet", "adapters"},
    "platform": {"core"},
    "app": {"core", "core/sync", "core/print", "core/sheet", "adapters", "web", "ui", "platform"},
}
# Outside headers only some folders may include.
SCREEN_HEADERS = re.compile(r"^(imgui[\w.]*|GLFW/.*|GL/.*|epoxy/.*)$")
CURL_HEADERS = re.compile(r"^curl/.*$")
MAY_USE_SCREEN = {"ui", "platform", "app"}  # ui: ImGui only (its CMake target has no GLFW or GL)
MAY_USE_GL = {"platform"}
MAY_USE_CURL = {"web"}

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')


def folder_of(relative):
    """kiosk-relative path (file or include) -> its folder key, or None outside the project."""
    parts = relative.split("/")
    if len(parts) < 2:
        return None
    if parts[0] == "core" and len(parts) > 2 and "/".join(parts[:2]) in AREAS:
        return "/".join(parts[:2])
    return parts[0] if parts[0] in MAY_INCLUDE else None


def include_offences(relative, text):
    folder = folder_of(relative)
    if folder is None:
        return
    for number, line in enumerate(text.splitlines(), start=1):
        m = INCLUDE.match(line)
        if not m:
            continue
        quote, target = m.groups()
        if quote == '"':
            used = folder_of(target)
            if used is not None and used != folder and used not in MAY_INCLUDE[folder]:
                yield f"{relative}:{number}: {folder}/ may not include {used}/ ({target})"
        else:
            if SCREEN_HEADERS.match(target):
                gl = target.startswith(("GL/", "GLFW/", "epoxy/"))
                if folder not in MAY_USE_SCREEN or (gl and folder not in MAY_USE_GL):
                    yield f"{relative}:{number}: {folder}/ may not include <{target}>"
            if CURL_HEADERS.match(target) and folder not in MAY_USE_CURL:
                yield f"{relative}:{number}: only web/ talks to libcurl, not {folder}/ (<{target}>)"


def check_includes(kiosk_dir):
    root = pathlib.Path(kiosk_dir)
    found = []
    for path in sorted(root.rglob("*")):
        if path.suffix in (".cpp", ".h") and path.is_file():
            relative = path.relative_to(root).as_posix()
            found += include_offences(relative, path.read_text(encoding="utf-8", errors="replace"))
    return found


# --- Links ---------------------------------------------------------------------------------
UI_TARGETS = {"wegwijzer_ui_logic", "wegwijzer_ui_views", "wegwijzer_platform", "wegwijzer_input",
              "wegwijzer_kiosk_app"}
SCREEN_LIBS = re.compile(r"^(PkgConfig::(IMGUI|GLFW)|OpenGL::.*|glfw.*|GL)$")
# Outside libraries only their adapter (or web) links directly.
OWNERS = {
    "PkgConfig::ESPEAK_NG": {"wegwijzer_speech"},
    "PkgConfig::LIBSYSTEMD": {"wegwijzer_watchdog"},
    "PkgConfig::QRCODEGEN": {"wegwijzer_qr"},
    "PkgConfig::SODIUM": {"wegwijzer_pin", "wegwijzer_sync"},
    "CURL::libcurl": {"wegwijzer_web"},
}


def read_graph(text):
    graph = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        target, _, deps = line.partition("\t")
        items = []
        for dep in deps.split(";"):
            dep = re.sub(r"\$<LINK_ONLY:([^>]*)>", r"\1", dep).strip()
            if dep and not dep.startswith("::@") and not dep.startswith("$<") and dep not in items:
                items.append(dep)
        graph[target] = items
    return graph


def closure(graph, target):
    seen, todo = set(), list(graph.get(target, []))
    while todo:
        dep = todo.pop()
        if dep not in seen:
            seen.add(dep)
            todo += graph.get(dep, [])
    return seen


def link_offences(graph):
    for target in sorted(graph):
        reach = closure(graph, target)
        ours = sorted(d for d in reach if d.startswith("wegwijzer_"))
        screen = sorted(d for d in reach if SCREEN_LIBS.match(d) or d in UI_TARGETS)
        headless = target == "kioskctl" or (target.startswith("wegwijzer_") and target not in UI_TARGETS
                                            and target != "wegwijzer_test_main")
        if headless and screen:
            yield f"{target} has no screen but links {', '.join(screen)}"
        if target == "wegwijzer_core" and (ours or any(d in OWNERS for d in reach)):
            yield f"wegwijzer_core (the domain) links {', '.join(ours + sorted(d for d in reach if d in OWNERS))}"
        if target == "wegwijzer_platform":
            bad = [d for d in reach if d.startswith("wegwijzer_ui") or d == "wegwijzer_kiosk_app"]
            if bad:
                yield f"wegwijzer_platform links the screens: {', '.join(sorted(bad))}"
        if target.startswith("wegwijzer_ui"):
            bad = [d for d in reach if d in ("wegwijzer_platform", "wegwijzer_kiosk_app", "PkgConfig::GLFW")
                   or d.startswith("OpenGL::")]
            if bad:
                yield f"{target} links the window: {', '.join(sorted(bad))}"
        for dep in graph[target]:
            if dep.startswith("wegwijzer_") and dep not in graph:  # CMake would pass it as -lwegwijzer_...
                yield f"{target} links {dep}, which this build does not define"
            if dep in OWNERS and target not in OWNERS[dep]:
                yield f"{target} links {dep} itself; only {', '.join(sorted(OWNERS[dep]))} may"


# --- Self-test -----------------------------------------------------------------------------
def self_test():
    bad_sources = {
        "core/catalogue.cpp": '#include "ui/nav.h"\n',
        "core/search.cpp": "#include <imgui.h>\n",
        "core/print/x.cpp": "#include <GLFW/glfw3.h>\n",
        "core/y.cpp": '#include "adapters/qr.h"\n',
        "core/z.cpp": '#include "core/sync/importer.h"\n',
        "platform/window.h": '#include "ui/canvas.h"\n',
        "adapters/speech.cpp": '#include "platform/window.h"\n',
        "ui/view.cpp": "#include <GL/gl.h>\n",
        "core/sync/f.cpp": "#include <curl/curl.h>\n",
    }
    good_sources = {
        "core/catalogue.cpp": '#include "core/sqlite.h"\n#include <sqlite3.h>\n',
        "core/print/x.cpp": '#include "adapters/qr.h"\n#include "core/print/layout.h"\n',
        "ui/canvas.h": '#include <imgui.h>\n#include "ui/nav.h"\n',
        "platform/window.cpp": '#include <GLFW/glfw3.h>\n#include "platform/window.h"\n#include "core/result.h"\n',
        "app/kiosk_app.cpp": '#include "ui/views.h"\n#include "platform/window.h"\n',
        "web/http_fetch.cpp": "#include <curl/curl.h>\n",
    }
    ok = True
    for name, text in bad_sources.items():
        if not list(include_offences(name, text)):
            print(f"self-test: not caught: {name}: {text.strip()}")
            ok = False
    for name, text in good_sources.items():
        if list(include_offences(name, text)):
            print(f"self-test: wrongly caught: {name}: {list(include_offences(name, text))}")
            ok = False
    with tempfile.TemporaryDirectory() as tmp:  # the folder walk too
        (pathlib.Path(tmp) / "core").mkdir()
        (pathlib.Path(tmp) / "core" / "a.h").write_text('#include "platform/window.h"\n')
        if len(check_includes(tmp)) != 1:
            print("self-test: the folder walk missed core/a.h")
            ok = False
    good_graph = ("wegwijzer_core\tPkgConfig::SQLITE;$<LINK_ONLY:PkgConfig::HUNSPELL>\n"
                  "wegwijzer_qr\twegwijzer_core;$<LINK_ONLY:PkgConfig::QRCODEGEN>\n"
                  "wegwijzer_print\twegwijzer_core;$<LINK_ONLY:wegwijzer_qr>\n"
                  "wegwijzer_input\t\n"
                  "wegwijzer_platform\twegwijzer_input;$<LINK_ONLY:PkgConfig::GLFW>;$<LINK_ONLY:OpenGL::GL>\n"
                  "wegwijzer_ui_views\twegwijzer_core;PkgConfig::IMGUI\n"
                  "wegwijzer_kiosk_app\twegwijzer_platform;wegwijzer_ui_views;wegwijzer_print\n"
                  "kioskctl\twegwijzer_print\n")
    bad_graphs = [
        "wegwijzer_platform\twegwijzer_ui_views\nwegwijzer_ui_views\tPkgConfig::IMGUI\n",
        "wegwijzer_core\t$<LINK_ONLY:PkgConfig::LIBSYSTEMD>\n",
        "wegwijzer_core\twegwijzer_qr\nwegwijzer_qr\t\n",
        "wegwijzer_sync\twegwijzer_core;PkgConfig::IMGUI\nwegwijzer_core\t\n",
        "kioskctl\twegwijzer_x\nwegwijzer_x\t$<LINK_ONLY:OpenGL::GL>\n",
        "wegwijzer_ui_logic\twegwijzer_platform\nwegwijzer_platform\t\n",
        "wegwijzer_print\tCURL::libcurl\n",
        "kioskctl\twegwijzer_printing\n",
    ]
    if list(link_offences(read_graph(good_graph))):
        print(f"self-test: wrongly caught: {list(link_offences(read_graph(good_graph)))}")
        ok = False
    for graph in bad_graphs:
        if not list(link_offences(read_graph(graph))):
            print(f"self-test: not caught: {graph!r}")
            ok = False
    print("self-test", "passed" if ok else "FAILED")
    return 0 if ok else 1


def main():
    args = sys.argv[1:]
    if args == ["--self-test"]:
        return self_test()
    if len(args) == 2 and args[0] == "includes":
        found = check_includes(args[1])
        hint = "see MAY_INCLUDE here and ARCHITECTURE.md: move the code to the layer that may use it"
    elif len(args) == 2 and args[0] == "links":
        graph = read_graph(pathlib.Path(args[1]).read_text())
        if "wegwijzer_core" not in graph:
            print(f"{args[1]}: no wegwijzer_core in the link graph; is it the right file?")
            return 1
        found = list(link_offences(graph))
        hint = "see ARCHITECTURE.md: a library links only what its layer may use"
    else:
        print(__doc__)
        return 2
    for f in found:
        print(f)
    if found:
        print(f"{len(found)} offence(s) against the layers; {hint}")
        return 1
    print("the layers hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
