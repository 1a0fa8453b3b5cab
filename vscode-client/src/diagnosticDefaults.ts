// Diagnostic defaults. Most diagnostics of a long article are warnings of a rule whose every finding has one message
// (BYL0001's "No source backs this claim."): on a 1 MB article, severity and those messages were a quarter of the
// bytes of each answer, which the editor parses on every keystroke. The extension says it fills them in
// (`initializationOptions.diagnosticDefaults`); the server then leaves out a warning's severity and a rule's fixed
// message, and names both in its answer to `initialize` (`capabilities.experimental.diagnosticDefaults`). LSP requires
// a message, and vscode-languageclient reads every diagnostic's message and severity as it converts a report, before
// any middleware sees it: so they are put back here, in each message from the server as it was parsed, before the
// client reads it (the connection's message strategy). Other clients get both on each diagnostic.

/** What the extension sends in `initializationOptions` to get diagnostics without default severity and message. */
export const DIAGNOSTIC_DEFAULTS_OPTION = 'diagnosticDefaults';

/** What a diagnostic without `severity` or without `message` has (the server's `diagnosticDefaults`). */
export interface DiagnosticDefaults {
  severity: number;
  messages: Record<string, string>;
}

/** The server's `diagnosticDefaults` when it sent them, well formed; else undefined (nothing is filled in). */
export function readDiagnosticDefaults(value: unknown): DiagnosticDefaults | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { severity, messages } = value as { severity?: unknown; messages?: unknown };
  if (typeof severity !== 'number' || typeof messages !== 'object' || messages === null) return undefined;
  return { severity, messages: messages as Record<string, string> };
}

/**
 * Fills in, in one JSON-RPC message from the server, the severity and message of each diagnostic that came without
 * them: in the answer to `textDocument/diagnostic` (`result.items` of a full report), to `workspace/diagnostic` (each
 * full report's `items`, also in partial results sent as `$/progress`) and in `textDocument/publishDiagnostics`
 * (`params.diagnostics`). Only diagnostics with a string code are touched (all of Byline's). Changes the message in
 * place.
 */
export function fillDiagnosticDefaults(message: unknown, defaults: DiagnosticDefaults | undefined): void {
  if (defaults === undefined || typeof message !== 'object' || message === null) return;
  const { result, params } = message as { result?: unknown; params?: unknown };
  if (isObject(result)) {
    if (result.kind === 'full') fill(result.items, defaults);
    else fillReports(result.items, defaults);
  }
  if (isObject(params)) {
    fill(params.diagnostics, defaults);
    if (isObject(params.value)) fillReports(params.value.items, defaults);
  }
}

/**
 * The connection's message strategy (vscode-jsonrpc's `MessageStrategy`, `connectionOptions.messageStrategy`): it sees
 * each message from the server once parsed, before the client reads it, and fills in the defaults `defaults` reads
 * (undefined until the server has answered `initialize`).
 */
export function defaultsFiller(defaults: () => DiagnosticDefaults | undefined) {
  return {
    handleMessage<M, R>(message: M, next: (message: M) => R): R {
      fillDiagnosticDefaults(message, defaults());
      return next(message);
    },
  };
}

function fillReports(reports: unknown, defaults: DiagnosticDefaults): void {
  if (!Array.isArray(reports)) return;
  for (const report of reports) {
    if (isObject(report) && report.kind === 'full') fill(report.items, defaults);
  }
}

function fill(diagnostics: unknown, defaults: DiagnosticDefaults): void {
  if (!Array.isArray(diagnostics)) return;
  for (const diagnostic of diagnostics) {
    if (!isObject(diagnostic) || typeof diagnostic.code !== 'string' || !isObject(diagnostic.range)) continue;
    if (diagnostic.severity === undefined) diagnostic.severity = defaults.severity;
    if (diagnostic.message === undefined) {
      const fixed = defaults.messages[diagnostic.code];
      if (typeof fixed === 'string') diagnostic.message = fixed;
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
