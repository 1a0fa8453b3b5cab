#!/usr/bin/env bash
# Runs every test suite of the repository: restore, build, the .NET tests, the VS Code client's tests
# and the packaging of the .vsix. Ends with one line "N passed, N failed" summing all suites.
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

step "dotnet build (Release)"
if ! dotnet build LangServer.sln -c Release -nologo -v q 2>&1 | tee "$logs/build.log" | tail -n 3 >&2; then status=1; fi
if grep -q 'error' "$logs/build.log" && ! grep -q ' 0 Error(s)' "$logs/build.log"; then
  echo "build failed" >&2; failed=$((failed + 1)); status=1
fi

step "dotnet test"
dotnet test LangServer.sln -c Release --no-build -nologo 2>&1 | tee "$logs/dotnet-test.log" | grep -E 'Passed!|Failed!|^  Failed |error' >&2
[ "${PIPESTATUS[0]}" = 0 ] || status=1
count_dotnet "$logs/dotnet-test.log"

if [ -f vscode-client/package.json ]; then
  step "VS Code client: npm ci + unit tests"
  (cd vscode-client && npm ci --no-audit --no-fund >"../$logs/npm-ci.log" 2>&1) || { echo "npm ci failed (see $logs/npm-ci.log)" >&2; failed=$((failed + 1)); status=1; }
  (cd vscode-client && npm run typecheck) >"$logs/client-typecheck.log" 2>&1 || { tail -n 20 "$logs/client-typecheck.log" >&2; echo "client typecheck failed" >&2; failed=$((failed + 1)); status=1; }
  (cd vscode-client && npm test) >"$logs/client-test.log" 2>&1 || status=1
  tail -n 12 "$logs/client-test.log" >&2
  count_node "$logs/client-test.log"

  if grep -q '"package"' vscode-client/package.json; then
    step "VS Code client: package the .vsix"
    if (cd vscode-client && npm run package) >"$logs/package.log" 2>&1; then
      if grep -q '"test:package"' vscode-client/package.json; then
        (cd vscode-client && BYLINE_VSIX_REQUIRED=1 npm run test:package) >"$logs/package-test.log" 2>&1 || status=1
        tail -n 12 "$logs/package-test.log" >&2
        count_node "$logs/package-test.log"
      fi
    else
      tail -n 20 "$logs/package.log" >&2
      echo "packaging failed" >&2; failed=$((failed + 1)); status=1
    fi
  fi
fi

echo
echo "${passed} passed, ${failed} failed"
[ "$failed" = 0 ] && [ "$status" = 0 ]
