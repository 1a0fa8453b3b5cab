#!/usr/bin/env bash
# The Neovim test: copies the seed article into a temporary folder "stories/" (not named seeds, as a user's
# would be), starts `nvim --headless` with test.lua, which attaches the built server with vim.lsp.start_client.
# Usage: tests/editors/neovim/run.sh [server.dll]   (default: the Release build of src/Byline.LanguageServer)
# Ends with "N passed, N failed"; exit code 0 only when every check passed.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
dll="${1:-$root/src/Byline.LanguageServer/bin/Release/net10.0/Byline.LanguageServer.dll}"

if ! command -v nvim >/dev/null; then echo "nvim is not installed (apt-get install neovim)"; echo "0 passed, 1 failed"; exit 1; fi
if [ ! -f "$dll" ]; then echo "no server at $dll (dotnet build src/Byline.LanguageServer -c Release)"; echo "0 passed, 1 failed"; exit 1; fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/stories" "$work/home"
cp "$root/seeds/000_9bb0596e7d6cd391.txt" "$work/stories/coalition-strikes.txt"

nvim --version | head -n 1
# A clean Neovim: no user config, plugins, shada or swap files; its state lives in the temporary folder.
HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share" XDG_STATE_HOME="$work/home/.local/state" \
  BYLINE_SERVER_DLL="$dll" BYLINE_ARTICLE="$work/stories/coalition-strikes.txt" \
  timeout -k 10 300 nvim --headless --clean -n -i NONE -u "$here/test.lua" </dev/null
status=$?
if [ "$status" -ge 124 ]; then echo "nvim timed out or was killed (exit $status)"; echo "0 passed, 1 failed"; fi
exit "$status"
