// Which documents the client sends to the server, and the `byline.files` narrowing it passes on.
// Pure module (no `vscode` import) so it is unit-testable; the filter shape is structurally vscode's
// `DocumentFilter`.
//
// The server alone decides which documents are articles (its `.byline.yaml` globs, or without one every
// plain-text and Markdown document except READMEs and the like). The client therefore sends every
// plain-text and Markdown document, saved or untitled, and lets the server answer. `byline.files` only
// narrows that further: the server gets the globs and leaves documents outside them alone.

/** VS Code's language ids of the documents Byline reads. */
export const PROSE_LANGUAGES = ['plaintext', 'markdown'] as const;

/** Saved files and untitled documents: a new article is checked before it is first saved. */
export const DOCUMENT_SCHEMES = ['file', 'untitled'] as const;

export interface ProseDocumentFilter {
  scheme: string;
  language: string;
}

/** One filter per scheme and language: the selector never changes, so nothing needs a restart to widen it. */
export function buildDocumentSelector(): ProseDocumentFilter[] {
  return DOCUMENT_SCHEMES.flatMap((scheme) => PROSE_LANGUAGES.map((language) => ({ scheme, language })));
}

/** Whether a document is one the client sends (its scheme and language are in the selector). */
export function isProseDocument(doc: { languageId: string; uri: { scheme: string } }): boolean {
  return (
    (PROSE_LANGUAGES as readonly string[]).includes(doc.languageId) &&
    (DOCUMENT_SCHEMES as readonly string[]).includes(doc.uri.scheme)
  );
}

/** Normalises one glob: forward slashes, no leading `./`, no trailing `/`. Empty → undefined. */
export function normaliseGlob(glob: string): string | undefined {
  let g = glob.trim().replace(/\\/g, '/');
  while (g.startsWith('./')) g = g.slice(2);
  while (g.length > 1 && g.endsWith('/')) g = g.slice(0, -1);
  return g === '' ? undefined : g;
}

/**
 * Expands one level of `{a,b}` alternatives (`**\/*.{txt,md}` → `**\/*.txt`, `**\/*.md`): VS Code users
 * write them, the server's globs (those of `.byline.yaml`) have no braces.
 */
export function expandBraces(glob: string): string[] {
  const match = /\{([^{}]*)\}/.exec(glob);
  if (match === null) return [glob];
  const head = glob.slice(0, match.index);
  const tail = glob.slice(match.index + match[0].length);
  return match[1].split(',').flatMap((alternative) => expandBraces(head + alternative + tail));
}

/**
 * The narrowing globs sent to the server (relative to the workspace folder): normalised, braces expanded,
 * a bare folder (`**\/seeds`, `news`) meaning everything below it, duplicates dropped. Empty: no narrowing.
 */
export function narrowingGlobs(globs: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const glob of globs) {
    const g = normaliseGlob(glob);
    if (g === undefined) continue;
    for (const expanded of expandBraces(g)) {
      const last = expanded.slice(expanded.lastIndexOf('/') + 1);
      // A last segment without a wildcard or an extension names a folder.
      seen.add(/[*?.]/.test(last) ? expanded : `${expanded}/**`);
    }
  }
  return [...seen];
}
