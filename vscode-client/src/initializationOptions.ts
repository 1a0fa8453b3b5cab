// What the extension sends the server in `initialize` (`initializationOptions`). Pure module: the bench's LSP
// driver (tests/Byline.Benchmarks/whole-process/lsp-driver.mjs, `--client vscode`) sends the same, which a unit test
// checks, so that the bench measures what the editor asks for.
import { COMPACT_DIAGNOSTICS_OPTION } from './ruleFields';
import { DIAGNOSTIC_DEFAULTS_OPTION } from './diagnosticDefaults';
import { SHORT_HELP_LINKS_OPTION } from './helpLinks';
import { OUTLINE_RESULT_IDS_OPTION } from './outlineResults';
import { EDITOR_DIAGNOSTICS_PER_FILE, MAX_DIAGNOSTICS_OPTION } from './shownDiagnostics';
import { SHOW_REPORT_COMMAND } from './sourcingReport';

/**
 * The narrowing and inlay hints (`server`: the `byline` settings the server is told about, known before the first
 * document opens; later changes come as didChangeConfiguration), the command the headline lens runs, and what the
 * client fills in or leaves out of the diagnostics itself, and that it keeps outlines (asks for them by result id).
 */
export function initializationOptions(server: { files: string[]; inlayHints: boolean }): Record<string, unknown> {
  return {
    ...server,
    sourcingReportCommand: SHOW_REPORT_COMMAND,
    [SHORT_HELP_LINKS_OPTION]: true,
    [COMPACT_DIAGNOSTICS_OPTION]: true,
    [DIAGNOSTIC_DEFAULTS_OPTION]: true,
    [MAX_DIAGNOSTICS_OPTION]: EDITOR_DIAGNOSTICS_PER_FILE,
    [OUTLINE_RESULT_IDS_OPTION]: true,
  };
}
