// Works out *how* to start the Byline language server from the user's settings.
//
// Pure module: no `vscode` import and no file-system access (existence checks are injected),
// so every branch can be unit-tested with node's test runner on any OS. Windows paths are handled
// with `path.win32` chosen by the `platform` argument, not by the OS the tests run on.
import * as path from 'node:path';

/** File name of the framework-dependent server that `npm run package` bundles into the .vsix. */
export const BUNDLED_SERVER_DLL = 'Byline.LanguageServer.dll';
/** Folder (relative to the extension root) that holds the bundled server. */
export const BUNDLED_SERVER_DIR = 'server';
/**
 * Native (ahead-of-time compiled) builds of the server bundled next to the portable one, by `platform-arch`:
 * each starts in milliseconds instead of JIT-compiling. Other platforms run the portable .dll.
 */
export const NATIVE_SERVERS: Readonly<Record<string, string>> = { 'linux-x64': 'linux-x64/Byline.LanguageServer' };

/**
 * The processor features the native linux-x64 server is compiled for (x86-64-v2: CMPXCHG16B, LAHF/SAHF, POPCNT, SSE3,
 * SSSE3, SSE4.1, SSE4.2), as Linux names them in the `flags` line of /proc/cpuinfo ("pni" is SSE3). A processor
 * without one of them would stop the native server at start, so it runs the portable build instead.
 */
export const NATIVE_X64_CPU_FLAGS: readonly string[] = ['cx16', 'lahf_lm', 'popcnt', 'pni', 'ssse3', 'sse4_1', 'sse4_2'];

/**
 * Whether /proc/cpuinfo's text shows every flag of {@link NATIVE_X64_CPU_FLAGS} (on the first processor's `flags`
 * line; all cores of a machine share them). Text that cannot be read or has no flags line says no: the portable build
 * runs everywhere.
 */
export function cpuRunsNativeX64(cpuinfo: string | undefined): boolean {
  const line = cpuinfo?.split('\n').find((l) => /^flags\s*:/.test(l));
  if (line === undefined) return false;
  const flags = new Set(line.slice(line.indexOf(':') + 1).trim().split(/\s+/));
  return NATIVE_X64_CPU_FLAGS.every((flag) => flags.has(flag));
}

export interface ServerCommandInput {
  /** Value of `byline.server.path` (may be empty / undefined = use the bundled server). */
  serverPath?: string;
  /** Value of `byline.dotnet.path` (empty / undefined = `dotnet` from PATH). */
  dotnetPath?: string;
  /** Absolute path of the installed extension (context.extensionPath). */
  extensionPath: string;
  /** First workspace folder, used to resolve relative paths and `${workspaceFolder}`. */
  workspaceFolder?: string;
  /** User's home directory, used to expand a leading `~`. */
  homeDir?: string;
  platform: NodeJS.Platform;
  /** `process.arch`; with `nativeServerExists`, picks a bundled native server for this platform. */
  arch?: string;
  /** Is the bundled native server for this platform there? (Absent: the portable .dll is used.) */
  nativeServerExists?: (file: string) => boolean;
  /** Can this processor run the native server ({@link cpuRunsNativeX64})? Absent: assumed so. */
  cpuRunsNative?: () => boolean;
}

export interface ServerCommand {
  /** Program to spawn. */
  command: string;
  /**
   * Arguments before the transport flag. `--stdio` is NOT included: vscode-languageclient appends
   * it itself when the transport is `TransportKind.stdio` (adding it here would pass it twice).
   */
  args: string[];
  /** `dll`: run through the dotnet host; `exe`: the server is an executable (apphost / script). */
  kind: 'dll' | 'exe';
  /** The resolved server file (the .dll or the executable). */
  serverFile: string;
  /** Where the server came from, for messages. */
  source: 'setting' | 'bundled';
  /** Windows `.cmd`/`.bat` wrappers can only be started through a shell. */
  shell: boolean;
}

function pathApi(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * Expands `~` and `${workspaceFolder}` / `${userHome}` and makes a relative path absolute against the
 * workspace folder (settings are usually written relative to the repository), else leaves it as is.
 */
export function expandPath(
  raw: string,
  input: Pick<ServerCommandInput, 'workspaceFolder' | 'homeDir' | 'platform'>,
  /** `program`: a name without a directory (`dotnet`, `dotnet.exe`) stays bare so PATH is searched. */
  mode: 'file' | 'program' = 'file',
): string {
  const p = pathApi(input.platform);
  let value = raw.trim();
  if (input.workspaceFolder !== undefined) {
    value = value.split('${workspaceFolder}').join(input.workspaceFolder);
  }
  if (input.homeDir !== undefined) {
    value = value.split('${userHome}').join(input.homeDir);
    if (value === '~' || value.startsWith('~/') || value.startsWith('~\\')) {
      value = p.join(input.homeDir, value.slice(1));
    }
  }
  const isPath = mode === 'program' ? hasDirSeparator(value, input.platform) : looksLikePath(value, input.platform);
  if (!p.isAbsolute(value) && input.workspaceFolder !== undefined && isPath) {
    value = p.resolve(input.workspaceFolder, value);
  }
  return value;
}

/**
 * A bare program name such as `dotnet` must stay bare so the OS searches PATH; anything with a
 * directory separator or a file extension we treat as a path.
 */
function looksLikePath(value: string, platform: NodeJS.Platform): boolean {
  return hasDirSeparator(value, platform) || /\.[A-Za-z0-9]+$/.test(value);
}

function hasDirSeparator(value: string, platform: NodeJS.Platform): boolean {
  return value.includes('/') || (platform === 'win32' && value.includes('\\'));
}

/** Resolves the command line that starts the server. Never throws; problems are found by `checkServerCommand`. */
export function resolveServerCommand(input: ServerCommandInput): ServerCommand {
  const p = pathApi(input.platform);
  const dotnet = input.dotnetPath && input.dotnetPath.trim() !== '' ? expandPath(input.dotnetPath, input, 'program') : 'dotnet';
  const configured = input.serverPath?.trim() ?? '';

  if (configured === '') {
    const native = NATIVE_SERVERS[`${input.platform}-${input.arch ?? ''}`];
    const nativeFile = native === undefined ? undefined : p.join(input.extensionPath, BUNDLED_SERVER_DIR, native);
    if (nativeFile !== undefined && input.nativeServerExists?.(nativeFile) === true && input.cpuRunsNative?.() !== false) {
      return { command: nativeFile, args: [], kind: 'exe', serverFile: nativeFile, source: 'bundled', shell: false };
    }
    const dll = p.join(input.extensionPath, BUNDLED_SERVER_DIR, BUNDLED_SERVER_DLL);
    return { command: dotnet, args: [dll], kind: 'dll', serverFile: dll, source: 'bundled', shell: false };
  }

  let file = expandPath(configured, input);
  if (/\.dll$/i.test(file)) {
    return { command: dotnet, args: [file], kind: 'dll', serverFile: file, source: 'setting', shell: false };
  }
  let shell = false;
  if (input.platform === 'win32') {
    // On Windows the apphost is `Byline.LanguageServer.exe`; people often paste the path without
    // the extension (as they would on Linux/macOS), so add it. `extname` is no help here: the
    // server's own name contains a dot (".LanguageServer").
    if (!/\.(exe|com|cmd|bat)$/i.test(file)) file += '.exe';
    shell = /\.(cmd|bat)$/i.test(file);
  }
  return { command: file, args: [], kind: 'exe', serverFile: file, source: 'setting', shell };
}

export interface CheckDeps {
  /** Does a regular file exist at this absolute path? */
  fileExists(file: string): boolean;
  /** PATH environment variable (for finding `dotnet`). */
  envPath?: string;
  /** PATHEXT on Windows. */
  envPathExt?: string;
  platform: NodeJS.Platform;
}

/**
 * Finds a bare program name on PATH the way the OS would (with PATHEXT on Windows). Returns the
 * full path, the input itself when it is already a path that exists, or undefined.
 */
export function findExecutable(command: string, deps: CheckDeps): string | undefined {
  const p = pathApi(deps.platform);
  if (hasDirSeparator(command, deps.platform)) {
    return deps.fileExists(command) ? command : undefined;
  }
  const sep = deps.platform === 'win32' ? ';' : ':';
  const dirs = (deps.envPath ?? '').split(sep).filter((d) => d !== '');
  const exts =
    deps.platform === 'win32' && p.extname(command) === ''
      ? (deps.envPathExt ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '')
      : [''];
  for (const dir of dirs) {
    for (const ext of exts) {
      const candidate = p.join(dir, command + ext.toLowerCase());
      if (deps.fileExists(candidate)) return candidate;
      if (ext !== '' && deps.fileExists(p.join(dir, command + ext))) return p.join(dir, command + ext);
    }
  }
  return undefined;
}

export interface CommandProblem {
  kind: 'dotnet-missing' | 'server-missing';
  message: string;
}

/** Checks that the files the command needs exist, with messages that tell the user what to do. */
export function checkServerCommand(cmd: ServerCommand, deps: CheckDeps): CommandProblem[] {
  const problems: CommandProblem[] = [];
  if (!deps.fileExists(cmd.serverFile)) {
    problems.push({
      kind: 'server-missing',
      message:
        cmd.source === 'bundled'
          ? `The bundled Byline language server is missing (${cmd.serverFile}). Reinstall the extension, or set "byline.server.path" to a Byline.LanguageServer.dll or executable.`
          : `The Byline language server configured in "byline.server.path" was not found: ${cmd.serverFile}`,
    });
  }
  if (cmd.kind === 'dll' && findExecutable(cmd.command, deps) === undefined) {
    problems.push({
      kind: 'dotnet-missing',
      message: `Cannot find the .NET host "${cmd.command}". Byline needs the .NET 10 runtime: install it, or set "byline.dotnet.path" to the full path of dotnet.`,
    });
  }
  return problems;
}
