// The outline by result id. Editors ask for the outline after every change, and LSP's `textDocument/documentSymbol`
// has no result id, so the extension host parsed the whole outline each time: on a book-length article ~340 KB of
// JSON, the same at 99 keystrokes of 100 (typing in a paragraph moves no heading, caption or entity's first mention),
// whose collections then fell inside later keystrokes. The extension says it keeps outlines
// (`initializationOptions.outlineResultIds`); the server then says it answers Byline's own request
// (`capabilities.experimental.outlineResultIds`), the `provideDocumentSymbols` middleware asks it with the result id
// of the last outline it got for the document, and on "unchanged" shows the symbols it converted then. It also asks
// for edits (`edits: true`): typing inside a name changes a few entities' symbols, and the server then sends those
// (~1.5 KB) and not the whole outline again; a server that does not know the member answers the whole outline. Other
// clients (and the extension with a server that does not say so) keep `textDocument/documentSymbol`.

/** What the extension sends in `initializationOptions` to ask for outlines by result id. */
export const OUTLINE_RESULT_IDS_OPTION = 'outlineResultIds';

/** Byline's request: `{ textDocument, previousResultId?, edits? }` → `{ resultId, symbols }`, `{ resultId, unchanged: true }`, `{ resultId, edits }` or null. */
export const OUTLINE_REQUEST = 'byline/documentSymbol';

/** A protocol symbol as far as keeping outlines goes: its children, if any. */
export interface OutlineSymbol<P> {
  children?: P[];
}

/**
 * An edit of the outline the client has, seen as its symbols in pre-order (each parent before its children): the
 * `deleteCount` symbols from `start` are replaced by `symbols`, each sent without its children and having as many as
 * `childCounts` says (the subtrees that follow it). Starts are indices in the outline before any edit, increasing, and
 * the edits do not overlap, as semantic tokens' deltas.
 */
export interface OutlineEdit<P> {
  start: number;
  deleteCount: number;
  symbols?: P[];
  childCounts?: number[];
}

/**
 * The server's answer; `P` is a protocol symbol. No result id: a document that is not open, whose outline is not kept.
 * `edits` (asked with `edits: true`): the outline named by the request's `previousResultId`, edited.
 */
export interface OutlineAnswer<P> {
  resultId?: string;
  symbols?: P[];
  unchanged?: boolean;
  edits?: OutlineEdit<P>[];
}

/** Makes the editor's symbols (`E`) of protocol ones (`P`), one at a time, so that a symbol not edited is not made again. */
export interface SymbolConversion<P, E> {
  /** The editor's symbol of `symbol`, which comes without children. */
  one(symbol: P): E;
  /** Gives `symbol` these children, in place of those it had. */
  setChildren(symbol: E, children: E[]): void;
}

/** A kept outline: its result id, its symbols in pre-order (protocol, without children; the editor's; their children's counts), and the tree. */
interface Kept<P, E> {
  resultId: string;
  heads: P[];
  counts: number[];
  editor: E[];
  roots: E[];
}

/**
 * The outline last converted for each document, with its result id. One per server process: result ids are the
 * process's own. The server may answer with edits to the kept outline (typing inside a name changes a handful of the
 * ~1,400 symbols of a book-length article's outline); then only the symbols it sends are converted, the others are the
 * editor's symbols made before, and the tree is put together again from the counts of children. The editor reads the
 * symbols it is given when the provider answers, so giving a parent kept from before new children does not change an
 * outline it still holds.
 */
export class KeptOutlines<P extends OutlineSymbol<P>, E> {
  private readonly kept = new Map<string, Kept<P, E>>();

  /**
   * The document's outline: `ask` sends the request with the result id the client has (or none), `convert` makes the
   * editor's symbols. Undefined when the server has no outline for the document.
   */
  async provide(
    uri: string,
    ask: (previousResultId: string | undefined) => PromiseLike<OutlineAnswer<P> | null | undefined>,
    convert: SymbolConversion<P, E>,
  ): Promise<E[] | undefined> {
    const last = this.kept.get(uri);
    let answer = await ask(last?.resultId);
    if (answer?.unchanged === true && last !== undefined && answer.resultId === last.resultId) return last.roots;
    if (Array.isArray(answer?.edits) && last !== undefined && typeof answer.resultId === 'string') {
      const edited = applyEdits(last, answer.edits, convert);
      if (edited !== undefined) {
        this.kept.set(uri, { ...edited, resultId: answer.resultId });
        return edited.roots;
      }
    }
    if (answer?.unchanged === true || Array.isArray(answer?.edits)) {
      // "Unchanged" or edits for an outline this client no longer has (forgotten meanwhile), or edits that do not fit
      // it: ask for the whole one.
      answer = await ask(undefined);
    }
    if (answer == null || !Array.isArray(answer.symbols)) {
      this.kept.delete(uri);
      return undefined;
    }
    const whole = flatten(answer.symbols, convert);
    if (typeof answer.resultId === 'string' && answer.resultId.length > 0) this.kept.set(uri, { ...whole, resultId: answer.resultId });
    else this.kept.delete(uri);
    return whole.roots;
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

type Flat<P, E> = Omit<Kept<P, E>, 'resultId'>;

/** A whole outline kept as its symbols in pre-order, each converted once. */
function flatten<P extends OutlineSymbol<P>, E>(symbols: P[], convert: SymbolConversion<P, E>): Flat<P, E> {
  const heads: P[] = [];
  const counts: number[] = [];
  const add = (symbol: P) => {
    const { children, ...head } = symbol;
    heads.push(head as P);
    counts.push(Array.isArray(children) ? children.length : 0);
    for (const child of Array.isArray(children) ? children : []) add(child);
  };
  symbols.forEach(add);
  const editor = heads.map((head) => convert.one(head));
  return { heads, counts, editor, roots: tree(editor, counts, convert)! };
}

/** The kept outline with the edits applied, the new symbols alone converted; undefined when the edits do not fit it. */
function applyEdits<P, E>(last: Kept<P, E>, edits: OutlineEdit<P>[], convert: SymbolConversion<P, E>): Flat<P, E> | undefined {
  const heads = last.heads.slice();
  const counts = last.counts.slice();
  const editor = last.editor.slice();
  let end = heads.length;
  for (let i = edits.length - 1; i >= 0; i--) {
    const { start, deleteCount, symbols = [], childCounts = [] } = edits[i];
    if (!(Number.isInteger(start) && Number.isInteger(deleteCount) && start >= 0 && deleteCount >= 0 && start + deleteCount <= end)) return undefined;
    if (childCounts.length !== symbols.length) return undefined;
    heads.splice(start, deleteCount, ...symbols);
    counts.splice(start, deleteCount, ...childCounts);
    editor.splice(start, deleteCount, ...symbols.map((symbol) => convert.one(symbol)));
    end = start;
  }
  const roots = tree(editor, counts, convert);
  return roots === undefined ? undefined : { heads, counts, editor, roots };
}

/** The tree of symbols in pre-order, each given the next `counts[i]` subtrees; undefined when the counts do not add up. */
function tree<E>(editor: E[], counts: number[], convert: SymbolConversion<unknown, E>): E[] | undefined {
  let next = 0;
  const take = (): E | undefined => {
    const at = next++;
    const children: E[] = [];
    for (let c = 0; c < counts[at]; c++) {
      if (next >= editor.length) return undefined;
      const child = take();
      if (child === undefined) return undefined;
      children.push(child);
    }
    convert.setChildren(editor[at], children);
    return editor[at];
  };
  const roots: E[] = [];
  while (next < editor.length) {
    const root = take();
    if (root === undefined) return undefined;
    roots.push(root);
  }
  return roots;
}
