// The outline by result id. Editors ask for the outline after every change, and LSP's `textDocument/documentSymbol`
// has no result id, so the extension host parsed the whole outline each time: on a book-length article ~340 KB of
// JSON, the same at 99 keystrokes of 100 (typing in a paragraph moves no heading, caption or entity's first mention),
// whose collections then fell inside later keystrokes. The extension says it keeps outlines
// (`initializationOptions.outlineResultIds`); the server then says it answers Byline's own request
// (`capabilities.experimental.outlineResultIds`), the `provideDocumentSymbols` middleware asks it with the result id
// of the last outline it got for the document, and on "unchanged" shows the symbols it converted then. Other clients
// (and the extension with a server that does not say so) keep `textDocument/documentSymbol`.

/** What the extension sends in `initializationOptions` to ask for outlines by result id. */
export const OUTLINE_RESULT_IDS_OPTION = 'outlineResultIds';

/** Byline's request: `{ textDocument, previousResultId? }` → `{ resultId, symbols }`, `{ resultId, unchanged: true }` or null. */
export const OUTLINE_REQUEST = 'byline/documentSymbol';

/** The server's answer; `P` is a protocol symbol. No result id: a document that is not open, whose outline is not kept. */
export interface OutlineAnswer<P> {
  resultId?: string;
  symbols?: P[];
  unchanged?: boolean;
}

/**
 * The outline last converted for each document, with its result id (`S`: the editor's symbols). One per server
 * process: result ids are the process's own.
 */
export class KeptOutlines<P, S> {
  private readonly kept = new Map<string, { resultId: string; symbols: S }>();

  /**
   * The document's outline: `ask` sends the request with the result id the client has (or none), `convert` makes the
   * editor's symbols of a whole answer. Undefined when the server has no outline for the document.
   */
  async provide(
    uri: string,
    ask: (previousResultId: string | undefined) => PromiseLike<OutlineAnswer<P> | null | undefined>,
    convert: (symbols: P[]) => S | PromiseLike<S>,
  ): Promise<S | undefined> {
    const last = this.kept.get(uri);
    let answer = await ask(last?.resultId);
    if (answer?.unchanged === true) {
      if (last !== undefined && answer.resultId === last.resultId) return last.symbols;
      // "Unchanged" for an outline this client no longer has (forgotten meanwhile): ask for the whole one.
      answer = await ask(undefined);
    }
    if (answer == null || !Array.isArray(answer.symbols)) {
      this.kept.delete(uri);
      return undefined;
    }
    const symbols = await convert(answer.symbols);
    if (typeof answer.resultId === 'string' && answer.resultId.length > 0) this.kept.set(uri, { resultId: answer.resultId, symbols });
    else this.kept.delete(uri);
    return symbols;
  }

  /** Lets the document's outline go (it was closed). */
  forget(uri: string): void {
    this.kept.delete(uri);
  }

  /** How many documents' outlines are kept. */
  get size(): number {
    return this.kept.size;
  }
}
