import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../support/lspClient';

// Paragraph 2 is missing from the numbering of all three versions; paragraph 4 refers to paragraph 3.
const EN = '*The Security Council*,\n\n*Recalling* its resolution 2368 (2017),\n\n1. *Decides* to renew the measures until 1 July 2022;\n\n3. *Requests* the Secretary-General to report by 30 December 2021;\n\n4. *Decides* that the measures referred to in paragraph 3 above apply to 2420 (2018);\n\n5. *Decides* to remain seized of the matter.\n';
const FR = '*Le Conseil de sécurité*,\n\n*Rappelant* sa résolution 2368 (2017),\n\n1. *Décide* de reconduire les mesures jusqu’au 1er juillet 2022 ;\n\n3. *Prie* le Secrétaire général de lui faire rapport d’ici au 30 décembre 2021 ;\n\n4. *Décide* que les mesures visées au paragraphe 3 ci-dessus s’appliquent à 2420 (2018) ;\n\n5. *Décide* de rester saisi de la question.\n';
// The Spanish version lacks the paragraph on the report: it cannot take the English numbering.
const ES = '*El Consejo de Seguridad*,\n\n*Recordando* su resolución 2368 (2017),\n\n1. *Decide* renovar las medidas hasta el 1 de julio de 2022;\n\n4. *Decide* que las medidas mencionadas en el párrafo 3 supra se aplican a 2420 (2018);\n\n5. *Decide* seguir ocupándose de la cuestión.\n';

interface RenumberAnswer {
  applied: boolean;
  edits: number;
  versions: { uri: string; name: string; edits: number }[];
  notAligned: { uri: string; name: string; reason: string }[];
}

describe('language versions renumbered together over stdio', () => {
  let client: LspTestClient;
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unres-versions-renumber-'));
    client = new LspTestClient();
    await client.initialize({ rootUri: pathToFileURL(dir).toString(), initializationOptions: { reportsCommandResults: true } });
  });
  afterEach(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  it('offers the aligned closed version the same numbering, applies it by URI as one more edit, and leaves the unaligned one', async () => {
    writeFileSync(join(dir, 'draft.en.md'), EN);
    writeFileSync(join(dir, 'draft.fr.md'), FR);
    writeFileSync(join(dir, 'draft.es.md'), ES);
    const en = pathToFileURL(join(dir, 'draft.en.md')).toString();
    const fr = pathToFileURL(join(dir, 'draft.fr.md')).toString();
    const es = pathToFileURL(join(dir, 'draft.es.md')).toString();
    await client.open(en, EN, 'markdown');
    await client.diagnosticsFor(en, 1);

    const answer = await client.request<RenumberAnswer>('workspace/executeCommand', { command: 'unres.renumber', arguments: [en] });
    assert.equal(answer.applied, true);
    assert.equal(answer.edits, 4);
    assert.deepEqual(answer.versions, [{ uri: fr, name: 'draft.fr.md', edits: 4 }]);
    assert.deepEqual(answer.notAligned.map((n) => n.name), ['draft.es.md']);
    assert.match(answer.notAligned[0]!.reason, /draft\.es\.md was not renumbered: it has 3 operative paragraphs and this version 4/);
    assert.equal(client.appliedEdits.length, 1, 'the other versions wait for the answer to the offer');

    // The client applied the English edit; the person accepts the offer.
    const source = TextDocument.create(en, 'markdown', 1, EN);
    const renumbered = TextDocument.applyEdits(source, (client.appliedEdits[0]!.edit.documentChanges![0] as TextDocumentEdit).edits as TextEdit[]);
    await client.change(en, { start: { line: 0, character: 0 }, end: source.positionAt(EN.length) }, renumbered);
    const done = await client.request<{ versions: { uri: string; applied: boolean; edits: number }[]; notAligned: unknown[] }>('workspace/executeCommand', {
      command: 'unres.renumberVersions',
      arguments: [en],
    });
    assert.deepEqual(done.versions.map((v) => [v.uri, v.applied, v.edits]), [[fr, true, 4]]);
    assert.equal(done.notAligned.length, 1);
    assert.equal(client.appliedEdits.length, 2, 'one more edit, for the French version alone');
    const change = client.appliedEdits[1]!.edit.documentChanges!;
    assert.equal(change.length, 1);
    const frEdit = change[0] as TextDocumentEdit;
    // Not open in the editor: addressed by URI, without a version.
    assert.deepEqual(frEdit.textDocument, { uri: fr, version: null });
    const frAfter = TextDocument.applyEdits(TextDocument.create(fr, 'markdown', 0, FR), frEdit.edits as TextEdit[]);
    assert.equal(frAfter, FR.replace('3. *Prie*', '2. *Prie*').replace('4. *Décide*', '3. *Décide*').replace('5. *Décide*', '4. *Décide*').replace('paragraphe 3 ci-dessus', 'paragraphe 2 ci-dessus'));
    assert.ok(!client.appliedEdits.some((e) => e.edit.documentChanges!.some((c) => 'textDocument' in c && c.textDocument.uri === es)), 'the Spanish version is not touched');

    // Once the French version is on disk renumbered, nothing more is offered or changed.
    writeFileSync(join(dir, 'draft.fr.md'), frAfter);
    const again = await client.request<RenumberAnswer>('workspace/executeCommand', { command: 'unres.renumberVersions', arguments: [en] });
    assert.deepEqual(again.versions, []);
    assert.equal(client.appliedEdits.length, 2);
  });
});

describe('the versions key of .unres.json in the server', () => {
  const EN_TEXT = '*The Security Council*,\n\n*Recalling* its resolution 2368 (2017) of 20 July 2017,\n\n1. *Decides* to remain seized of the matter.\n';
  const FR_TEXT = '*Le Conseil de sécurité*,\n\n*Rappelant* sa résolution 2368 (2017) du 20 juin 2017,\n\n1. *Décide* de rester saisi de la question.\n';
  let dir: string;
  let client: LspTestClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-versions-config-lsp-'));
    writeFileSync(join(dir, 'original.md'), EN_TEXT);
    writeFileSync(join(dir, 'traduction.md'), FR_TEXT);
    writeFileSync(join(dir, '.unres.json'), JSON.stringify({ versions: { 'original.md': ['traduction.md'] } }));
  });
  afterEach(async () => {
    await client?.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  const alignmentIn = async (initializationOptions: unknown, configuration: Record<string, unknown> = {}): Promise<string[]> => {
    client = new LspTestClient();
    client.configuration = configuration;
    await client.initialize({ rootUri: pathToFileURL(dir).toString(), initializationOptions });
    const uri = pathToFileURL(join(dir, 'original.md')).toString();
    await client.open(uri, EN_TEXT, 'markdown');
    const diagnostics = await client.diagnosticsFor(uri, 1);
    return diagnostics.filter((d) => d.code === 'version-alignment').map((d) => String(d.message));
  };

  it('pairs the files it names, in a trusted workspace only', async () => {
    const found = await alignmentIn({ reportsCommandResults: true });
    assert.equal(found.length, 1);
    assert.match(found[0]!, /20 July 2017.*20 juin 2017.*traduction\.md/);
    await client!.shutdown();
    client = undefined;
    // Untrusted: the key names files to read, so it is ignored.
    assert.deepEqual(await alignmentIn({ trusted: false }), []);
  });

  it('gives way to the editor setting unres.versions', async () => {
    writeFileSync(join(dir, 'autre.md'), FR_TEXT.replace('20 juin', '21 juillet'));
    await alignmentIn({ reportsCommandResults: true }, { versions: { 'original.md': ['autre.md'] } });
    const uri = pathToFileURL(join(dir, 'original.md')).toString();
    // Once the editor settings are read, the draft is compared with autre.md, not with traduction.md.
    const found = await client!.waitFor(() => {
      const list = (client!.diagnostics.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'version-alignment').map((d) => String(d.message));
      return list.some((m) => m.includes('autre.md')) ? list : undefined;
    }, 10000, 'a comparison with autre.md');
    assert.equal(found.length, 1);
    assert.match(found[0]!, /21 juillet 2017.*autre\.md/);
  });
});
