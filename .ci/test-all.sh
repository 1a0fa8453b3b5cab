#!/usr/bin/env bash
# Runs every test suite of the repository: restore, build, the .NET tests, the headless Neovim and batch Emacs tests, the VS Code client's tests,
# the packaging of the .vsix and the e2e test of the packaged client and server in code-server + Chromium, and the packed
# `byline` .NET tool (native on linux-x64) installed and run.
# Ends with one line "N passed, N failed" summing all suites.
# Exit code: 0 when everything passed, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=.artifacts/test-logs
rm -rf "$logs" && mkdir -p "$logs"
passed=0
failed=0
status=0

step() { printf '\n== %s\n' "$*" >&2; }

# Sums "Failed: N, Passed: N" summaries of dotnet test (one per test assembly).
count_dotnet() {
  local p f
  p=$(grep -Eo 'Passed: +[0-9]+' "$1" | awk '{s+=$2} END {print s+0}')
  f=$(grep -Eo 'Failed: +[0-9]+' "$1" | awk '{s+=$2} END {print s+0}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

# Sums node's test runner summaries ("# pass N", "# fail N", or the spec reporter's "ℹ pass N").
count_node() {
  local p f
  p=$(grep -Eo '^(#|ℹ) pass [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  f=$(grep -Eo '^(#|ℹ) fail [0-9]+' "$1" | awk '{s+=$3} END {print s+0}')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
}

# Adds a suite's own last "N passed, N failed" line (the e2e runner prints one); a run that died without
# one (killed by its time limit) counts as one failure.
count_summary() {
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$1" | tail -n 1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  passed=$((passed + $(echo "$line" | awk '{print $1}'))); failed=$((failed + $(echo "$line" | awk '{print $3}')))
}

# Installs the Debian packages named that are missing (as root, or through sudo without a password).
apt_install_missing() {
  dpkg -s "$@" >/dev/null 2>&1 && return 0
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo -n"
  timeout 600 $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 900 $sudo apt-get install -y -qq "$@"
}

# The e2e suite's system packages (Debian): Chromium, and what code-server's native modules build with.
e2e_system_packages() { apt_install_missing chromium libkrb5-dev build-essential python3; }

# The Neovim test's system package: Debian's neovim (0.7 on bookworm, which cannot pull diagnostics).
neovim_system_package() { apt_install_missing neovim; }

# The Emacs test's system packages: Debian's emacs-nox and elpa-eglot (Emacs 28 with eglot 1.9, push diagnostics).
emacs_system_packages() { apt_install_missing emacs-nox elpa-eglot; }

# The native AOT build of the server that the .vsix bundles for linux-x64 links with clang and zlib (Debian).
native_aot_packages() { apt_install_missing clang zlib1g-dev; }

# code-server, Node 24 and playwright-core in vscode-client/e2e/node_modules. Reinstalled only when the
# lock file changed: the install compiles native modules (3-5 minutes on two cores).
e2e_install() {
  local stamp=vscode-client/e2e/node_modules/.installed-lock-sha256 want
  want=$(sha256sum vscode-client/e2e/package-lock.json | cut -d' ' -f1)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -f vscode-client/e2e/node_modules/code-server/out/node/entry.js ]; then
    echo "e2e tools up to date"; return 0
  fi
  (cd vscode-client && timeout 900 npm run test:e2e:install) && echo "$want" >"$stamp"
}

# The Dask example's test (tests/Byline.Cli.Tests/DaskExampleTests.cs) needs Debian python3-distributed;
# with BYLINE_REQUIRE_DASK=1 the test fails rather than skips when it is missing. The test runs Debian's
# /usr/bin/python3 (where apt installs it) when there is one.
dask_system_packages() {
  /usr/bin/python3 -c 'import distributed' >/dev/null 2>&1 && return 0
  apt_install_missing python3-distributed
}
step "Dask example: python3-distributed"
dask_system_packages >"$logs/dask-apt.log" 2>&1 || tail -n 20 "$logs/dask-apt.log" >&2
export BYLINE_REQUIRE_DASK=1

step "dotnet build (Release)"
if ! dotnet build LangServer.sln -c Release -nologo -v q 2>&1 | tee "$logs/build.log" | tail -n 3 >&2; then status=1; fi
if grep -q 'error' "$logs/build.log" && ! grep -q ' 0 Error(s)' "$logs/build.log"; then
  echo "build failed" >&2; failed=$((failed + 1)); status=1
fi

step "dotnet test"
# The TRX reports keep each test's own output: the fuzz and property tests print how many messages, edits
# and cases they ran, and those lines are shown here.
dotnet test LangServer.sln -c Release --no-build -nologo --logger trx --results-directory "$logs/trx" 2>&1 | tee "$logs/dotnet-test.log" | grep -E 'Passed!|Failed!|^  Failed |error' >&2
[ "${PIPESTATUS[0]}" = 0 ] || status=1
cat "$logs"/trx/*.trx 2>/dev/null | grep -Eo '(Protocol fuzz:|Edit property:|Incremental analysis property:|Line map property:|[0-9]+ of [0-9]+ edits took the shortcut)[^<&]*' | sort -u | sed 's/^/  /' >&2
count_dotnet "$logs/dotnet-test.log"

step "Neovim: headless nvim attaches the built server to an article"
if ! neovim_system_package >"$logs/neovim-apt.log" 2>&1; then
  tail -n 20 "$logs/neovim-apt.log" >&2
  echo "neovim: installing neovim failed" >&2; failed=$((failed + 1)); status=1
else
  bash tests/editors/neovim/run.sh >"$logs/neovim.log" 2>&1 || status=1
  grep -E '^(not ok|[0-9]+ passed, [0-9]+ failed$)' "$logs/neovim.log" >&2
  count_summary "$logs/neovim.log"
fi

step "Emacs: emacs --batch attaches the built server to an article with eglot"
if ! emacs_system_packages >"$logs/emacs-apt.log" 2>&1; then
  tail -n 20 "$logs/emacs-apt.log" >&2
  echo "emacs: installing emacs-nox elpa-eglot failed" >&2; failed=$((failed + 1)); status=1
else
  bash tests/editors/emacs/run.sh >"$logs/emacs.log" 2>&1 || status=1
  grep -E '^(not ok|[0-9]+ passed, [0-9]+ failed$)' "$logs/emacs.log" >&2
  count_summary "$logs/emacs.log"
fi

if [ -f vscode-client/package.json ]; then
  step "VS Code client: npm ci + unit tests"
  (cd vscode-client && npm ci --no-audit --no-fund >"../$logs/npm-ci.log" 2>&1) || { echo "npm ci failed (see $logs/npm-ci.log)" >&2; failed=$((failed + 1)); status=1; }
  (cd vscode-client && npm run typecheck) >"$logs/client-typecheck.log" 2>&1 || { tail -n 20 "$logs/client-typecheck.log" >&2; echo "client typecheck failed" >&2; failed=$((failed + 1)); status=1; }
  (cd vscode-client && npm test) >"$logs/client-test.log" 2>&1 || status=1
  tail -n 12 "$logs/client-test.log" >&2
  count_node "$logs/client-test.log"

  if grep -q '"package"' vscode-client/package.json; then
    step "VS Code client: package the .vsix (portable server + native linux-x64 server)"
    # With clang and zlib installed the native server must build: a broken AOT build fails here, not silently.
    native=required
    native_aot_packages >"$logs/native-apt.log" 2>&1 || { tail -n 5 "$logs/native-apt.log" >&2; echo "installing clang zlib1g-dev failed: packaging the portable server only" >&2; native=auto; }
    if (cd vscode-client && BYLINE_NATIVE_SERVER=$native npm run package) >"$logs/package.log" 2>&1; then
      if grep -q '"test:package"' vscode-client/package.json; then
        (cd vscode-client && BYLINE_VSIX_REQUIRED=1 BYLINE_NATIVE_SERVER=$native npm run test:package) >"$logs/package-test.log" 2>&1 || status=1
        tail -n 12 "$logs/package-test.log" >&2
        count_node "$logs/package-test.log"
      fi

      step "VS Code client: e2e in code-server + Chromium with the bundled server"
      if ! e2e_system_packages >"$logs/e2e-apt.log" 2>&1; then
        tail -n 20 "$logs/e2e-apt.log" >&2
        echo "e2e: installing chromium libkrb5-dev build-essential python3 failed" >&2; failed=$((failed + 1)); status=1
      elif ! e2e_install >"$logs/e2e-install.log" 2>&1; then
        tail -n 20 "$logs/e2e-install.log" >&2
        echo "e2e: npm run test:e2e:install failed (see $logs/e2e-install.log)" >&2; failed=$((failed + 1)); status=1
      else
        # A real editor in a headless browser on a shared machine: one retry absorbs a slow start. Each
        # attempt is bounded twice: by the runner's own deadline and by timeout(1) should node itself hang.
        for attempt in 1 2; do
          if (cd vscode-client && BYLINE_E2E_TIMEOUT_MS=600000 timeout -k 10 660 node e2e/run.mjs --server=bundled) >"$logs/e2e.log" 2>&1; then
            break
          fi
          cp "$logs/e2e.log" "$logs/e2e-attempt-$attempt.log"
          [ "$attempt" = 1 ] && echo "e2e failed, retrying once (see $logs/e2e-attempt-1.log)" >&2
        done
        grep -E '^\[e2e|passed, [0-9]+ failed$' "$logs/e2e.log" | tail -n 4 >&2
        grep -qE '^1 passed, 0 failed$' "$logs/e2e.log" || status=1
        count_summary "$logs/e2e.log"
      fi
    else
      tail -n 20 "$logs/package.log" >&2
      echo "packaging failed" >&2; failed=$((failed + 1)); status=1
    fi
  fi
fi

step "byline .NET tool: pack (native linux-x64 + portable), install into a temp tool path, run it"
# scripts/pack-tool.sh compiles the CLI ahead of time once (clang, zlib1g-dev) and packs the three tool packages;
# the ToolPackage tests install them with `dotnet tool install --tool-path`, check that linux-x64 got the native
# executable, check a small folder with it, and compare every command's output with the portable build's.
native_tool=required
native_aot_packages >"$logs/native-tool-apt.log" 2>&1 || { tail -n 5 "$logs/native-tool-apt.log" >&2; echo "installing clang zlib1g-dev failed: packing the portable tool only" >&2; native_tool=auto; }
if BYLINE_NATIVE_TOOL=$native_tool bash scripts/pack-tool.sh .artifacts/tool/packages >"$logs/pack-tool.log" 2>&1; then
  BYLINE_TOOL_PACKAGES="$PWD/.artifacts/tool/packages" dotnet test tests/Byline.Cli.Tests -c Release --no-build -nologo --filter Category=ToolPackage 2>&1 \
    | tee "$logs/tool-test.log" | grep -E 'Passed!|Failed!|^  Failed |error' >&2
  [ "${PIPESTATUS[0]}" = 0 ] || status=1
  count_dotnet "$logs/tool-test.log"
else
  tail -n 20 "$logs/pack-tool.log" >&2
  echo "packing the byline tool failed (see $logs/pack-tool.log)" >&2; failed=$((failed + 1)); status=1
fi

# A step that failed without a test count of its own (a crash, a timeout) still counts as one failure.
if [ "$status" != 0 ] && [ "$failed" = 0 ]; then failed=1; fi
echo
echo "${passed} passed, ${failed} failed"
[ "$failed" = 0 ] && [ "$status" = 0 ]
