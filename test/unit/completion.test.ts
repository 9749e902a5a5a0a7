import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { createResolutionService } from '../../server/src/service';

const service = createResolutionService();
let version = 0;

/** Completions at the "|" of `marked`, and the text each item's edit would produce. */
function complete(marked: string, settings?: Parameters<typeof service.configure>[0]) {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const document = TextDocument.create(`file:///c${++version}.unres`, 'unres', 1, text);
  const s = settings ? createResolutionService({ settings }) : service;
  const items = s.getCompletions(document, document.positionAt(offset)).items;
  const result = (label: string): string => {
    const item = items.find((i) => i.label === label);
    assert.ok(item, `no item "${label}" among ${items.length}: ${items.slice(0, 8).map((i) => i.label).join(', ')}`);
    return TextDocument.applyEdits(document, [item.textEdit as TextEdit]);
  };
  return { items, result, labels: items.map((i: CompletionItem) => i.label) };
}

const SC_EN = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n';
const SC_FR = 'Le Conseil de sécurité,\n\n*Rappelant* sa résolution 2331 (2016),\n\n';
const GA_FR = 'L’Assemblée générale,\n\n*Rappelant* sa résolution 70/1,\n\n';
const GA_ES = 'La Asamblea General,\n\n*Recordando* su resolución 70/1,\n\n';

describe('phrase completion', () => {
  it('offers preambular phrases in the preamble, italicised', () => {
    const c = complete(`${SC_EN}Rec|`);
    assert.ok(c.labels.includes('Recalling') && c.labels.includes('Recognizing'));
    assert.ok(!c.labels.includes('Requests'), 'no operative verb in the preamble');
    assert.equal(c.result('Recalling'), `${SC_EN}*Recalling* `);
    const item = c.items.find((i) => i.label === 'Recalling')!;
    assert.match(item.detail ?? '', /^Preambular phrase/);
  });

  it('offers operative verbs after the first operative paragraph, with the next number', () => {
    const c = complete(`${SC_EN}1. *Decides* to act;\n\n2. *Requests* a report;\n\n|`);
    assert.ok(c.labels.includes('Requests') && !c.labels.includes('Recalling'));
    assert.equal(c.result('Urges'), `${SC_EN}1. *Decides* to act;\n\n2. *Requests* a report;\n\n3. *Urges* `);
    assert.match(c.items.find((i) => i.label === 'Urges')!.detail ?? '', /^Operative verb/);
  });

  it('keeps a number the drafter typed, and treats a numbered line as operative', () => {
    const c = complete(`${SC_EN}1. *Dec|`);
    assert.equal(c.result('Decides'), `${SC_EN}1. *Decides* `);
  });

  it('offers the standard closing paragraph of the Security Council', () => {
    const c = complete(`${SC_FR}1. *Condamne* les actes ;\n\nDéc|`);
    assert.equal(c.result('Décide de rester saisi de la question'), `${SC_FR}1. *Condamne* les actes ;\n\n2. *Décide* de rester saisi de la question.`);
    // The detail is in the user's locale (English here), the phrase in the document's language.
    assert.match(c.items.find((i) => i.label.startsWith('Décide de rester'))!.detail ?? '', /^Closing paragraph/);
  });

  it('gives the forms that agree with the organ (French, Spanish)', () => {
    const sc = complete(`${SC_FR}Conv|`).labels;
    assert.ok(sc.includes('Convaincu') && !sc.includes('Convaincue'));
    const ga = complete(`${GA_FR}Conv|`).labels;
    assert.ok(ga.includes('Convaincue') && !ga.includes('Convaincu'));
    const es = complete(`${GA_ES}Conv|`).labels;
    assert.ok(es.includes('Convencida') && !es.includes('Convencido'));
  });

  it('uses the document language and the user’s locale for the detail', () => {
    const c = complete(`${SC_FR}Rap|`, { language: 'auto', rules: {}, locale: 'es' });
    assert.ok(c.labels.includes('Rappelant') && !c.labels.includes('Recalling'));
    assert.match(c.items.find((i) => i.label === 'Rappelant')!.detail ?? '', /^Fórmula del preámbulo/);
    const doc = c.items.find((i) => i.label === 'Rappelant')!.documentation as { value: string };
    assert.match(doc.value, /EN: \*Recalling\*/);
  });

  it('replaces a typed italic marker rather than doubling it', () => {
    const c = complete(`${SC_EN}*Not|`);
    assert.equal(c.result('Noting'), `${SC_EN}*Noting* `);
    assert.equal(c.items.find((i) => i.label === 'Noting')!.filterText, '*Noting');
  });

  it('stays silent where no paragraph starts', () => {
    assert.deepEqual(complete(`${SC_EN}*Recalling* its reso|`).items, [], 'inside a sentence');
    assert.deepEqual(complete(`${SC_EN}*Recalling* its resolution\nRec|`).items, [], 'on a wrapped line');
    assert.deepEqual(complete(`The Security |Council,\n\n`).items, [], 'in the organ line');
    assert.deepEqual(complete(`Security Council\n\nRes|\n\nThe Security Council,\n\n`).items, [], 'in the heading');
    assert.deepEqual(complete(`${SC_EN}Rec|alling`).items, [], 'inside a word');
    assert.deepEqual(complete(`${SC_EN}Xyz|`).items, [], 'no phrase starts that way');
    assert.deepEqual(complete(`${SC_EN}Recalling |`).items, [], 'after a finished phrase');
  });
});
