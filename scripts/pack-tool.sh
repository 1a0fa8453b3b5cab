#!/usr/bin/env bash
# Packs the `byline` .NET tool into OUT (default .artifacts/tool/packages), the three packages `dotnet tool
# install` chooses from (.NET 10 SDK, "RID-specific, self-contained and AOT .NET tools"):
#   byline            the top-level package: names the command and the packages for each platform;
#   byline.linux-x64  NativeAOT, a native executable with no runtime and no JIT (needs clang and zlib1g-dev);
#   byline.any        framework-dependent and JIT, for every other platform (needs the .NET 10 runtime).
# Then: dotnet tool install --global --add-source OUT byline   (or --tool-path DIR instead of --global)
#
# The native package is built only on a Linux x64 host with clang. Without it the top-level package lists only
# `any`, so installs everywhere get the portable build, and a warning says so; BYLINE_NATIVE_TOOL=required makes
# that an error, BYLINE_NATIVE_TOOL=off skips the native build.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-.artifacts/tool/packages}")
project=src/Byline.Cli/Byline.Cli.csproj
native=${BYLINE_NATIVE_TOOL:-auto}

rm -rf "$out" && mkdir -p "$out"
why=""
if [ "$native" = off ]; then why="BYLINE_NATIVE_TOOL=off"
elif [ "$(uname -s)-$(uname -m)" != Linux-x86_64 ]; then why="this host is $(uname -s)-$(uname -m), not linux-x64"
elif ! clang --version >/dev/null 2>&1; then why="clang is not installed (apt-get install clang zlib1g-dev)"
elif ! dotnet pack "$project" -c Release -r linux-x64 -o "$out" -nologo; then why="the NativeAOT pack failed (see above)"
fi

only_any=()
if [ -n "$why" ]; then
  rm -f "$out"/byline.linux-x64.*.nupkg
  [ "$native" = required ] && { echo "pack-tool: no native linux-x64 tool: $why" >&2; exit 1; }
  [ "$native" = off ] || echo "warning: no native linux-x64 tool: $why; every platform gets the portable build." >&2
  only_any=(-p:ToolPackageRuntimeIdentifiers=any)
fi
dotnet pack "$project" -c Release -r any -o "$out" -nologo
dotnet pack "$project" -c Release -o "$out" -nologo "${only_any[@]}"
ls -l "$out"
