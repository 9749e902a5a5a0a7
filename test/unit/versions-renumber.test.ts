import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyOffsetEdits } from '../../server/src/features/offsetEdits';
import { planRenumber } from '../../server/src/features/renumber';
import { planRenumberFollowing } from '../../server/src/features/renumberVersions';
import { createResolutionService } from '../../server/src/service';
import { compareVersions } from '../../server/src/versions';
import { CORPUS } from '../support/versionCorpus';

const service = createResolutionService();
let serial = 0;
const doc = (text: string, name = 'draft'): TextDocument => TextDocument.create(`file:///renumber-versions/${serial++}/${name}.md`, 'markdown', 1, text);

/** Operative paragraphs 2..N become 3..N+1, and every "paragraph(e) K" of the text after them follows: a gap planted in a real text. */
function plantGap(text: string, referenceForm: RegExp): string {
  const shifted = text.replace(/^(\d+)\. /gm, (all, n: string) => (Number(n) >= 2 ? `${Number(n) + 1}. ` : all));
  return shifted.replace(referenceForm, (all, before: string, n: string) => (Number(n) >= 2 ? `${before}${Number(n) + 1}` : all));
}

const files = { en: join(CORPUS, 'sc-2582-2021-en.md'), fr: join(CORPUS, 'sc-2582-2021-fr.md'), es: join(CORPUS, 'sc-2582-2021-es.md') };
const available = Object.values(files).every((f) => existsSync(f));

describe('language versions renumbered together', () => {
  before(function () {
    if (!available) this.skip();
  });

  const english = (): string => readFileSync(files.en, 'utf8');
  const french = (): string => readFileSync(files.fr, 'utf8');
  // "the measures referred to in paragraph 2 above" / "les mesures visées au paragraphe 2 de la présente résolution"
  const EN_REFERENCE = /(paragraph )(\d+)(?= above)/g;
  const FR_REFERENCE = /(paragraphe )(\d+)(?= de la présente résolution)/g;

  it('gives the French version the mapping of the English one, its own reference rewritten, back to the adopted text', () => {
    const en = doc(plantGap(english(), EN_REFERENCE), 'sc.en');
    const fr = doc(plantGap(french(), FR_REFERENCE), 'sc.fr');
    assert.notEqual(fr.getText(), french(), 'the gap was planted');
    assert.match(fr.getText(), /visées au paragraphe 3 de la présente résolution/);

    const plan = planRenumber(service.getModel(en));
    assert.deepEqual(plan.numbering, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Decided before the English version is changed, with the numbers it is about to get.
    const planned = planRenumberFollowing(compareVersions(service.analysis(en), service.analysis(fr)), 'sc.fr.md', 'en', plan.numbering);
    assert.ok('plan' in planned, 'refused' in planned ? planned.refused : '');
    const renumbered = applyOffsetEdits(fr.getText(), planned.plan.edits);
    assert.equal(renumbered, french());
    // Nine numbers and one reference: nothing else in the French text changes.
    assert.equal(planned.plan.edits.length, 10);
    assert.ok(planned.plan.edits.every((e) => /^\d+$/.test(e.newText) && /^\d+$/.test(fr.getText().slice(e.start, e.end))));
  });

  it('reaches the same result after the English version is renumbered, and a second run changes nothing', () => {
    const planted = doc(plantGap(english(), EN_REFERENCE), 'sc.en');
    const en = doc(applyOffsetEdits(planted.getText(), planRenumber(service.getModel(planted)).edits), 'sc.en');
    assert.equal(en.getText(), english());
    const fr = doc(plantGap(french(), FR_REFERENCE), 'sc.fr');
    const result = service.renumberVersion(en, { document: fr, name: 'sc.fr.md' });
    assert.ok('result' in result, 'refused' in result ? result.refused : '');
    assert.equal(TextDocument.applyEdits(fr, result.result.edits), french());
    const again = service.renumberVersion(en, { document: doc(french(), 'sc.fr'), name: 'sc.fr.md' });
    assert.ok('result' in again);
    assert.deepEqual(again.result.edits, []);
  });

  it('leaves a version with a paragraph more or less as written and says why', () => {
    const en = doc(plantGap(english(), EN_REFERENCE), 'sc.en');
    // The French version lacks its paragraph 7 ("Réaffirme les dispositions concernant l’établissement de rapports").
    const shorter = french().replace(/^7\. \*Réaffirme\*[^\n]*\n\n/m, '');
    assert.notEqual(shorter, french());
    const result = service.renumberVersion(en, { document: doc(shorter, 'sc.fr'), name: 'sc.fr.md' }, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.ok('refused' in result);
    assert.match(result.refused, /sc\.fr\.md was not renumbered: it has 9 operative paragraphs and this version 10/);
  });

  it('refuses a version whose paragraphs, equal in number, do not pair in order', () => {
    const en = doc(english(), 'sc.en');
    // Paragraphs 7 and 8 of the French version swapped: the counts agree, the alignment does not.
    const text = french();
    const seven = /^7\. [^\n]*\n\n/m.exec(text)![0];
    const eight = /^8\. [^\n]*\n\n/m.exec(text)![0];
    const swapped = text.replace(seven + eight, eight.replace(/^8/, '7') + seven.replace(/^7/, '8'));
    assert.notEqual(swapped, text);
    const result = service.renumberVersion(en, { document: doc(swapped, 'sc.fr'), name: 'sc.fr.md' });
    assert.ok('refused' in result, 'a swapped pair is not renumbered');
    assert.match(result.refused, /does not align/);
  });

  it('carries "bis" paragraphs and refuses a version that has one where the other has none', () => {
    const en = doc('*The Security Council*,\n\n1. *Decides* to act on the matter today;\n\n3. *Requests* a report on the matter;\n\n3 bis. *Urges* the parties to cooperate;\n\n4. *Invites* the parties, as in paragraph 3 bis above;\n', 'x.en');
    const fr = doc('*Le Conseil de sécurité*,\n\n1. *Décide* d’agir sur la question aujourd’hui ;\n\n3. *Prie* de lui présenter un rapport sur la question ;\n\n3 bis. *Exhorte* les parties à coopérer ;\n\n4. *Invite* les parties, comme au paragraphe 3 bis ci-dessus ;\n', 'x.fr');
    const plan = planRenumber(service.getModel(en));
    const result = service.renumberVersion(en, { document: fr, name: 'x.fr.md' }, plan.numbering);
    assert.ok('result' in result, 'refused' in result ? result.refused : '');
    assert.equal(
      TextDocument.applyEdits(fr, result.result.edits),
      '*Le Conseil de sécurité*,\n\n1. *Décide* d’agir sur la question aujourd’hui ;\n\n2. *Prie* de lui présenter un rapport sur la question ;\n\n2 bis. *Exhorte* les parties à coopérer ;\n\n3. *Invite* les parties, comme au paragraphe 2 bis ci-dessus ;\n',
    );
    const noBis = doc(fr.getText().replace('3 bis.', '4.').replace(/\n4\. \*Invite\*/, '\n5. *Invite*'), 'x.fr');
    const refused = service.renumberVersion(en, { document: noBis, name: 'x.fr.md' }, plan.numbering);
    assert.ok('refused' in refused);
    assert.match(refused.refused, /inserted paragraph/);
  });
});
