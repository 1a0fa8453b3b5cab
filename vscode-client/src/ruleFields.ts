// Compact diagnostics. Every diagnostic of a rule has the same `source` ("byline") and the same help link (the rule's
// page), and a long article's report has thousands of diagnostics, which the editor parses on every keystroke: on a
// 1 MB article the two fields were a fifth of each answer's bytes. The extension says it fills them in itself
// (`initializationOptions.compactDiagnostics`); the server then leaves both out and names the source in its answer to
// `initialize` (`capabilities.experimental.diagnosticSource`, next to `helpLinkBase`), and the diagnostics middleware
// puts them back here, so the editor shows what it showed before. Other clients (Neovim, Emacs) get both on each
// diagnostic.

/** What the extension sends in `initializationOptions` to get diagnostics without the fields it fills in. */
export const COMPACT_DIAGNOSTICS_OPTION = 'compactDiagnostics';

/** The fields of an editor diagnostic that are filled in (`vscode.Diagnostic` has both). */
export interface RuleFields<U> {
  source?: string;
  code?: string | number | { value: string | number; target: U };
}

/**
 * Fills in, on the diagnostics that came without them, the source the server named (`source`: its
 * `diagnosticSource`) and the code's target, its rule's page (`pageOf`, one shared object per rule). A server that
 * sends full diagnostics names no source, and its diagnostics are left as they are; so is a diagnostic that carries
 * its own source or link. Changes the diagnostics in place and returns the same array.
 */
export function fillRuleFields<U, D extends RuleFields<U>>(diagnostics: D[], source: unknown, pageOf: (rule: string) => U | undefined): D[] {
  if (typeof source !== 'string' || source.length === 0) return diagnostics;
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== undefined) continue;
    diagnostic.source = source;
    const code = diagnostic.code;
    if (typeof code !== 'string') continue;
    const target = pageOf(code);
    if (target !== undefined) diagnostic.code = { value: code, target };
  }
  return diagnostics;
}
