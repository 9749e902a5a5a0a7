import * as assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fileUri } from '../../server/src/cli/files';

/** `unres check` makes each draft's URI once per folder (cli/files.ts): it must be the URI Node makes. */
describe('the CLI file URIs', () => {
  it('are the ones pathToFileURL gives, for plain and unusual names, in one folder and across folders', () => {
    const names = ['ga-75-10-en.md', 'draft.unres', 'a b.md', 'résolution.md', 'x#1.md', 'y?.md', '100%.md', 'tab\there.md', 'UPPER_case-1.2.md', '.hidden.md'];
    const folders = ['drafts', join('drafts', 'fr'), '.', resolve('/'), join('..', 'elsewhere dir'), 'drafts'];
    for (const folder of folders) {
      for (const name of names) {
        const file = join(folder, name);
        assert.equal(fileUri(file), pathToFileURL(resolve(file)).toString(), file);
      }
    }
  });
});
