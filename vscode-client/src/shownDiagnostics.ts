// Diagnostics the editor shows. VS Code's extension host keeps at most 1,000 diagnostics of a file per collection
// (`ExtHostDiagnostics._maxDiagnosticsPerFile` in src/vs/workbench/api/common/extHostDiagnostics.ts): errors, then
// warnings, then information, then hints, each in the order given, until 1,000, and a note of its own ("Not showing N
// further errors and warnings."). It drops the rest only after vscode-languageclient has parsed and converted every
// one: on a 1 MB article, 4,128 diagnostics parsed on every keystroke to show 1,000. The extension says how many it
// shows (`initializationOptions.maxDiagnosticsPerDocument`); the server then sends those it would keep, chosen the
// same way, and in the last place a note of its own of how many it does not send, with no rule code. Other clients
// (Neovim, Emacs) get every diagnostic.

/** What the extension sends in `initializationOptions` to get only the diagnostics the editor shows. */
export const MAX_DIAGNOSTICS_OPTION = 'maxDiagnosticsPerDocument';

/** How many diagnostics of a file VS Code shows (`ExtHostDiagnostics._maxDiagnosticsPerFile`). */
export const EDITOR_DIAGNOSTICS_PER_FILE = 1000;

/** The server's note of the diagnostics it did not send: the one diagnostic of Byline's without a rule code. */
export function isNotShownNote(diagnostic: { code?: unknown }): boolean {
  return diagnostic.code === undefined;
}
