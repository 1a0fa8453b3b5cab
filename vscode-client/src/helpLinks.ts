// Short help links. A long article's report has thousands of diagnostics, and each one's help link (a file URI
// into the server's install, ~90 characters under ~/.vscode/extensions) was about a quarter of the answer's bytes,
// which the editor parses on every keystroke. The extension asks for short links (`initializationOptions.shortHelpLinks`);
// the server then sends `byline:BYL0001` and says in its answer to `initialize` where the pages lie
// (`capabilities.experimental.helpLinkBase`), and the client turns each short link into the page's URI here, once
// per rule. Other clients keep the full links.

/** What the extension sends in `initializationOptions` to get short help links. */
export const SHORT_HELP_LINKS_OPTION = 'shortHelpLinks';

const SHORT_LINK = /^byline:([A-Za-z0-9_-]+)$/;
const RULE_ID = /^[A-Za-z0-9_-]+$/;

/**
 * Turns URIs the server sent into the editor's, short help links into their rule's page. `parse` makes the
 * editor's URI of a string (`vscode.Uri.parse`); `base` reads the server's `helpLinkBase` (undefined until the
 * server has answered `initialize`, and when it sends full links).
 */
export class HelpLinks<U> {
  private readonly pages = new Map<string, U>();

  constructor(
    private readonly parse: (value: string) => U,
    private readonly base: () => unknown,
  ) {}

  toEditorUri(value: string): U {
    // Most URIs (the document's own) are not short links: one character compared before the pattern.
    if (value.charCodeAt(0) !== 98 /* b */) return this.parse(value);
    const rule = SHORT_LINK.exec(value)?.[1];
    return (rule === undefined ? undefined : this.pageOf(rule)) ?? this.parse(value);
  }

  /** The page of a rule (`BYL0001`) under the server's base, made once per rule; undefined without a base. */
  pageOf(rule: string): U | undefined {
    const known = this.pages.get(rule);
    if (known !== undefined) return known;
    const base = this.base();
    if (typeof base !== 'string' || base.length === 0 || !RULE_ID.test(rule)) return undefined;
    const page = this.parse(`${base}${rule}.md`);
    this.pages.set(rule, page);
    return page;
  }
}
