import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseResolution } from '../../server/src/model/parser';
import type { Paragraph } from '../../server/src/model/types';
import { createResolutionService } from '../../server/src/service';

/**
 * The structures real adopted texts use and typed drafts rarely do: the closing meeting lines, footnotes,
 * annexes, dash items, text a paragraph introduces, unnumbered operative parts, omnibus sections, tables,
 * and text copied out of a PDF. Each case is a small text in the shape the UN prints.
 */
function labels(p: Paragraph): string {
  return p.subparagraphs.map((s) => (s.label?.raw ?? '?') + (s.subparagraphs.length ? `{${labels(s)}}` : '')).join(' ');
}

/** Every finding of the whole service on a text, as the editor gets them. */
function findings(text: string): { code: string; line: number; severity: string }[] {
  const document = TextDocument.create('file:///draft.md', 'markdown', 1, text);
  return createResolutionService()
    .analysis(document)
    .findings.map((f) => ({ code: f.code, line: document.positionAt(f.start).line + 1, severity: f.effectiveSeverity }));
}

function errors(text: string): string[] {
  return findings(text)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.line}:${f.code}`);
}

describe('structures of real adopted texts', () => {
  describe('what ends a resolution', () => {
    const closings: [string, string][] = [
      ['en', '*The General Assembly*,\n\n*Recalling* its resolution 70/1,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n\n41st plenary meeting\n10 December 2020\n\n[^1]: A/75/312.\n'],
      ['fr', '*L’Assemblée générale*,\n\n*Rappelant* sa résolution 70/1,\n\n1. *Décide* d’agir ;\n\n2. *Prie* le Secrétaire général de faire rapport.\n\n[^1]: A/75/312.\n\n55e séance plénière\n10 décembre 2020\n'],
      ['es', '*La Asamblea General*,\n\n*Recordando* su resolución 70/1,\n\n1. *Decide* actuar;\n\n2. *Solicita* un informe.\n\n64a sesión plenaria (continuación)\n10 de diciembre de 2020\n'],
      ['en', 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to act;\n\n2. *Decides* to remain seized of the matter.\n\n8718th meeting, 11 February 2020\n'],
    ];
    for (const [language, text] of closings) {
      it(`reads the meeting line and its date as the closing, not a paragraph (${language})`, () => {
        const m = parseResolution(text);
        assert.equal(m.language, language);
        assert.equal(m.operative.length, 2);
        assert.ok(m.others.some((o) => o.kind === 'closing'));
        assert.deepEqual(errors(text), []);
      });
    }

    it('reads headings inside the body as headings, numbered or Markdown ones', () => {
      const text =
        'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\nI. General provisions\n\n1. *Decides* to act;\n\n### Follow-up\n\n2. *Requests* a report.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.deepEqual(m.others.map((o) => o.kind), ['section-heading', 'section-heading']);
      assert.deepEqual(errors(text), []);
    });

    it('reads an annex with numbered paragraphs of its own as the annex', () => {
      const text = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to act;\n\n2. *Decides* to remain seized of the matter.\n\n### Annex A\n\n1. Surface to air missiles;\n\n2. Weapons with a calibre greater than 12.7 mm.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.deepEqual(m.others.map((o) => o.kind), ['annex']);
    });

    it('reads the text after "to remain seized of the matter." as the annex, even under a name for a heading', () => {
      const text =
        'The Security Council,\n\n*Recalling* its resolution 2216 (2015),\n\n1. *Decides* to renew the measures;\n\n2. *Decides* to remain actively seized of the matter.\n\n### Sultan Saleh Zabin\n\nSultan Saleh Zabin has engaged in acts that threaten the peace.\n\n1. Date of listing: 2021.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.deepEqual(m.others.map((o) => o.kind), ['annex']);
    });

    it('reads a table as a block of its own, and the text after it as the introducing paragraph’s', () => {
      const text = 'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Approves* the posts in the table below:\n\n| Post | Category |\n|---|---|\n| Chief | P-5 |\n\n*Abbreviations*: P, Professional.\n\n2. *Decides* to act.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.equal(m.operative[0]!.blocks.length, 2);
      assert.deepEqual(m.others.map((o) => o.kind), ['table']);
    });
  });

  describe('items that are not paragraphs', () => {
    it('nests dash items under the subparagraph they follow, and bullets under the paragraph', () => {
      const text =
        'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* that the mission shall:\n\n(a) protect civilians:\n\n– to ensure protection;\n\n– to deter threats;\n\n(b) support the peace process;\n\n2. *Urges* the parties to:\n\n• cease hostilities;\n\n• release detainees;\n\n3. *Decides* to remain seized of the matter.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 3);
      assert.equal(labels(m.operative[0]!), '(a){– –} (b)');
      assert.equal(labels(m.operative[1]!), '• •');
      assert.deepEqual(errors(text), []);
    });

    it('reads the text "Décide ce qui suit :" introduces as part of its paragraph', () => {
      const text = 'Le Conseil de sécurité,\n\n*Rappelant* sa résolution 2331 (2016),\n\n1. *Décide* ce qui suit :\n\nLes États veilleront à appliquer les mesures.\n\nLe Comité fera rapport.\n\n2. *Décide* de rester saisi de la question.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.equal(m.operative[0]!.blocks.length, 3);
    });

    it('reads wrap-up text after subparagraphs as the paragraph’s, and checks its ending there', () => {
      const text =
        'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Reiterates its request* that reports include:\n\n(a) A summary;\n\n(b) Conclusions;\n\nand its request that documents be issued on time;\n\n2. *Decides* to act.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.equal(m.operative[0]!.introEnding.char, ':');
      assert.equal(m.operative[0]!.ending.char, ';');
      assert.deepEqual(findings(text).map((f) => f.code), []);
    });

    it('reads the text under an italic subparagraph heading as a point of it', () => {
      const text = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* that the tasks are:\n\n(a) *Humanitarian assistance*\n\nIn support of the authorities, to contribute to a secure environment;\n\n(b) *Quick impact projects*\n\nTo implement projects;\n\n2. *Decides* to remain seized of the matter.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.equal(labels(m.operative[0]!), '(a){} (b){}');
    });

    it('opens label levels in the order the text uses them: "i)" above letters', () => {
      const text = 'Le Conseil de sécurité,\n\n*Rappelant* sa résolution 2331 (2016),\n\n1. *Décide* :\n\ni) Premier volet :\n\na) premier point ;\n\nb) deuxième point ;\n\nii) Second volet :\n\na) troisième point ;\n\n2. *Décide* de rester saisi de la question.\n';
      assert.equal(labels(parseResolution(text).operative[0]!), 'i){a) b)} ii){a)}');
    });
  });

  describe('unnumbered operative parts and sections', () => {
    it('leaves a single operative paragraph unnumbered without a fault (en, fr, es)', () => {
      for (const text of [
        'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n*Decides* to act.\n',
        'L’Assemblée générale,\n\n*Rappelant* sa résolution 70/1,\n\n*Décide* d’agir.\n',
        'La Asamblea General,\n\n*Recordando* su resolución 70/1,\n\n*Decide* actuar.\n',
      ]) {
        const m = parseResolution(text);
        assert.equal(m.operative.length, 1, text);
        assert.deepEqual(errors(text), [], text);
      }
    });

    it('gives no per-paragraph error when no operative paragraph is numbered, as in the oldest texts', () => {
      const text = 'The Security Council,\n\n*Recalling* its resolution 82 (1950),\n\n*Determines* that the action is a breach of the peace;\n\n*Calls upon* the authorities to cease hostilities;\n\n*Requests* the Governments to report.\n';
      assert.equal(parseResolution(text).operative.length, 3);
      assert.deepEqual(errors(text), []);
    });

    it('reads "*Resolves* that:" and the numbered text it introduces as the operative part, without faults', () => {
      const text =
        '*The General Assembly*,\n\n*Resolves* that:\n\n1. The Working Capital Fund shall be established in the amount of 150 million dollars;\n\n2. Member States shall make advances to the Fund;\n\n3. There shall be set off against this allocation the credits of Member States.\n';
      const m = parseResolution(text);
      assert.equal(m.preamble.length, 0);
      assert.deepEqual(m.operative.map((p) => p.number?.value), [undefined, 1, 2, 3]);
      assert.deepEqual(findings(text).map((f) => f.code), []);
    });

    it('numbers each section of an omnibus resolution from 1, with a preamble of its own', () => {
      const text =
        'The General Assembly,\n\n### I\n\n*Recalling* its resolution 70/1,\n\n1. *Approves* the estimates;\n\n2. *Decides* to act;\n\n### II\n\n*Having considered* the report,\n\n1. *Approves* the budget;\n\n2. *Requests* a report.\n';
      const m = parseResolution(text);
      assert.equal(m.preamble.length, 2);
      assert.equal(m.operative.length, 4);
      assert.deepEqual(errors(text), []);
    });

    it('still reports a duplicated number once, and a gap once', () => {
      const dup = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* a;\n\n2. *Requests* b;\n\n2. *Urges* c;\n\n3. *Decides* d.\n';
      assert.deepEqual(errors(dup), ['9:operative-numbering']);
      const gap = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* a;\n\n3. *Requests* b;\n\n4. *Decides* d.\n';
      assert.deepEqual(errors(gap), ['7:operative-numbering']);
    });
  });

  describe('text copied from a PDF', () => {
    /** A page break as the extractor writes it: a truly empty line, then the running head of page 2. */
    const PAGE_BREAK = ['', 'A/80/L.3 ', ' ', '25-14866', '2/2 ', ' '];
    const pdf = [
      'United Nations ',
      'A/80/L.3',
      ' ',
      'General Assembly ',
      'Distr.: Limited ',
      ' ',
      'Belarus:* draft resolution ',
      ' ',
      'The General Assembly, ',
      ' ',
      'Recalling its resolution 77/288 of 16 May 2023, ',
      ' ',
      'Stressing the need for continued coordination by the United Nations ',
      'Development Programme of the activities aimed at the recovery of the United ',
      ' ',
      '* Any changes to the list of sponsors will be reflected in the official record of the meeting. ',
      ...PAGE_BREAK,
      'Nations agencies and territories,  ',
      ' ',
      '1. ',
      'Takes note of the report of the Secretary-General;1  ',
      ' ',
      'Peacebuilding financing ',
      ' ',
      '2. ',
      'Requests the Secretary-General to submit a report on the implementation ',
      'of the present resolution. ',
      ' ',
      '__________________ ',
      ' ',
      '1  A/80/123. ',
      '',
    ].join('\n');

    it('reads the paragraphs through the running head, the page footnotes and numbers alone on their line', () => {
      const m = parseResolution(pdf);
      assert.equal(m.preamble.length, 2);
      assert.equal(m.preamble[1]!.blocks.length, 2, 'the paragraph cut by the page break runs on');
      assert.deepEqual(
        m.operative.map((p) => [p.number?.value, p.lead?.text]),
        [
          [1, 'Takes note'],
          [2, 'Requests'],
        ],
      );
      assert.equal(m.operative[0]!.ending.char, ';', 'the footnote marker after the semicolon is not the ending');
      assert.ok(m.others.some((o) => o.kind === 'section-heading'));
      assert.deepEqual(errors(pdf), []);
    });

    it('reports the italics a PDF loses once for the text, with one fix for every phrase', () => {
      const service = createResolutionService();
      const document = TextDocument.create('file:///pdf.txt', 'plaintext', 1, pdf);
      const italic = service.analysis(document).findings.filter((f) => f.code === 'italic-lead');
      assert.equal(italic.length, 1);
      const edits = italic[0]!.fixes![0]!.edits;
      assert.equal(edits.length, 2 * 4, 'two markers around each of the four leading phrases');
      const fixed = service.fixAll(document);
      assert.ok(fixed.text.includes('*Recalling*') && fixed.text.includes('*Takes note*'));
    });

    it('does not take the last line of a page for a heading when the paragraph runs on after the break', () => {
      const text = [
        'The General Assembly, ',
        ' ',
        'Recalling its resolution 77/288 of 16 May 2023, ',
        ' ',
        'Recognizing the still-persistent serious long-term consequences of the ',
        ' ',
        ...PAGE_BREAK,
        'Chernobyl disaster, ',
        ' ',
        '1. ',
        'Takes note of the report of the Secretary-General. ',
        '',
      ].join('\n');
      const m = parseResolution(text);
      assert.equal(m.preamble.length, 2);
      assert.equal(m.preamble[1]!.blocks.length, 2);
      assert.ok(!m.others.some((o) => o.kind === 'section-heading'));
    });

    it('keeps a wrapped line that starts with "(a)" in its paragraph', () => {
      const text = 'The General Assembly,\n\n*Recalling* its resolution 70/1,\n\n1. *Recalls* paragraph 3\n(a) of its resolution 70/1;\n\n2. *Decides* to act.\n';
      const m = parseResolution(text);
      assert.equal(m.operative.length, 2);
      assert.equal(m.operative[0]!.subparagraphs.length, 0);
    });
  });
});
