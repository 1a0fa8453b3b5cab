// Turns the `byline.files` globs into the document selector that decides which open documents the
// client sends to the server. Pure module (no `vscode` import) so it is unit-testable; the shapes
// below are structurally identical to vscode's `DocumentFilter`.
//
// The globs name *where* articles live (`**/seeds/**`); articles themselves are `.txt` or `.md`, so
// each glob is narrowed to those extensions unless it already names a file pattern. The server has
// its own include globs and decides what it analyses; this only limits what the editor sends.

export const ARTICLE_EXTENSIONS = ['txt', 'md'] as const;
export const DEFAULT_FILE_GLOBS = ['**/seeds/**', '**/articles/**'];

export interface ArticleDocumentFilter {
  scheme: string;
  pattern: string;
  language?: string;
}

/** Normalises one glob: forward slashes, no leading `./`, no trailing `/`. Empty → undefined. */
export function normaliseGlob(glob: string): string | undefined {
  let g = glob.trim().replace(/\\/g, '/');
  while (g.startsWith('./')) g = g.slice(2);
  while (g.length > 1 && g.endsWith('/')) g = g.slice(0, -1);
  return g === '' ? undefined : g;
}

/**
 * Narrows a folder glob to article files:
 * - `**\/seeds/**`      → `**\/seeds/**\/*.{txt,md}`
 * - `**\/articles`      → `**\/articles/**\/*.{txt,md}` (a bare folder means everything below it)
 * - `**\/*.md`, `news/*.txt`, `x/{a,b}.txt` → unchanged (already a file pattern)
 */
export function articleGlob(glob: string): string | undefined {
  const g = normaliseGlob(glob);
  if (g === undefined) return undefined;
  const ext = `*.{${ARTICLE_EXTENSIONS.join(',')}}`;
  const last = g.slice(g.lastIndexOf('/') + 1);
  if (g === '**' || g === '**/*' ) return `**/${ext}`;
  if (last === '**') return `${g}/${ext}`;
  if (last === '*') return `${g.slice(0, -1)}${ext}`;
  // The last segment has an extension-like part (".md", ".{txt,md}", ".*"): it already names files.
  if (/\.[^/]*$/.test(last)) return g;
  return `${g}/**/${ext}`;
}

export interface SelectorOptions {
  /** Exact file paths added by "Byline: Check Current File" for documents outside the globs. */
  extraFiles?: readonly string[];
}

/**
 * Builds the selector: one `file`-scheme filter per distinct glob plus one per extra file. Untitled
 * documents have no path for a glob to match, so they are left out deliberately.
 */
export function buildDocumentSelector(globs: readonly string[], options: SelectorOptions = {}): ArticleDocumentFilter[] {
  const seen = new Set<string>();
  const filters: ArticleDocumentFilter[] = [];
  const add = (pattern: string | undefined) => {
    if (pattern === undefined || seen.has(pattern)) return;
    seen.add(pattern);
    filters.push({ scheme: 'file', pattern });
  };
  for (const glob of globs) add(articleGlob(glob));
  for (const file of options.extraFiles ?? []) add(escapeGlob(file.replace(/\\/g, '/')));
  return filters;
}

/** Escapes glob metacharacters so a literal path matches only itself. */
export function escapeGlob(literal: string): string {
  // Only the metacharacters of VS Code globs; `(`, `)`, `!` are literal outside brackets.
  return literal.replace(/[*?[\]{}]/g, (c) => `[${c}]`);
}

/** Globs for `workspace.findFiles` to decide whether the workspace has any articles at all. */
export function workspaceArticleGlobs(globs: readonly string[]): string[] {
  return buildDocumentSelector(globs).map((f) => f.pattern);
}
