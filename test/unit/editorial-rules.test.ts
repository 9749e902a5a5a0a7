import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../../server/src/features/codeActions';
import { applyOffsetEdits } from '../../server/src/features/offsetEdits';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/settings';

/** The editor's rules as a drafter meets them: the final-text setting, and what their fixes write. */
function findings(text: string, settings = DEFAULT_SETTINGS) {
  const service = createResolutionService({ settings });
  return service.analysis(TextDocument.create('file:///d.unres', 'unres', 1, text));
}

const codes = (text: string, settings = DEFAULT_SETTINGS): string[] => findings(text, settings).findings.map((f) => `${f.code}:${f.effectiveSeverity}`);

/** Applies the first fix of the first finding of `code`, and returns the text. */
function fixed(text: string, code: string): string {
  const f = findings(text).findings.find((x) => x.code === code);
  assert.ok(f?.fixes?.length, `a fix for ${code}`);
  return applyOffsetEdits(text, f.fixes[0]!.edits);
}

describe('editorial rules', () => {
  const negotiated = 'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Requests* the Secretary-General to report [annually/biennially];\n\n1 bis. *Encourages* Member States to contribute;\n\n2. *Decides* to include in the provisional agenda of its seventy-sixth session the item entitled "Youth".\n';

  it('reads the final-text setting, off by default, on only when true', () => {
    assert.equal(normalizeSettings({}).final, undefined);
    assert.equal(normalizeSettings({ final: 'yes' }).final, undefined);
    assert.equal(normalizeSettings({ final: true }).final, true);
  });

  it('reports bracketed text and "bis" paragraphs only in a final text, as warnings', () => {
    assert.deepEqual(codes(negotiated).filter((c) => c.startsWith('brackets')), []);
    assert.deepEqual(codes(negotiated, { ...DEFAULT_SETTINGS, final: true }).filter((c) => c.startsWith('brackets')), ['brackets:warning', 'brackets:warning']);
  });

  it('swaps "Recalling also" with the "Recalling" after it, and the result is clean', () => {
    const text = 'The Security Council,\n\n*Recalling also* its resolution 2282 (2016),\n\n*Recalling* its resolution 1325 (2000),\n\n1. *Decides* to remain seized of the matter.\n';
    const result = fixed(text, 'phrase-sequence');
    assert.equal(result, 'The Security Council,\n\n*Recalling* its resolution 1325 (2000),\n\n*Recalling also* its resolution 2282 (2016),\n\n1. *Decides* to remain seized of the matter.\n');
    assert.deepEqual(codes(result), []);
  });

  it('moves Chapter VII to the end of the preamble in one edit that undoes in one step', () => {
    const text = 'The Security Council,\n\n*Acting* under Chapter VII of the Charter of the United Nations,\n\n*Determining* that the situation constitutes a threat to international peace and security,\n\n1. *Decides* to remain seized of the matter.\n';
    const result = fixed(text, 'chapter-vii');
    assert.equal(result, 'The Security Council,\n\n*Determining* that the situation constitutes a threat to international peace and security,\n\n*Acting* under Chapter VII of the Charter of the United Nations,\n\n1. *Decides* to remain seized of the matter.\n');
    assert.deepEqual(codes(result), []);
  });

  it('writes the date of adoption in the language of the draft', () => {
    const fr = 'L’Assemblée générale,\n\n*Rappelant* sa résolution 67/123 du 19 décembre 2012,\n\n1. *Décide* d’inscrire la question à l’ordre du jour provisoire de sa soixante-seizième session.\n';
    assert.match(fixed(fr, 'citation-date'), /67\/123 du 18 décembre 2012,/);
  });

  it('fix all puts the French spaces, moves footnote markers and capitalises the Charter, and is idempotent', () => {
    const text = 'L’Assemblée générale,\n\n*Rappelant* l’article 2 de la Charte et les rapports sur les missions,[^1] qui traitent de leur financement,\n\n1. *Prie* le Secrétaire général de lui faire rapport ;\n\n2. *Décide* d’inscrire la question « Missions » à l’ordre du jour provisoire de sa soixante-seizième session.\n\n[^1]: A/75/6.\n';
    const result = fixAll(findings(text)).text;
    assert.equal(result, 'L’Assemblée générale,\n\n*Rappelant* l’Article 2 de la Charte et les rapports sur les missions[^1], qui traitent de leur financement,\n\n1. *Prie* le Secrétaire général de lui faire rapport\u00a0;\n\n2. *Décide* d’inscrire la question «\u00a0Missions\u00a0» à l’ordre du jour provisoire de sa soixante-seizième session.\n\n[^1]: A/75/6.\n');
    assert.deepEqual(codes(result), []);
    assert.deepEqual(fixAll(findings(result)).edits, []);
  });
});
