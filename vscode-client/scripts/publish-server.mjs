// Publishes the Byline language server, framework-dependent, into vscode-client/server/.
//
// Framework-dependent and without a RuntimeIdentifier: the .dll runs on any OS with .NET 10, so one
// .vsix serves Linux, macOS and Windows. UseAppHost=false leaves out the native launcher, which
// would only work on the OS that built it. server/ is wiped first so no stale assembly is packaged.
//
// BYLINE_SERVER_PROJECT overrides the project (e.g. to package a stub while the server is unfinished).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const project = resolve(root, process.env.BYLINE_SERVER_PROJECT ?? '../src/Byline.LanguageServer/Byline.LanguageServer.csproj');
const out = resolve(root, 'server');

rmSync(out, { recursive: true, force: true });
const args = ['publish', project, '-c', 'Release', '-o', out, '--no-self-contained', '-p:UseAppHost=false', '-nologo'];
console.log(`dotnet ${args.join(' ')}`);
const result = spawnSync(process.env.BYLINE_DOTNET ?? 'dotnet', args, { stdio: 'inherit' });
if (result.error) {
  console.error(`Could not run dotnet: ${result.error.message}. Install the .NET 10 SDK.`);
  process.exit(1);
}
process.exit(result.status ?? 1);
