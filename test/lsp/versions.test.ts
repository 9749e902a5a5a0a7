import * as assert from 'node:assert/strict';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

const EN = '*The Security Council*,\n\n*Recalling* its resolution 2368 (2017) of 20 July 2017,\n\n1. *Decides* to remain seized of the matter.\n';
const FR = '*Le Conseil de sécurité*,\n\n*Rappelant* sa résolution 2368 (2017) du 20 juillet 2017,\n\n1. *Décide* de rester saisi de la question.\n';

const alignment = (list: Diagnostic[]): Diagnostic[] => list.filter((d) => d.code === 'version-alignment');

describe('language versions over stdio', () => {
  let client: LspTestClient;
  beforeEach(async () => {
    client = new LspTestClient();
    await client.initialize();
  });
  afterEach(async () => {
    await client.shutdown();
  });

  it('compares two paired versions, and republishes the second when the first is edited', async () => {
    const en = 'file:///drafts/draft.en.md';
    const fr = 'file:///drafts/draft.fr.md';
    await client.open(en, EN, 'markdown');
    await client.open(fr, FR, 'markdown');
    await client.waitFor(() => client.diagnostics.has(fr) && client.diagnostics.get(fr)!.version === 1, 10000, 'first diagnostics of fr');
    assert.deepEqual(alignment(client.diagnostics.get(fr)!.diagnostics), []);
    // A changed date in the English version: the French version is told, at its own date.
    const line = EN.split('\n')[2]!;
    const at = line.indexOf('20 July');
    await client.change(en, { start: { line: 2, character: at }, end: { line: 2, character: at + 2 } }, '21');
    const found = await client.waitFor(() => {
      const list = alignment(client.diagnostics.get(fr)?.diagnostics ?? []);
      return list.length > 0 ? list : undefined;
    }, 10000, 'a version-alignment diagnostic in the French version');
    assert.equal(found.length, 1);
    assert.match(String(found[0]!.message), /20 July 2017|21 July 2017/);
    assert.match(String(found[0]!.message), /draft\.en\.md/);
    assert.equal(found[0]!.range.start.line, 2);
    assert.equal(found[0]!.relatedInformation![0]!.location.uri, en);
    const enDiagnostics = await client.waitFor(() => {
      const list = alignment(client.diagnostics.get(en)?.diagnostics ?? []);
      return list.length > 0 ? list : undefined;
    }, 10000, 'the same in the English version');
    assert.match(String(enDiagnostics[0]!.message), /21 July 2017.*20 juillet 2017.*draft\.fr\.md/);
    // Undone: both versions are aligned again.
    await client.change(en, { start: { line: 2, character: at }, end: { line: 2, character: at + 2 } }, '20');
    await client.waitFor(() => alignment(client.diagnostics.get(fr)?.diagnostics ?? [undefined as never]).length === 0, 10000, 'fr aligned again');
  });

  it('answers where the same paragraph is in the other version, and shows its first words in the hover of a number', async () => {
    const en = 'file:///drafts/text-en.md';
    const fr = 'file:///drafts/text-fr.md';
    await client.open(en, EN, 'markdown');
    await client.open(fr, FR, 'markdown');
    await client.diagnosticsFor(fr, 1);
    const target = await client.request<{ uri: string; range: { start: { line: number } } } | null>('unres/counterpart', {
      textDocument: { uri: en },
      position: { line: 4, character: 5 },
    });
    assert.equal(target?.uri, fr);
    assert.equal(target?.range.start.line, 4);
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: en }, position: { line: 4, character: 0 } });
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /French version \(text-fr\.md\), paragraph 1: \[1\. Décide de rester saisi/);
    assert.match(value, /file:\/\/\/drafts\/text-fr\.md#L5/);
  });
});
