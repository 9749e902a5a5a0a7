import * as assert from 'node:assert/strict';
import { parseResolution } from '../../server/src/model/parser';
import type { Paragraph, ResolutionModel, Span } from '../../server/src/model/types';

/** The text a span covers. */
function at(model: ResolutionModel, span: Span | undefined): string | undefined {
  return span ? model.text.slice(span.start, span.end) : undefined;
}

function leads(model: ResolutionModel, paragraphs: readonly Paragraph[]): (string | undefined)[] {
  return paragraphs.map((p) => p.lead?.text);
}

const SC_EN = 'The Security Council,\n\n';

describe('document model', () => {
  describe('italics and bold', () => {
    it('reads *…* and _…_ italic leads with inner and outer spans', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolution 2331 (2016),\n\n1. _Decides_ to remain seized of the matter.\n`);
      const [pp, op] = m.paragraphs;
      assert.equal(pp!.lead!.italic, true);
      assert.equal(at(m, pp!.lead), 'Recalling');
      assert.equal(at(m, pp!.lead!.outer), '*Recalling*');
      assert.equal(op!.lead!.italic, true);
      assert.equal(at(m, op!.lead!.outer), '_Decides_');
      assert.equal(op!.lead!.match?.entry.concept, 'decide');
    });

    it('keeps modifiers inside the italic lead and matches the head', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n1. *Condamne à nouveau avec la plus grande fermeté* tous les actes ;\n\n2. *Décide* de rester saisi de la question.\n');
      const lead = m.operative[0]!.lead!;
      assert.equal(lead.text, 'Condamne à nouveau avec la plus grande fermeté');
      assert.equal(lead.match?.entry.text, 'Condamne');
      assert.equal(lead.match?.wordCount, 8);
    });

    it('reads a bold lead as a lead that is not italic, and a bold italic one as italic', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolution,\n\n1. **Decides** to act;\n\n2. ***Requests*** a report.\n`);
      const [first, second] = m.operative;
      assert.equal(first!.lead?.text, 'Decides');
      assert.equal(first!.lead?.italic, false);
      assert.equal(first!.lead?.match?.entry.concept, 'decide');
      assert.equal(second!.lead?.italic, true);
      assert.equal(second!.lead?.text, 'Requests');
    });

    it('reads bold heading text that crosses a line break as part of the heading', () => {
      const text = 'Conseil de sécurité\n\n**Adoptée par le Conseil de sécurité à sa 8111^e séance,\nle 21 novembre 2017**\n\nLe Conseil de sécurité,\n\n*Rappelant* sa résolution 2331 (2016),\n\n1. *Décide* de rester saisi de la question.\n';
      const m = parseResolution(text);
      assert.match(at(m, m.heading)!, /^Conseil de sécurité[\s\S]*2017\*\*$/);
      assert.equal(m.paragraphs.length, 2);
      assert.equal(m.organ?.text, 'Le Conseil de sécurité');
    });

    it('finds italic secondary verbs inside a paragraph, not italic titles', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n*Rappelant* la Convention, et *rappelant également* le Plan, y compris le *Rapport mondial*,\n\n1. *Décide* de rester saisi de la question.\n');
      const verbs = m.preamble[0]!.secondaryVerbs;
      assert.deepEqual(verbs.map((v) => v.text), ['rappelant également']);
      assert.equal(verbs[0]!.match.entry.concept, 'recall');
    });
  });

  describe('links, superscripts and footnote markers', () => {
    it('reads citations in links with escaped parentheses without breaking the paragraph', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n*Rappelant* ses résolutions [2359 \\(2017\\)](#) et [2374 \\(2017\\)](#),\n\n1. *Décide* de rester saisi de la question.\n');
      assert.equal(m.preamble.length, 1);
      assert.equal(m.preamble[0]!.ending.char, ',');
      assert.equal(m.operative.length, 1);
    });

    it('treats a superscript as text and a trailing footnote marker as not the ending', () => {
      const m = parseResolution(`${SC_EN}*Recalling* the Charter of the United Nations,^1\n\n*Noting* the report,[^2]\n\n*Noting also* the letter,[3]\n\n1. *Decides* to meet at its 8111^e meeting.\n`);
      assert.deepEqual(m.preamble.map((p) => p.ending.char), [',', ',', ',']);
      assert.equal(m.operative[0]!.ending.char, '.');
    });
  });

  describe('endings', () => {
    it('reads punctuation inside closing quotation marks as the ending, and a quote after it as text', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolution 377 A (V), entitled "Uniting for peace,"\n\n*Noting* the "report",\n\n1. *Decides* that "the Committee shall act."\n`);
      assert.deepEqual(m.preamble.map((p) => p.ending.char), [',', ',']);
      assert.equal(m.operative[0]!.ending.char, '.');
      assert.equal(m.text[m.preamble[0]!.ending.offset + 1], '"');
    });
  });

  describe('line breaks', () => {
    const lf = `${SC_EN}*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to remain seized of the matter.\n`;

    for (const [name, eol] of [
      ['CRLF', '\r\n'],
      ['lone CR', '\r'],
    ] as const) {
      it(`gives the same structure and exact offsets with ${name} line breaks`, () => {
        const text = lf.replace(/\n/g, eol);
        const m = parseResolution(text);
        assert.equal(m.preamble.length, 1);
        assert.equal(m.operative.length, 1);
        assert.equal(at(m, m.operative[0]!.lead), 'Decides');
        assert.equal(at(m, m.operative[0]!.number), '1.');
        assert.equal(m.operative[0]!.line, 4);
        assert.equal(m.lineStarts[4], text.indexOf('1.'));
        assert.equal(m.preamble[0]!.ending.char, ',');
        assert.ok(!/[\r\n]/.test(at(m, m.operative[0])!), 'paragraph span excludes the line break');
      });
    }
  });

  describe('paragraph boundaries', () => {
    it('splits paragraphs written on consecutive lines', () => {
      const m = parseResolution(
        'The Security Council,\n*Recalling* its resolution 2331 (2016),\n*Noting* the report,\n1. *Condemns* all acts;\n2. *Requests* a report:\n(a) On trafficking;\n(b) On finance;\n3. *Decides* to remain seized of the matter.\n',
      );
      assert.deepEqual(leads(m, m.preamble), ['Recalling', 'Noting']);
      assert.deepEqual(leads(m, m.operative), ['Condemns', 'Requests', 'Decides']);
      assert.deepEqual(m.operative[1]!.subparagraphs.map((s) => s.label?.raw), ['(a)', '(b)']);
    });


    it('keeps a table set as lines in the paragraph that introduces it, even when its header opens with a verb', () => {
      // As in the French version of an Assembly budget resolution: "Mesure" is also an operative verb.
      const m = parseResolution(
        "L’Assemblée générale,\n\n*Rappelant* sa résolution 75/1,\n\n1. *Approuve* les modifications, comme indiqué dans le tableau ci-dessous :\n\n*Mesure Titre ou fonction Catégorie Nombre* Création Chef du Groupe P-5 1\n\n2. *Rappelle* le rapport ;\n\n3. *Mesure* l’ampleur de la tâche.\n",
      );
      assert.deepEqual(
        m.operative.map((p) => [p.number?.value, p.lead?.text]),
        [[1, 'Approuve'], [2, 'Rappelle'], [3, 'Mesure']],
      );
      assert.equal(m.operative[0]!.blocks.length, 2);
    });
    it('keeps hard-wrapped lines in one paragraph', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolution 2331 (2016) and the statement\nof its President,\n\n1. *Decides* to remain seized of the matter.\n`);
      assert.equal(m.preamble.length, 1);
      assert.equal(m.preamble[0]!.blocks.length, 1);
      assert.equal(m.preamble[0]!.ending.char, ',');
    });

    it('joins a block that starts in lower case to the paragraph a page break split', () => {
      const text = `${SC_EN}*Conscious* that trafficking may serve forms of exploitation\n\nsexual or other, and *aware also* of it,\n\n1. *Decides* to remain seized of the matter.\n`;
      const m = parseResolution(text);
      assert.equal(m.preamble.length, 1);
      const p = m.preamble[0]!;
      assert.equal(p.blocks.length, 2);
      assert.equal(at(m, p.blocks[1]), 'sexual or other, and *aware also* of it,');
      assert.equal(p.ending.char, ',');
      assert.deepEqual(p.secondaryVerbs.map((v) => v.text), ['aware also']);
    });

    it('joins a continuation even when the first block ended with a comma', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n*Conscient* qu’il faut un partenariat mondial associant les parties,\n\nnotamment au moyen d’initiatives régionales,\n\n1. *Décide* de rester saisi de la question.\n');
      assert.equal(m.preamble.length, 1);
      assert.equal(m.preamble[0]!.blocks.length, 2);
    });

    it('reads a quotation block as part of the paragraph that introduces it', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n*Rappelant* sa résolution,\n\n1. *Confirme* l’interprétation, qui est la suivante:\n\n"Tous les peuples ont le droit de libre détermination";\n\n2. *Décide* de rester saisi de la question.\n');
      assert.equal(m.operative.length, 2);
      assert.equal(m.operative[0]!.blocks.length, 2);
      assert.equal(m.operative[0]!.ending.char, ';');
    });
  });

  describe('page furniture of texts converted from PDF', () => {
    it('skips page numbers, job numbers, running heads, separators and footnotes inside a split paragraph', () => {
      const text = [
        'Le Conseil de sécurité,',
        '',
        '*Conscient* que la traite peut servir à différentes formes d’exploitation',
        '',
        '2/8',
        '',
        '17-20588',
        '',
        'S/RES/2388 (2017)',
        '',
        '___________________',
        '',
        '^1 Voir S/2017/939.',
        '',
        'sexuelle, le travail forcé et l’esclavage,',
        '',
        '1. *Décide* de rester saisi de la question.',
        '',
      ].join('\n');
      const m = parseResolution(text);
      assert.equal(m.preamble.length, 1);
      assert.equal(m.preamble[0]!.blocks.length, 2);
      assert.equal(m.operative.length, 1);
      assert.deepEqual(
        m.others.map((o) => o.kind),
        ['furniture', 'furniture', 'furniture', 'furniture', 'footnote'],
      );
    });

    it('reads "[4] Ibid." footnotes and the adoption line of older texts as not paragraphs', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n*Ayant examiné* la situation [4],\n\n1. *Confirme* la résolution 1514 (XV);\n\n2. *Prie* le Secrétaire général de faire rapport.\n\n*Adoptée à la 1049e séance.*\n\n[4] *Ibid., dix-huitième année*, document S/5347.\n');
      assert.equal(m.paragraphs.length, 3);
      assert.deepEqual(m.others.map((o) => o.kind), ['closing', 'footnote']);
      assert.equal(m.operative[1]!.ending.char, '.');
    });
  });

  describe('headings and annexes', () => {
    it('reads a line in italics around a document number as a heading, not as an unnumbered paragraph', () => {
      // The French version of an omnibus Assembly text heads its parts so; a list's italic heading stays in it.
      const m = parseResolution(
        "L’Assemblée générale,\n\n*Ayant examiné* le rapport du Secrétaire général,\n\n*Résolution* 75/282 *sur la lutte contre l’utilisation des technologies de l’information et des communications à des fins criminelles*\n\n1. *Prend note* des paragraphes 10 et 11 du rapport :\n\na) Premier point ;\n\n*Causes profondes du conflit*\n\nb) Second point ;\n\n2. *Décide* de rester saisie de la question.\n",
      );
      assert.deepEqual(m.operative.map((p) => p.number?.value), [1, 2]);
      assert.deepEqual(m.others.map((o) => o.kind), ['section-heading']);
      assert.equal(m.operative[0]!.subparagraphs.length, 3);
    });

    it('reads section headings as headings, not paragraphs', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n## General provisions\n\n1. *Decides* to act;\n\nII\n\nA. Sanctions measures\n\nREPORTING\n\n2. *Requests* a report;\n\n3. *Decides* to remain seized of the matter.\n`);
      assert.equal(m.preamble.length, 1);
      assert.equal(m.operative.length, 3);
      assert.deepEqual(m.others.map((o) => [o.kind, at(m, o)]), [
        ['section-heading', '## General provisions'],
        ['section-heading', 'II'],
        ['section-heading', 'A. Sanctions measures'],
        ['section-heading', 'REPORTING'],
      ]);
    });

    it('stops reading paragraphs at an annex', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n1. *Adopts* the statute annexed to this resolution.\n\nAnnex\n\n1. The Tribunal shall sit at The Hague;\n\n2. It shall have two chambers.\n`);
      assert.equal(m.operative.length, 1);
      assert.equal(m.others.at(-1)?.kind, 'annex');
    });

    it('reads a General Assembly heading "68/262. Title" as heading, not paragraph', () => {
      const m = parseResolution('General Assembly\n68/262. Territorial integrity of Ukraine\n\n*The General Assembly,*\n\n*Recalling* its resolution,\n\n1. *Affirms* its commitment.\n');
      assert.equal(m.organ?.body, 'general-assembly');
      assert.equal(m.organ?.italic, true);
      assert.match(at(m, m.heading)!, /68\/262\. Territorial/);
      assert.equal(m.paragraphs.length, 2);
    });
  });

  describe('labels', () => {
    it('reads PP/OP negotiation labels, also followed by the number', () => {
      const m = parseResolution(`${SC_EN}PP1 *Recalling* its resolution 2331 (2016),\n\nPP2 *Noting* the report,\n\nOP1 *Condemns* all acts;\n\nOP2. 2. *Decides* to remain seized of the matter.\n`);
      assert.deepEqual(m.preamble.map((p) => [p.negotiationLabel?.kind, p.negotiationLabel?.value, p.lead?.text]), [
        ['PP', 1, 'Recalling'],
        ['PP', 2, 'Noting'],
      ]);
      assert.deepEqual(m.operative.map((p) => [p.negotiationLabel?.value, p.number?.value, p.lead?.text]), [
        [1, undefined, 'Condemns'],
        [2, 2, 'Decides'],
      ]);
      assert.equal(at(m, m.operative[1]!.number!.digits), '2');
    });

    it('reads "5 bis." paragraphs with their suffix', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n5. *Decides* to act;\n\n5 bis. *Requests* a report;\n\n6. *Decides* to remain seized of the matter.\n`);
      const bis = m.operative[1]!;
      assert.equal(bis.number?.value, 5);
      assert.equal(bis.number?.suffix, 'bis');
      assert.equal(bis.number?.raw, '5 bis.');
      assert.equal(at(m, bis.number!.digits), '5');
    });

    it('nests subparagraphs by level: letters, then Roman numerals, then dotted labels', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n1. *Decides*:\n\n(a) that States shall:\n\n(i) freeze funds;\n\n(ii) report:\n\na. monthly;\n\nb. yearly;\n\n(b) that the Committee shall act;\n\n2. *Decides* to remain seized of the matter.\n`);
      const op = m.operative[0]!;
      assert.deepEqual(op.subparagraphs.map((s) => [s.label?.value, s.label?.kind, s.level]), [
        ['a', 'letter', 1],
        ['b', 'letter', 1],
      ]);
      const romans = op.subparagraphs[0]!.subparagraphs;
      assert.deepEqual(romans.map((s) => [s.label?.value, s.label?.kind, s.level]), [
        ['i', 'roman', 2],
        ['ii', 'roman', 2],
      ]);
      assert.deepEqual(romans[1]!.subparagraphs.map((s) => [s.label?.value, s.label?.style, s.level]), [
        ['a', 'dot', 3],
        ['b', 'dot', 3],
      ]);
    });

    it('reads French labels "a)", italic "*b*)" and tells "(i)" after "(h)" from a Roman one', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n*Rappelant* ses résolutions,\n\n1. *Décide* :\n\na) que les États gèlent les fonds ;\n\n*b*) que le Comité agit ;\n\n2. *Décide* de rester saisi de la question.\n');
      assert.deepEqual(m.operative[0]!.subparagraphs.map((s) => [s.label?.value, s.label?.style, at(m, s.label?.valueSpan)]), [
        ['a', 'close', 'a'],
        ['b', 'close', 'b'],
      ]);
      const letters = 'abcdefghi'.split('').map((l) => `(${l}) item;`).join('\n\n');
      const en = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n1. *Decides*:\n\n${letters}\n\n2. *Decides* to remain seized of the matter.\n`);
      assert.deepEqual(en.operative[0]!.subparagraphs.map((s) => s.label?.kind), Array(9).fill('letter'));
    });

    it('reads an inline enumeration "(i) … (ii) …" as one paragraph', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n1. *Decides* that States shall (i) freeze funds and (ii) report;\n\n2. *Decides* to remain seized of the matter.\n`);
      assert.equal(m.operative[0]!.subparagraphs.length, 0);
    });
  });

  describe('preamble and operative part', () => {
    it('reads an operative verb among unnumbered preambular paragraphs as preambular, not as the operative part', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n*Decides* to act,\n\n*Noting* the report,\n\n1. *Requests* a report;\n\n2. *Decides* to remain seized of the matter.\n`);
      assert.deepEqual(leads(m, m.preamble), ['Recalling', 'Decides', 'Noting']);
      assert.deepEqual(leads(m, m.operative), ['Requests', 'Decides']);
    });

    it('reads unnumbered operative verbs before "2." as operative paragraphs that lost their number', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n*Condemns* all acts;\n\n2. *Requests* a report;\n\n3. *Decides* to remain seized of the matter.\n`);
      assert.deepEqual(leads(m, m.preamble), ['Recalling']);
      assert.deepEqual(leads(m, m.operative), ['Condemns', 'Requests', 'Decides']);
    });

    it('reads a preambular phrase after the operative part began as preambular, and a numbered one as operative', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n1. *Condemns* all acts;\n\n*Noting* the report,\n\n2. *Recalling* its statement;\n\n3. *Decides* to remain seized of the matter.\n`);
      assert.deepEqual(m.paragraphs.map((p) => p.kind), ['preamble', 'operative', 'preamble', 'operative', 'operative']);
    });

    it('reads numbered preambular paragraphs before the operative part as preambular', () => {
      const m = parseResolution(`${SC_EN}1. *Recalling* its resolutions,\n\n2. *Noting* the report,\n\n3. *Decides* to remain seized of the matter.\n`);
      assert.deepEqual(m.paragraphs.map((p) => p.kind), ['preamble', 'preamble', 'operative']);
    });

    it('reads an early draft without numbers by its leading phrases', () => {
      const m = parseResolution(`${SC_EN}*Recalling* its resolutions,\n\n*Decides* to act;\n\n*Requests* a report.\n`);
      assert.deepEqual(m.paragraphs.map((p) => p.kind), ['preamble', 'operative', 'operative']);
    });
  });

  describe('leading phrases', () => {
    it('includes the adjective after "Se déclarant" and modifiers in the matched phrase', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\nSe déclarant à nouveau profondément préoccupé par le fait,\n\n1. *Décide* de rester saisi de la question.\n');
      const lead = m.preamble[0]!.lead!;
      assert.equal(lead.italic, false);
      assert.equal(at(m, lead.headSpan), 'Se déclarant à nouveau profondément préoccupé');
      assert.equal(lead.match?.complement?.entry.text, 'Préoccupé');
    });

    it('reads "Recalling and reaffirming" as one leading phrase', () => {
      const m = parseResolution(`${SC_EN}Recalling and reaffirming its resolutions,\n\n1. *Decides* to remain seized of the matter.\n`);
      assert.equal(at(m, m.preamble[0]!.lead!.headSpan), 'Recalling and reaffirming');
    });

    it('gives each word of the lead its span', () => {
      const m = parseResolution('Le Conseil de sécurité,\n\n1. *Prie instamment* les États ;\n\n2. *Décide* de rester saisi de la question.\n');
      const lead = m.operative[0]!.lead!;
      assert.deepEqual(lead.wordSpans.slice(0, 2).map((s) => at(m, s)), ['Prie', 'instamment']);
    });
  });

  describe('language', () => {
    it('detects the language from the organ line', () => {
      assert.equal(parseResolution('El Consejo de Seguridad,\n\n*Recordando* su resolución,\n').language, 'es');
      const fr = parseResolution('*L’Assemblée générale,*\n\n*Rappelant* sa résolution,\n');
      assert.equal(fr.language, 'fr');
      assert.equal(fr.languageSource, 'organ');
      assert.equal(fr.organ?.gender, 'f');
    });

    it('detects the language from the leading phrases when there is no organ line', () => {
      const m = parseResolution('*Recordando* su resolución,\n\n*Observando* el informe,\n\n1. *Decide* seguir ocupándose de la cuestión.\n');
      assert.equal(m.language, 'es');
      assert.equal(m.languageSource, 'phrases');
      assert.equal(m.organ, undefined);
      assert.equal(m.paragraphs.length, 3);
    });

    it('falls back to English when nothing tells, and obeys a forced language', () => {
      const none = parseResolution('Lorem ipsum dolor sit amet.\n');
      assert.equal(none.language, 'en');
      assert.equal(none.languageSource, 'default');
      const forced = parseResolution('The Security Council,\n\n*Rappelant* sa résolution,\n', { language: 'fr' });
      assert.equal(forced.language, 'fr');
      assert.equal(forced.languageSource, 'forced');
      assert.equal(forced.preamble[0]!.lead?.match?.entry.concept, 'recall');
    });
  });

  describe('robustness', () => {
    for (const [name, text] of [
      ['an empty text', ''],
      ['only blank lines', '\n\n \r\n\t\n'],
      ['a BOM', '\ufeffThe Security Council,\n\n*Recalling* its resolution,\n'],
      ['binary data', '\u0000\u0001\u0002\ufffd*_*_[](\\'],
      ['a lone marker', '*\n_\n**\n1.\n(a)\n'],
      ['surrogate pairs and combining marks', 'The Security Council,\n\n*Recalling* 𝒜 e\u0301,\n\n1. *Decides* 😀.\n'],
    ] as const) {
      it(`parses ${name} without throwing, with spans inside the text`, () => {
        const m = parseResolution(text);
        const check = (s: Span): void => assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, JSON.stringify(s));
        const walk = (ps: readonly Paragraph[]): void => {
          for (const p of ps) {
            check(p);
            if (p.lead) check(p.lead);
            walk(p.subparagraphs);
          }
        };
        walk(m.paragraphs);
      });
    }
  });
});
