import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { parseFixture } from '../support/fixtures';
import { FIXTURES } from '../support/paths';
import { LspTestClient } from '../support/lspClient';

const DRAFT = parseFixture(readFileSync(join(FIXTURES, 'rules', 'italic-lead', 'fr-not-italic.md'), 'utf8')).text;

/** The silencing quick fixes as an editor asks for them. */
describe('silencing quick fixes over stdio', () => {
  let client: LspTestClient;
  afterEach(async () => client.shutdown());

  const actionsAt = async (initializationOptions: Record<string, unknown>): Promise<CodeAction[]> => {
    client = new LspTestClient();
    await client.initialize({ initializationOptions, locale: 'fr' });
    const uri = 'file:///silence-fr.md';
    await client.open(uri, DRAFT, 'markdown');
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const target = diagnostics.find((d) => d.code === 'italic-lead')!;
    return client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target], only: ['quickfix'] } });
  };

  it('offers "this line" and "this file" to every client, in the editor language', async () => {
    const titles = (await actionsAt({})).map((a) => a.title);
    assert.ok(titles.includes('Désactiver italic-lead pour cette ligne'), titles.join('\n'));
    assert.ok(titles.includes('Désactiver italic-lead pour ce fichier'));
    assert.ok(!titles.some((t) => /paramètres/.test(t)));
  });

  it('and the settings commands to a client that runs unres.disableRule', async () => {
    const actions = await actionsAt({ disableRuleCommand: true });
    const commands = actions.filter((a) => a.command).map((a) => [a.title, a.command!.command, ...(a.command!.arguments ?? [])]);
    assert.deepEqual(commands, [
      ['Désactiver italic-lead dans les paramètres de l’espace de travail', 'unres.disableRule', 'italic-lead', 'workspace'],
      ['Désactiver italic-lead dans les paramètres utilisateur', 'unres.disableRule', 'italic-lead', 'user'],
    ]);
  });
});
