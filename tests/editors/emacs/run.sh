#!/usr/bin/env bash
# The Emacs test: copies the seed article into a temporary folder "stories/" (not named seeds, as a user's
# would be), starts `emacs --batch` with test.el, which attaches the built server with eglot (Debian's
# emacs-nox and elpa-eglot).
# Usage: tests/editors/emacs/run.sh [server.dll]   (default: the Release build of src/Byline.LanguageServer)
# Ends with "N passed, N failed"; exit code 0 only when every check passed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
dll="${1:-$root/src/Byline.LanguageServer/bin/Release/net10.0/Byline.LanguageServer.dll}"

if ! command -v emacs >/dev/null; then echo "emacs is not installed (apt-get install emacs-nox elpa-eglot)"; echo "0 passed, 1 failed"; exit 1; fi
if [ ! -f "$dll" ]; then echo "no server at $dll (dotnet build src/Byline.LanguageServer -c Release)"; echo "0 passed, 1 failed"; exit 1; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stories" "$work/home"
cp "$root/seeds/000_9bb0596e7d6cd391.txt" "$work/stories/coalition-strikes.txt"

emacs --version | head -n 1
# A clean Emacs: no user init (-Q), its home in the temporary folder.
HOME="$work/home" BYLINE_SERVER_DLL="$dll" BYLINE_ARTICLE="$work/stories/coalition-strikes.txt" \
  timeout -k 10 300 emacs --batch -Q -l "$here/test.el" </dev/null
status=$?
# 0 and 1 are test.el's own verdicts; anything else (124 timeout, 137 killed, 255 a Lisp error) left no summary.
if [ "$status" -gt 1 ]; then echo "emacs stopped early (exit $status)"; echo "0 passed, 1 failed"; fi
exit "$status"
