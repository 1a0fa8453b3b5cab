// Reads and validates the `byline.*` settings. Pure module: it gets a `get(key)` function instead of
// vscode's WorkspaceConfiguration, so bad values (wrong types from hand-edited settings.json) can be
// unit-tested. A bad value never stops the extension: it falls back to the default and is reported.
export const TRACE_LEVELS = ['off', 'messages', 'verbose'] as const;
export type TraceLevel = (typeof TRACE_LEVELS)[number];

export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
export type SeverityName = (typeof SEVERITIES)[number];

export interface BylineSettings {
  serverPath: string;
  dotnetPath: string;
  files: string[];
  trace: TraceLevel;
  minimumSeverity: SeverityName;
  /** Inlay hints after a short reference naming the entity or source it resolves to (off by default). */
  inlayHints: boolean;
}

export const DEFAULT_SETTINGS: Readonly<BylineSettings> = Object.freeze({
  serverPath: '',
  dotnetPath: 'dotnet',
  files: [] as string[],
  trace: 'off' as TraceLevel,
  minimumSeverity: 'hint' as SeverityName,
  inlayHints: false,
});

/** Settings whose change needs a new server process: they say which program runs. */
export const RESTART_KEYS = ['byline.server.path', 'byline.dotnet.path'];

/**
 * Settings the running server is told about (workspace/didChangeConfiguration), never a reason to restart it:
 * which documents it checks, and whether it gives inlay hints (the client then asks for them again).
 */
export const SERVER_KEYS = ['byline.files', 'byline.inlayHints'];

/**
 * Display-only settings: they change what the editor shows, never the server. The client re-shows the
 * diagnostics it has (minimum severity); vscode-languageclient applies the trace level itself.
 */
export const DISPLAY_KEYS = ['byline.diagnostics.minimumSeverity', 'byline.trace.server'];

/** What a change of these settings needs: a restart, telling the server, or only redisplay. */
export function settingsChangeAction(affects: (key: string) => boolean): 'restart' | 'notify-server' | 'redisplay' | 'none' {
  if (RESTART_KEYS.some(affects)) return 'restart';
  if (SERVER_KEYS.some(affects)) return 'notify-server';
  if (DISPLAY_KEYS.some(affects)) return 'redisplay';
  return 'none';
}

export interface ReadResult {
  settings: BylineSettings;
  /** Human-readable problems, one per bad setting. */
  problems: string[];
}

/** `get` receives keys without the `byline.` prefix, as `workspace.getConfiguration('byline').get` does. */
export function readSettings(get: (key: string) => unknown): ReadResult {
  const problems: string[] = [];
  const str = (key: string, fallback: string, allowEmpty: boolean): string => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v !== 'string') {
      problems.push(`"byline.${key}" must be a string; using "${fallback}".`);
      return fallback;
    }
    const t = v.trim();
    if (t === '' && !allowEmpty) return fallback;
    return t;
  };
  const oneOf = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    problems.push(`"byline.${key}" must be one of ${allowed.join(', ')}; using "${fallback}".`);
    return fallback;
  };

  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(key);
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    problems.push(`"byline.${key}" must be true or false; using ${fallback}.`);
    return fallback;
  };

  const settings: BylineSettings = {
    serverPath: str('server.path', DEFAULT_SETTINGS.serverPath, true),
    dotnetPath: str('dotnet.path', DEFAULT_SETTINGS.dotnetPath, false),
    files: readGlobs(get('files'), problems),
    trace: oneOf('trace.server', TRACE_LEVELS, DEFAULT_SETTINGS.trace),
    minimumSeverity: oneOf('diagnostics.minimumSeverity', SEVERITIES, DEFAULT_SETTINGS.minimumSeverity),
    inlayHints: bool('inlayHints', DEFAULT_SETTINGS.inlayHints),
  };
  return { settings, problems };
}

/** `byline.files` narrows what the server checks; empty (the default) means no narrowing. */
function readGlobs(v: unknown, problems: string[]): string[] {
  if (v === undefined || v === null) return [];
  // A single string is a common hand-edit mistake; accept it rather than ignore the user.
  const list = typeof v === 'string' ? [v] : v;
  if (!Array.isArray(list)) {
    problems.push('"byline.files" must be an array of glob strings; not narrowing.');
    return [];
  }
  const globs: string[] = [];
  for (const item of list) {
    if (typeof item === 'string' && item.trim() !== '') globs.push(item.trim());
    else problems.push(`"byline.files" ignores the entry ${JSON.stringify(item)}: it must be a non-empty glob string.`);
  }
  return globs;
}

/**
 * LSP severity numbers (1 = Error … 4 = Hint). The client keeps a diagnostic when its severity is at
 * least as severe as the minimum; this is display filtering only — the server decides what to report.
 */
export function lspSeverityRank(name: SeverityName): number {
  return SEVERITIES.indexOf(name) + 1;
}

/**
 * Filters diagnostics by vscode's 0-based `DiagnosticSeverity` (0 = Error … 3 = Hint).
 * A diagnostic without severity counts as an error, as LSP says the client may decide.
 */
export function filterBySeverity<T extends { severity?: number }>(diagnostics: readonly T[], minimum: SeverityName): T[] {
  const max = SEVERITIES.indexOf(minimum);
  return diagnostics.filter((d) => (d.severity ?? 0) <= max);
}
