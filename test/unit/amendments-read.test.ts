import * as assert from 'node:assert/strict';
import { applyAmendments, ordinalValue, ordinalWord, planAmendments, readAmendmentSheet, type Operation } from '../../server/src/amendments';
import { parseResolution } from '../../server/src/model/parser';
import { LANGUAGES } from '../../server/src/lexicon';

const brief = (op: Operation): string =>
  `${op.kind} ${op.target.part}${op.target.whole ? '' : op.target.number}${op.target.labels.map((l) => `(${l})`).join('')}${op.position ? ` ${op.position}` : ''}${op.words ? ` [${op.words.text}]` : ''}${op.text ? ` {${op.text.text.slice(0, 24)}}` : ''}${op.covered ? ' covered' : ''}`;

const read = (text: string): string[] => readAmendmentSheet(text)!.operations.map(brief);

describe('amendment sheets: reading', () => {
  it('ordinals from the first to the ninety-ninth, in the three languages', () => {
    for (const language of LANGUAGES) {
      for (let n = 1; n <= 99; n++) assert.equal(ordinalValue(language, ordinalWord(language, n)), n, `${language} ${n} ${ordinalWord(language, n)}`);
    }
    const samples: [Parameters<typeof ordinalValue>[0], string, number][] = [
      ['en', 'thirty-eighth', 38], ['en', 'fiftieth', 50], ['en', 'twenty first', 21], ['en', 'forty-second', 42],
      ['fr', 'trente-huitième', 38], ['fr', 'vingt et unième', 21], ['fr', 'cinquantième', 50], ['fr', 'quarante-deuxième', 42], ['fr', 'première', 1], ['fr', 'soixante-douzième', 72],
      ['es', 'trigésimo octavo', 38], ['es', 'quincuagésimo', 50], ['es', 'vigésimo primer', 21], ['es', 'decimocuarto', 14], ['es', 'cuadragésimo segundo', 42], ['es', 'primer', 1],
    ];
    for (const [language, word, n] of samples) assert.equal(ordinalValue(language, word), n, `${language} ${word}`);
  });

  it('a sheet that is not one: an ordinary draft, a text without a base line', () => {
    assert.equal(readAmendmentSheet('*The General Assembly*,\n\n1. *Decides* to delete operative paragraph 2 of resolution 70/1;\n'), undefined);
    assert.ok(readAmendmentSheet('Delete operative paragraph 2.\n', 'x.amend.unres'));
  });

  it('English: every form, several operations in one sentence', () => {
    assert.deepEqual(
      read(`Amendments to: draft.md

1. Delete the third preambular paragraph and operative paragraph 2.

2. In operative paragraph 4, delete the words “as appropriate” and insert “without delay” after “to act”.

3. In subparagraph (c) of operative paragraph 5, substitute “shall” for “should”.

4. In the first line of paragraph 6 (b) (ii), replace “States” with “all States”.

5. Insert before the first preambular paragraph a new paragraph reading:

*Guided* by the Charter,

6. Add a new operative paragraph at the end of the operative part reading:

“*Decides* to remain seized of the matter.”

7. In operative paragraph 7, replace “x” with “y”, so that the paragraph will read:

7. *Urges* y;

8. Delete the forty-sixth preambular paragraph reading: “*Noting* the report,”
`),
      [
        'delete-paragraph preamble3',
        'delete-paragraph operative2',
        'delete-words operative4 [as appropriate]',
        'insert-words operative4 after [to act] {without delay}',
        'replace-words operative5(c) [should] {shall}',
        'replace-words operative6(b)(ii) [States] {all States}',
        'insert-paragraph preamble1 before {*Guided* by the Charter,}',
        'insert-paragraph operative end {*Decides* to remain seiz}',
        'replace-words operative7 [x] {y} covered',
        'replace-paragraph operative7 {7. *Urges* y;}',
        'delete-paragraph preamble46 {*Noting* the report,}',
      ],
    );
  });

  it('French and Spanish forms', () => {
    assert.deepEqual(
      read(`Amendements au projet : projet.md

1. Supprimer le troisième alinéa du préambule et le paragraphe 2 du dispositif.

2. Au paragraphe 4 du dispositif, remplacer « le cas échéant » par « sans tarder ».

3. À l’alinéa c) du paragraphe 5 du dispositif, ajouter à la fin les mots « , selon qu’il conviendra ».

4. Insérer après le vingt et unième alinéa du préambule un nouvel alinéa ainsi libellé :

*Rappelant* sa résolution 70/1,
`),
      [
        'delete-paragraph preamble3',
        'delete-paragraph operative2',
        'replace-words operative4 [le cas échéant] {sans tarder}',
        'insert-words operative5(c) end {, selon qu’il conviendra}',
        'insert-paragraph preamble21 after {*Rappelant* sa résolutio}',
      ],
    );
    assert.deepEqual(
      read(`Enmiendas al proyecto: proyecto.md

1. Suprímanse el trigésimo octavo párrafo del preámbulo y el párrafo 2 de la parte dispositiva.

2. En el apartado c) del párrafo 5, sustitúyase «debe» por «debería».

3. Insértese después del párrafo 3 de la parte dispositiva un nuevo párrafo que diga:

*Decide* seguir ocupándose de la cuestión.
`),
      ['delete-paragraph preamble38', 'delete-paragraph operative2', 'replace-words operative5(c) [debe] {debería}', 'insert-paragraph operative3 after {*Decide* seguir ocupándo}'],
    );
  });

  it('a UN amendment document: its base by symbol, the quoted paragraph without the footnotes of its page', () => {
    const sheet = readAmendmentSheet(`United Nations
A/80/L.99

Ruritania:* amendment to draft resolution A/80/L.98

Delete the second preambular paragraph reading:

Noting the report of the Secretary-General,**

* Any changes to the list of sponsors will be reflected in the official record of the meeting.

** A/80/100.
`)!;
    assert.equal(sheet.base?.symbol, 'A/80/L.98');
    assert.deepEqual(sheet.operations.map(brief), ['delete-paragraph preamble2 {Noting the report of the}']);
    assert.equal(sheet.operations[0]!.text!.text, 'Noting the report of the Secretary-General,**');
  });
});

describe('amendment sheets: what is refused, and why', () => {
  const base = parseResolution(
    '*The General Assembly*,\n\n*Recalling* its resolution 70/1,\n\n*Noting* the report,\n\n1. *Decides* to act as appropriate and to report as appropriate;\n\n2. *Requests* the Secretary-General to report:\n\n(a) On the measures;\n\n(b) On the costs;\n\n3. *Decides* to remain seized of the matter.\n',
  );
  const problems = (sheet: string): string[] =>
    planAmendments(readAmendmentSheet(`Amendments to: draft.md\n\n${sheet}`)!, base, 'en').map((p) => (p.problem ? `${p.operation.index}: ${p.problem.message} ${JSON.stringify(p.problem.args)}` : `${p.operation.index}: ok`));

  it('each kind of bad target, with the message a delegate reads', () => {
    assert.deepEqual(problems('1. Delete operative paragraph 9.\n\n2. Delete the fifth preambular paragraph.\n\n3. Delete subparagraph (d) of operative paragraph 2.\n'), [
      '1: missing {"target":"operative paragraph 9","count":3}',
      '2: missing {"target":"fifth preambular paragraph","count":2}',
      '3: missingLabel {"target":"operative paragraph 2","label":"d"}',
    ]);
    assert.deepEqual(problems('1. In operative paragraph 1, delete the words “as appropriate”.\n\n2. In operative paragraph 3, replace “the question” with “the matter”.\n'), [
      '1: wordsAmbiguous {"words":"as appropriate","target":"operative paragraph 1","count":2,"lines":"7"}',
      '2: wordsAbsent {"words":"the question","target":"operative paragraph 3"}',
    ]);
    assert.deepEqual(problems('1. Delete operative paragraph 3.\n\n2. Replace operative paragraph 3 with the following:\n\n3. *Decides* to remain actively seized of the matter.\n'), ['1: ok', '2: contradicts {"other":1}']);
    assert.deepEqual(problems('1. Delete the second preambular paragraph reading: “*Noting* the reports,”\n'), ['1: quotedDiffers {"target":"second preambular paragraph","actual":"*Noting* the report,"}']);
  });

  it('nothing is applied when one operation is refused, unless partial', () => {
    const sheet = readAmendmentSheet('Amendments to: draft.md\n\n1. Delete operative paragraph 9.\n\n2. Delete operative paragraph 1.\n')!;
    const refused = applyAmendments(sheet, base.text, { locale: 'fr' });
    assert.equal(refused.text, base.text);
    assert.deepEqual(refused.reports.map((r) => r.status), ['refused', 'not-applied']);
    assert.equal(refused.reports[0]!.reason, 'Le projet n’a pas de paragraphe 9 du dispositif : il en a 3.');
    const partial = applyAmendments(sheet, base.text, { locale: 'en', partial: true });
    assert.match(partial.text, /^1\. \*Requests\* the Secretary-General to report:$/m);
    assert.match(partial.text, /^2\. \*Decides\* to remain seized of the matter\.$/m);
  });
});
