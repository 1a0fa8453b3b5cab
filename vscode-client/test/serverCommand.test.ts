import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  checkServerCommand,
  cpuRunsNativeX64,
  expandPath,
  findExecutable,
  resolveServerCommand,
  type CheckDeps,
} from '../src/serverCommand';

const linux = { extensionPath: '/ext', workspaceFolder: '/ws', homeDir: '/home/me', platform: 'linux' as const };
const windows = {
  extensionPath: 'C:\\ext',
  workspaceFolder: 'C:\\ws',
  homeDir: 'C:\\Users\\me',
  platform: 'win32' as const,
};

test('default runs the bundled dll with dotnet', () => {
  const cmd = resolveServerCommand({ ...linux });
  assert.equal(cmd.command, 'dotnet');
  assert.deepEqual(cmd.args, ['/ext/server/Byline.LanguageServer.dll']);
  assert.equal(cmd.kind, 'dll');
  assert.equal(cmd.source, 'bundled');
});

test('linux-x64 runs the bundled native server when it is there, without dotnet', () => {
  const asked: string[] = [];
  const cmd = resolveServerCommand({ ...linux, arch: 'x64', nativeServerExists: (f) => (asked.push(f), true) });
  assert.deepEqual(asked, ['/ext/server/linux-x64/Byline.LanguageServer']);
  assert.equal(cmd.command, '/ext/server/linux-x64/Byline.LanguageServer');
  assert.deepEqual(cmd.args, []);
  assert.equal(cmd.kind, 'exe');
  assert.equal(cmd.source, 'bundled');
});

test('the portable dll is the fallback: no native build there, another platform, or a server path set', () => {
  const missing = resolveServerCommand({ ...linux, arch: 'x64', nativeServerExists: () => false });
  assert.deepEqual([missing.command, missing.kind], ['dotnet', 'dll']);
  const arm = resolveServerCommand({ ...linux, arch: 'arm64', nativeServerExists: () => true });
  assert.deepEqual([arm.command, arm.kind], ['dotnet', 'dll']);
  const win = resolveServerCommand({ ...windows, arch: 'x64', nativeServerExists: () => true });
  assert.deepEqual([win.command, win.kind], ['dotnet', 'dll']);
  const configured = resolveServerCommand({ ...linux, arch: 'x64', nativeServerExists: () => true, serverPath: '/srv/Byline.LanguageServer.dll' });
  assert.deepEqual([configured.command, configured.source], ['dotnet', 'setting']);
});

test('a processor without the native build\'s instruction sets runs the portable dll', () => {
  const old = resolveServerCommand({ ...linux, arch: 'x64', nativeServerExists: () => true, cpuRunsNative: () => false });
  assert.deepEqual([old.command, old.kind], ['dotnet', 'dll']);
  const able = resolveServerCommand({ ...linux, arch: 'x64', nativeServerExists: () => true, cpuRunsNative: () => true });
  assert.equal(able.kind, 'exe');
});

test('the native build needs every x86-64-v2 flag in /proc/cpuinfo', () => {
  const flags = 'fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ht syscall nx lm';
  const v2 = `${flags} pni ssse3 cx16 sse4_1 sse4_2 popcnt lahf_lm`;
  const cpuinfo = (line: string) => `processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: ${line}\nbogomips\t: 4800.00\n`;
  assert.equal(cpuRunsNativeX64(cpuinfo(v2)), true);
  assert.equal(cpuRunsNativeX64(cpuinfo(`${v2} avx avx2 bmi1 bmi2`)), true);
  for (const missing of ['pni', 'ssse3', 'cx16', 'sse4_1', 'sse4_2', 'popcnt', 'lahf_lm']) {
    assert.equal(cpuRunsNativeX64(cpuinfo(v2.replace(` ${missing}`, ''))), false, `without ${missing}`);
  }
  assert.equal(cpuRunsNativeX64(cpuinfo(`${flags} pni ssse3`)), false);
  assert.equal(cpuRunsNativeX64('processor\t: 0\nvendor_id\t: GenuineIntel\n'), false, 'no flags line');
  assert.equal(cpuRunsNativeX64(''), false);
  assert.equal(cpuRunsNativeX64(undefined), false);
});

test('blank server path and blank dotnet path mean the defaults', () => {
  const cmd = resolveServerCommand({ ...linux, serverPath: '   ', dotnetPath: '' });
  assert.equal(cmd.source, 'bundled');
  assert.equal(cmd.command, 'dotnet');
});

test('--stdio is left to vscode-languageclient (TransportKind.stdio appends it)', () => {
  for (const serverPath of ['', '/srv/Byline.LanguageServer.dll', '/srv/byline-ls']) {
    assert.ok(!resolveServerCommand({ ...linux, serverPath }).args.includes('--stdio'));
  }
});

test('a configured .dll runs with the configured dotnet', () => {
  const cmd = resolveServerCommand({ ...linux, serverPath: '/srv/Byline.LanguageServer.DLL', dotnetPath: '/opt/dotnet/dotnet' });
  assert.equal(cmd.command, '/opt/dotnet/dotnet');
  assert.deepEqual(cmd.args, ['/srv/Byline.LanguageServer.DLL']);
  assert.equal(cmd.kind, 'dll');
  assert.equal(cmd.source, 'setting');
});

test('a configured executable runs directly', () => {
  const cmd = resolveServerCommand({ ...linux, serverPath: '/srv/Byline.LanguageServer' });
  assert.equal(cmd.command, '/srv/Byline.LanguageServer');
  assert.deepEqual(cmd.args, []);
  assert.equal(cmd.kind, 'exe');
  assert.equal(cmd.shell, false);
});

test('relative server paths resolve against the workspace folder', () => {
  const cmd = resolveServerCommand({ ...linux, serverPath: 'src/Byline.LanguageServer/bin/Debug/net10.0/Byline.LanguageServer.dll' });
  assert.equal(cmd.serverFile, '/ws/src/Byline.LanguageServer/bin/Debug/net10.0/Byline.LanguageServer.dll');
});

test('~ and ${workspaceFolder} are expanded', () => {
  assert.equal(expandPath('~/bin/ls.dll', linux), '/home/me/bin/ls.dll');
  assert.equal(expandPath('${workspaceFolder}/out/ls.dll', linux), '/ws/out/ls.dll');
  assert.equal(expandPath('${userHome}/x.dll', linux), '/home/me/x.dll');
});

test('a bare dotnet program name stays bare so PATH is searched', () => {
  assert.equal(resolveServerCommand({ ...linux, dotnetPath: 'dotnet' }).command, 'dotnet');
  assert.equal(resolveServerCommand({ ...windows, dotnetPath: 'dotnet.exe' }).command, 'dotnet.exe');
  assert.equal(resolveServerCommand({ ...linux, dotnetPath: './tools/dotnet' }).command, '/ws/tools/dotnet');
});

test('Windows: bundled dll path uses backslashes', () => {
  const cmd = resolveServerCommand({ ...windows });
  assert.deepEqual(cmd.args, ['C:\\ext\\server\\Byline.LanguageServer.dll']);
});

test('Windows: an executable path without extension gets .exe', () => {
  const cmd = resolveServerCommand({ ...windows, serverPath: 'C:\\srv\\Byline.LanguageServer' });
  assert.equal(cmd.command, 'C:\\srv\\Byline.LanguageServer.exe');
  assert.equal(cmd.kind, 'exe');
  assert.equal(cmd.shell, false);
});

test('Windows: .exe is kept, .cmd wrappers need a shell', () => {
  assert.equal(resolveServerCommand({ ...windows, serverPath: 'C:\\srv\\ls.exe' }).command, 'C:\\srv\\ls.exe');
  const cmd = resolveServerCommand({ ...windows, serverPath: 'C:\\srv\\byline.cmd' });
  assert.equal(cmd.shell, true);
  assert.equal(cmd.command, 'C:\\srv\\byline.cmd');
});

test('Windows: relative paths with backslashes resolve against the workspace', () => {
  const cmd = resolveServerCommand({ ...windows, serverPath: 'out\\Byline.LanguageServer.dll' });
  assert.equal(cmd.serverFile, 'C:\\ws\\out\\Byline.LanguageServer.dll');
});

function deps(files: string[], platform: NodeJS.Platform = 'linux', envPath = '/usr/bin:/usr/local/bin'): CheckDeps {
  const set = new Set(files);
  return { fileExists: (f) => set.has(f), envPath, platform };
}

test('findExecutable searches PATH in order', () => {
  assert.equal(findExecutable('dotnet', deps(['/usr/local/bin/dotnet'])), '/usr/local/bin/dotnet');
  assert.equal(findExecutable('dotnet', deps([])), undefined);
  assert.equal(findExecutable('/opt/dotnet', deps(['/opt/dotnet'])), '/opt/dotnet');
  assert.equal(findExecutable('/opt/dotnet', deps([])), undefined);
});

test('findExecutable uses PATHEXT on Windows', () => {
  const d = deps(['C:\\dotnet\\dotnet.exe'], 'win32', 'C:\\Windows;C:\\dotnet');
  assert.equal(findExecutable('dotnet', d), 'C:\\dotnet\\dotnet.exe');
  assert.equal(findExecutable('dotnet.exe', d), 'C:\\dotnet\\dotnet.exe');
});

test('check: everything present gives no problems', () => {
  const cmd = resolveServerCommand({ ...linux });
  assert.deepEqual(checkServerCommand(cmd, deps(['/ext/server/Byline.LanguageServer.dll', '/usr/bin/dotnet'])), []);
});

test('check: missing dotnet and missing bundled dll are both reported with advice', () => {
  const problems = checkServerCommand(resolveServerCommand({ ...linux }), deps([]));
  assert.deepEqual(problems.map((p) => p.kind), ['server-missing', 'dotnet-missing']);
  assert.match(problems[0].message, /bundled/);
  assert.match(problems[1].message, /byline\.dotnet\.path/);
  assert.match(problems[1].message, /\.NET 10/);
});

test('check: a missing configured server names the setting; executables need no dotnet', () => {
  const problems = checkServerCommand(resolveServerCommand({ ...linux, serverPath: '/nope/byline-ls' }), deps([]));
  assert.deepEqual(problems.map((p) => p.kind), ['server-missing']);
  assert.match(problems[0].message, /byline\.server\.path/);
  assert.match(problems[0].message, /\/nope\/byline-ls/);
});
