import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, decodeSemanticTokens, type DecodedToken, hoverText, openFixture, rangeOf, waitFor, waitForDiagnostics } from './helpers';

/** The draft, opened once and analysed by the server (its diagnostics have arrived). */
async function openDraft(): Promise<vscode.TextDocument> {
  const { document } = await openFixture('draft.unres');
  await waitForDiagnostics(document.uri, (ds) => ds.some((d) => codeOf(d) === 'operative-numbering'), 'the server to analyse draft.unres');
  return document;
}

describe('language features in real VS Code', () => {
  let document: vscode.TextDocument;
  before(async () => {
    document = await openDraft();
  });

  it('colours leading verbs, phrases, numbers and labels with semantic tokens', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
    assert.ok(legend, 'no semantic tokens legend: the server registered no provider');
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
    assert.ok(tokens, 'no semantic tokens for draft.unres');
    const decoded = decodeSemanticTokens(tokens, legend);
    const tokenOver = (range: vscode.Range): DecodedToken | undefined =>
      decoded.find((t) => t.line === range.start.line && t.start <= range.start.character && t.start + t.length >= range.end.character);
    const expect = (text: string, type: string, modifier?: string): void => {
      const token = tokenOver(rangeOf(document, text));
      const listing = decoded.map((t) => `${t.line + 1}:${t.start + 1}+${t.length} ${t.type}[${t.modifiers.join(',')}]`).join(' ');
      assert.ok(token, `no semantic token over ${JSON.stringify(text)}; tokens: ${listing || '(none)'}`);
      assert.equal(token.type, type, `token type over ${JSON.stringify(text)}`);
      if (modifier) assert.ok(token.modifiers.includes(modifier), `${JSON.stringify(text)} lacks the ${modifier} modifier`);
    };
    expect('Condemns', 'operativeVerb', 'italic');
    expect('Calls', 'operativeVerb', 'italic');
    expect('Recalling', 'preambularPhrase', 'italic');
    expect('Deeply concerned', 'preambularPhrase', 'italic');
    const one = rangeOf(document, '1. *Condemns*').start;
    const numberToken = tokenOver(new vscode.Range(one, one.translate(0, 1)));
    assert.equal(numberToken?.type, 'paragraphNumber', 'the number "1" of the first operative paragraph');
    expect('(a)', 'subparagraphLabel');
  });

  it('shows the outline: preamble and operative part, paragraphs, nested subparagraphs', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols && symbols.length > 0, 'no document symbols for draft.unres');
    const names = (list: readonly vscode.DocumentSymbol[]): string => list.map((s) => `${s.name} ${s.detail}`.trim()).join(' | ');
    assert.equal(symbols.length, 2, `top level should be the preamble and the operative part: ${names(symbols)}`);
    const [preamble, operative] = symbols as [vscode.DocumentSymbol, vscode.DocumentSymbol];
    assert.equal(preamble.children.length, 2, `preambular paragraphs: ${names(preamble.children)}`);
    assert.equal(operative.children.length, 5, `operative paragraphs: ${names(operative.children)}`);
    const leads = ['Condemns', 'Urges', 'Requests', 'Calls upon', 'Decides'];
    operative.children.forEach((paragraph, i) => {
      assert.ok(`${paragraph.name} ${paragraph.detail}`.includes(leads[i]!), `operative paragraph ${i + 1} should name "${leads[i]}": ${paragraph.name}`);
      assert.equal(paragraph.range.start.line, rangeOf(document, leads[i]!).start.line, `operative paragraph ${i + 1} starts on its line`);
    });
    const urges = operative.children[1]!;
    assert.equal(urges.children.length, 2, `subparagraphs (a) and (b) nest under paragraph 2: ${names(urges.children)}`);
    assert.equal(urges.children[0]!.range.start.line, rangeOf(document, '(a)').start.line);
  });

  it('explains a citation on hover', async () => {
    const citation = rangeOf(document, '2331 (2016)');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, citation.start.translate(0, 2));
    const text = hoverText(hovers ?? []);
    assert.match(text, /Security Council resolution 2331 \(2016\)/, `hover over "2331 (2016)": ${JSON.stringify(text)}`);
    assert.match(text, /S\/RES\/2331 ?\(2016\)/, `the hover links the official document: ${JSON.stringify(text)}`);
  });

  it('completes an operative verb with the next number and italics', async () => {
    const draft = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Condemns* all acts of trafficking in persons;\n\nReq';
    const untitled = await vscode.workspace.openTextDocument({ language: 'unres', content: draft });
    await vscode.window.showTextDocument(untitled);
    // The server has the document once it has published its diagnostics (the unnumbered "Req" is one).
    await waitForDiagnostics(untitled.uri, (ds) => ds.length > 0, 'the server to analyse the untitled draft');
    const end = untitled.positionAt(draft.length);
    const list = await waitFor(
      async () => {
        const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', untitled.uri, end);
        return result && result.items.some((i) => labelOf(i).startsWith('Requests')) ? result : undefined;
      },
      'a completion item "Requests" after "Req" (the server offered none)',
      [],
      10000,
    );
    const item = list.items.find((i) => labelOf(i).startsWith('Requests'))!;
    const inserted = typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? labelOf(item));
    assert.match(inserted, /^2\.\s+[*_]Requests[*_]/, `inserted text of "Requests": ${JSON.stringify(inserted)}`);
    // Only the server's items carry a detail (the phrase's kind); the editor's word-based items do not.
    const serverItems = list.items.filter((i) => i.detail);
    assert.ok(serverItems.includes(item), `the "Requests" item has no detail (its kind): ${JSON.stringify(item.detail)}`);
    assert.ok(!serverItems.some((i) => labelOf(i).startsWith('Recalling')), 'a preambular phrase is offered in the operative part');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}
