#!/usr/bin/env bash
# Every C++ source under kiosk/ and tests/ is formatted as the repository's .clang-format says
# (clang-format 14, as CI installs it). Fails naming the files and lines that differ; fix with
#   clang-format-14 -i <file>
#   check_format.sh CLANG_FORMAT SOURCE_DIR
set -euo pipefail
clang_format="$1"
cd "$2"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -d '' files < <(git ls-files -z -- 'kiosk/*.cpp' 'kiosk/*.h' 'tests/*.cpp' 'tests/*.h')
else  # a source tree without git (an unpacked archive)
  mapfile -d '' files < <(find kiosk tests -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
fi
if [ "${#files[@]}" -lt 100 ]; then
  echo "only ${#files[@]} sources found under $PWD: wrong folder?" >&2
  exit 1
fi
if ! printf '%s\0' "${files[@]}" | xargs -0 "$clang_format" --dry-run -Werror; then
  echo "Some files are not formatted; run: $clang_format -i <file>" >&2
  exit 1
fi
echo "${#files[@]} files formatted as .clang-format says"
