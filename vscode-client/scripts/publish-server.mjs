// Publishes the Byline language server into vscode-client/server/, in two builds:
//
// 1. Portable, framework-dependent, the .dll (server/Byline.LanguageServer.dll): runs on any OS with .NET 10,
//    so one .vsix serves Linux, macOS and Windows. UseAppHost=false leaves out the native launcher, which would
//    only work on the OS that built it. Its assemblies are also ReadyToRun-compiled for linux-x64 (native code
//    next to the IL): on Linux x64 the runtime uses it and skips most JIT work at start-up; elsewhere it ignores
//    it and compiles the IL as before.
// 2. Native AOT for linux-x64 (server/linux-x64/Byline.LanguageServer), built only on a Linux x64 host with
//    clang and zlib (apt-get install clang zlib1g-dev): no runtime and no JIT, so it answers `initialize` in a few
//    milliseconds. The extension starts it on Linux x64 and the portable build everywhere else
//    (src/serverCommand.ts). When it cannot be built the .vsix ships the portable build alone and says so;
//    BYLINE_NATIVE_SERVER=required makes that an error, BYLINE_NATIVE_SERVER=off skips it.
//
// server/ is wiped first so no stale assembly is packaged. BYLINE_SERVER_PROJECT overrides the project (e.g. to
// package a stub while the server is unfinished); a stub gets no native build.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const project = resolve(root, process.env.BYLINE_SERVER_PROJECT ?? '../src/Byline.LanguageServer/Byline.LanguageServer.csproj');
const out = resolve(root, 'server');
const native = process.env.BYLINE_NATIVE_SERVER ?? 'auto';

rmSync(out, { recursive: true, force: true });
dotnet(['publish', project, '-c', 'Release', '-o', out, '-r', 'linux-x64', '--no-self-contained',
  '-p:UseAppHost=false', '-p:PublishReadyToRun=true', '-nologo']);

if (native !== 'off' && process.env.BYLINE_SERVER_PROJECT === undefined) {
  publishNative();
}

function publishNative() {
  const why = process.platform !== 'linux' || process.arch !== 'x64'
    ? `this host is ${process.platform}-${process.arch}, not linux-x64`
    : spawnSync('clang', ['--version']).status !== 0 ? 'clang is not installed (apt-get install clang zlib1g-dev)' : undefined;
  const nativeOut = join(out, 'linux-x64');
  const status = why === undefined
    ? dotnet(['publish', project, '-c', 'Release', '-o', nativeOut, '-r', 'linux-x64', '-p:PublishAot=true', '-nologo'], false)
    : 1;
  if (status === 0) {
    // Only the executable ships: the debug symbols (.dbg) are 14 MB and the .pdb files belong to the portable build;
    // the rule pages its help links open are the portable build's, one folder up (RuleDocs in Byline.Analysis).
    for (const file of readdirSync(nativeOut)) {
      if (file !== 'Byline.LanguageServer') rmSync(join(nativeOut, file), { recursive: true, force: true });
    }
    return;
  }
  rmSync(nativeOut, { recursive: true, force: true });
  const message = `No native linux-x64 server: ${why ?? 'the native AOT publish failed (see above)'}; the .vsix runs the portable build everywhere.`;
  if (native === 'required') {
    console.error(message);
    process.exit(1);
  }
  console.warn(`warning: ${message}`);
}

function dotnet(args, exitOnFailure = true) {
  console.log(`dotnet ${args.join(' ')}`);
  const result = spawnSync(process.env.BYLINE_DOTNET ?? 'dotnet', args, { stdio: 'inherit' });
  if (result.error) {
    console.error(`Could not run dotnet: ${result.error.message}. Install the .NET 10 SDK.`);
    process.exit(1);
  }
  if (exitOnFailure && result.status !== 0) process.exit(result.status ?? 1);
  return result.status;
}
