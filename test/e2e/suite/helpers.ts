import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

/** Extension identifier as `publisher.name` in package.json. */
export const EXTENSION_ID = 'unres.unres';

/** Upper bound of every wait: generous for a cold extension host on a 2-core machine, never a fixed sleep. */
export const WAIT_MS = 30000;

/**
 * Resolves with the first truthy value of `probe`, re-checking whenever one of `events` fires and at a
 * bounded polling interval (some changes, like a settings write reaching the server, fire no event here).
 */
export function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, events: vscode.Event<unknown>[] = [], timeoutMs = WAIT_MS): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let done = false;
    let last: unknown;
    const finish = (error: Error | undefined, value?: T): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(poll);
      for (const s of subscriptions) s.dispose();
      if (error) reject(error);
      else resolve(value as T);
    };
    const check = async (): Promise<void> => {
      try {
        const value = await probe();
        if (value) finish(undefined, value);
      } catch (error) {
        last = error;
      }
    };
    const timer = setTimeout(
      () => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`)),
      timeoutMs,
    );
    const poll = setInterval(() => void check(), 100);
    for (const event of events) subscriptions.push(event(() => void check()));
    void check();
  });
}

/** The workspace copy of a fixture (the runner copies `test/e2e/fixtures` into a temporary workspace). */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the end-to-end tests need a workspace folder (the runner opens one)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** The server's diagnostics for `uri`, once `accept` holds for them. */
export function waitForDiagnostics(uri: vscode.Uri, accept: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(
    () => {
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'unres');
      return accept(diagnostics) ? diagnostics : undefined;
    },
    what,
    [vscode.languages.onDidChangeDiagnostics],
  ).catch((error: Error) => {
    // Name what was there when the wait gave up, so a failure explains itself.
    throw new Error(`${error.message}\n  diagnostics at timeout: ${summarize(vscode.languages.getDiagnostics(uri))}`);
  });
}

export function summarize(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${showRange(d.range)} ${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)} ${d.message}`)
    .join(' | ');
}

/** The range of the `occurrence`-th (0-based) appearance of `text` in the document. */
export function rangeOf(document: vscode.TextDocument, text: string, occurrence = 0): vscode.Range {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = document.getText().indexOf(text, index + 1);
    assert.ok(index >= 0, `fixture text not found: ${JSON.stringify(text)} (occurrence ${occurrence})`);
  }
  return new vscode.Range(document.positionAt(index), document.positionAt(index + text.length));
}

/** Waits until the document's text satisfies `accept` (edits from the server arrive asynchronously). */
export function waitForText(document: vscode.TextDocument, accept: (text: string) => boolean, what: string): Promise<string> {
  return waitFor(() => (accept(document.getText()) ? document.getText() : undefined), what, [vscode.workspace.onDidChangeTextDocument]);
}

export interface DecodedToken {
  line: number;
  start: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Decodes LSP/VS Code semantic tokens (5 relative integers per token) against their legend. */
export function decodeSemanticTokens(tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let start = 0;
  const data = tokens.data;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const deltaLine = data[i]!;
    line += deltaLine;
    start = deltaLine === 0 ? start + data[i + 1]! : data[i + 1]!;
    const modifierBits = data[i + 4]!;
    out.push({
      line,
      start,
      length: data[i + 2]!,
      type: legend.tokenTypes[data[i + 3]!] ?? `#${data[i + 3]}`,
      modifiers: legend.tokenModifiers.filter((_, bit) => (modifierBits & (1 << bit)) !== 0),
    });
  }
  return out;
}

/**
 * The text a hover shows, whatever form each part takes: Markdown backslash escapes and emphasis markers
 * are removed, as the rendered hover does ("2331 \(2016\)" reads "2331 (2016)").
 */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
    .replace(/\*\*|__/g, '');
}

export function showRange(r: vscode.Range): string {
  return `${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

export function assertRange(actual: vscode.Range, expected: vscode.Range, what = 'range'): void {
  assert.ok(actual.isEqual(expected), `${what}: expected ${showRange(expected)}, got ${showRange(actual)}`);
}
