import * as assert from 'node:assert/strict';
import { analyseCitations, type Citation, officialSymbol, undocsUrl } from '../../server/src/citations';
import { describeCitation } from '../../server/src/citations/describe';
import { familyOf, SYMBOL_FAMILIES, SYMBOL_ROOTS } from '../../server/src/citations/families';
import { organNumbers, organSymbol } from '../../server/src/citations/organs';
import { parseResolution } from '../../server/src/model/parser';

/**
 * The families of UN document symbols and the organ the sentence names: what a number is depends on the
 * words around it. Every case is written in the three languages where the words differ.
 */
const citationsOf = (text: string): readonly Citation[] => analyseCitations(parseResolution(text), undefined).list;
const link = (c: Citation): string | undefined => {
  const symbol = officialSymbol(c, undefined);
  return symbol ? undocsUrl(symbol).replace('https://undocs.org/', '') : undefined;
};
/** The citations of a text as "raw → link" (or "raw → body" when there is no link). */
const read = (text: string): string[] => citationsOf(text).map((c) => `${c.raw} → ${link(c) ?? c.body}`);

const GA = (body: string): string => `The General Assembly,\n\n${body}\n`;
const AG = (body: string): string => `L’Assemblée générale,\n\n${body}\n`;
const AS = (body: string): string => `La Asamblea General,\n\n${body}\n`;
const SC = (body: string): string => `The Security Council,\n\n${body}\n`;

describe('document symbol families', () => {
  const cases: [string, string, Partial<Citation>][] = [
    ['E/RES/2019/20', 'E/RES/2019/20', { kind: 'resolution', body: 'ecosoc', year: 2019, number: 20 }],
    ['A/HRC/RES/40/25', 'A/HRC/RES/40/25', { kind: 'resolution', body: 'human-rights-council', number: 25 }],
    ['A/HRC/RES/S-30/1', 'A/HRC/RES/S-30/1', { kind: 'resolution', body: 'human-rights-council' }],
    ['A/DEC/72/558', 'A/DEC/72/558', { kind: 'decision', body: 'general-assembly', session: { kind: 'regular', number: 72 } }],
    ['FCCC/CP/2022/10/Add.1', 'FCCC/CP/2022/10/Add.1', { kind: 'document', body: 'unknown', year: undefined }],
    ['UNEP/EA.5/Res.14', 'UNEP/EA.5/Res.14', { kind: 'document' }],
    ['NPT/CONF.2020/66 (Part I)', 'NPT/CONF.2020/66(PartI)', { standard: 'NPT/CONF.2020/66 (Part I)' }],
    ['NPT/CONF.2010/50 (Vol.\u00a0I)', 'NPT/CONF.2010/50(Vol.I)', { standard: 'NPT/CONF.2010/50 (Vol. I)' }],
    ['NPT/CONF.2000/28 (Parts I-II)', 'NPT/CONF.2000/28(PartsIandII)', {}],
    ['NPT/CONF.1995/32 (Part I)/Corr.2', 'NPT/CONF.1995/32(PartI)/Corr.2', {}],
    ['A/76/6 (Sect. 3)/Add.7', 'A/76/6(Sect.3)/Add.7', { session: { kind: 'regular', number: 76 } }],
    ['ST/SGB/2013/4/Amend.1', 'ST/SGB/2013/4/Amend.1', { year: 2013 }],
    ['ST/AI/2019/4', 'ST/AI/2019/4', { year: 2019 }],
    ['ST/IC/2016/25', 'ST/IC/2016/25', { year: 2016 }],
    ['CCW/MSP/2018/11', 'CCW/MSP/2018/11', { year: undefined }],
    ['CCW/CONF.V/2', 'CCW/CONF.V/2', {}],
    ['BWC/MSP/2019/7', 'BWC/MSP/2019/7', {}],
    ['BWC/CONF.VIII/4/Corr.1', 'BWC/CONF.VIII/4/Corr.1', {}],
    ['CD/1234', 'CD/1234', { year: undefined }],
    ['CD/1/Rev.5', 'CD/1/Rev.5', {}],
    ['CTOC/COP/2020/10', 'CTOC/COP/2020/10', {}],
    ['CAC/COSP/2019/17', 'CAC/COSP/2019/17', {}],
    ['CED/C/7', 'CED/C/7', {}],
    ['ICCD/COP(14)/21/Add.1', 'ICCD/COP(14)/21/Add.1', {}],
    ['TD/B/EFD/1/3', 'TD/B/EFD/1/3', {}],
    ['A/ES\u201110/273/Corr.1', 'A/ES-10/273/Corr.1', { session: { kind: 'emergency', number: 10 }, standard: 'A/ES-10/273/Corr.1' }],
    ['A/S\u201127/2', 'A/S-27/2', { session: { kind: 'special', number: 27 } }],
    ['A/C.6/64/SR.1\u201328/Corrigendum', 'A/C.6/64/SR.1-28/Corrigendum', {}],
    // A document of two organs: the UN links its first part.
    ['A/67/393-S/2012/721', 'A/67/393', { standard: 'A/67/393-S/2012/721', session: { kind: 'regular', number: 67 }, year: 2012 }],
    ['A/74/72-E/2019/13', 'A/74/72', {}],
  ];
  for (const [written, linked, expected] of cases) {
    it(`reads ${written}`, () => {
      for (const sentence of [`*Taking note* of document ${written},`, `*Prenant note* du document ${written} ;`, `*Tomando nota* del documento ${written};`]) {
        const list = citationsOf(sentence);
        assert.equal(list.length, 1, `${sentence}: ${list.map((c) => c.raw).join(' | ')}`);
        const c = list[0]!;
        assert.equal(c.raw, written);
        assert.equal(link(c), linked);
        for (const [key, value] of Object.entries(expected)) assert.deepEqual(c[key as keyof Citation], value, `${key} of ${written}`);
      }
    });
  }

  it('reads symbols in parentheses, before a sentence’s end and in links, and not words with slashes', () => {
    assert.deepEqual(read('*Official Records of the Economic and Social Council, 2005, Supplement No. 6* (E/2005/26), chap. I.'), ['E/2005/26 → E/2005/26']);
    assert.deepEqual(read('See CD/1999 and CD/2067.'), ['CD/1999 → CD/1999', 'CD/2067 → CD/2067']);
    assert.deepEqual(read('[CCW/CONF.V/2](https://undocs.org/fr/CCW/CONF.V/2), et'), ['CCW/CONF.V/2 → CCW/CONF.V/2']);
    assert.deepEqual(read('HIV/AIDS, TD/B and S/RES in prose, and CAT/DOG'), []);
  });

  it('is a table: every family has its root, and the longest series wins', () => {
    for (const f of SYMBOL_FAMILIES) {
      assert.ok(SYMBOL_ROOTS.has(f.series.slice(0, f.series.indexOf('/'))), f.series);
      assert.equal(familyOf(`${f.series}1`)?.series, f.series);
    }
    assert.equal(familyOf('A/HRC/RES/40/25')?.series, 'A/HRC/RES/');
    assert.equal(familyOf('A/HRC/40/25')?.series, 'A/HRC/');
    assert.equal(familyOf('HIV/AIDS'), undefined);
  });
});

describe('the organ the sentence names', () => {
  it('reads a Human Rights Council resolution, named before, after or around a list', () => {
    assert.deepEqual(read(GA('*Recalling* Human Rights Council resolution 40/25,')), ['40/25 → A/HRC/RES/40/25']);
    assert.deepEqual(read(GA('*Recalling* resolutions 35/19 and 44/13 of the Human Rights Council,')), ['35/19 → A/HRC/RES/35/19', '44/13 → A/HRC/RES/44/13']);
    assert.deepEqual(read(AG('*Rappelant* les résolutions du Conseil des droits de l’homme 20/15[^1], 23/16[^2] et 27/17[^3],')), [
      '20/15 → A/HRC/RES/20/15',
      '23/16 → A/HRC/RES/23/16',
      '27/17 → A/HRC/RES/27/17',
    ]);
    assert.deepEqual(read(AG('*Rappelant* la résolution 43/1 du Conseil des droits de l’homme, en date du 19 juin 2020,')), ['43/1 → A/HRC/RES/43/1']);
    assert.deepEqual(read(AS('*Recordando* las resoluciones 20/15, de 5 de julio de 2012[^1], y 41/4 del Consejo de Derechos Humanos,')), ['20/15 → A/HRC/RES/20/15', '41/4 → A/HRC/RES/41/4']);
  });

  it('carries the organ through a list with dates, notes and subjects', () => {
    const en = GA('*Recalling* Human Rights Council resolutions 7/34 of 28 March 2008,[^6] 18/15 of 29 September 2011[^7] on extreme poverty and 21/33 of 28 September 2012,[^8]');
    assert.deepEqual(read(en), ['7/34 → A/HRC/RES/7/34', '18/15 → A/HRC/RES/18/15', '21/33 → A/HRC/RES/21/33']);
    // The clause names the Council before "in particular resolutions".
    const es = AS('*Recordando* las resoluciones pertinentes del Consejo de Derechos Humanos, en particular las resoluciones 7/34, de 28 de marzo de 2008[^6], y 18/15,');
    assert.deepEqual(read(es), ['7/34 → A/HRC/RES/7/34', '18/15 → A/HRC/RES/18/15']);
  });

  it('reads a possessive by the organ the clause ties it to', () => {
    assert.deepEqual(read(GA('*Welcoming* the framework endorsed by the Human Rights Council in its resolution 17/4 of 16 June 2011,')), ['17/4 → A/HRC/RES/17/4']);
    assert.deepEqual(read(GA('*Recalling* that the Council in its resolution 2334 (2016) called for action,')), ['2334 (2016) → S/RES/2334(2016)']);
    assert.deepEqual(read(AG('*Rappelant* que le Conseil, dans sa résolution 2334\u00a0(2016), a demandé,')), ['2334\u00a0(2016) → S/RES/2334(2016)']);
    assert.deepEqual(read(AS('*Recordando* que el Consejo de Seguridad hizo suyo en su resolución 2532 (2020) el llamamiento,')), ['2532 (2020) → S/RES/2532(2020)']);
    // Without a tie to another organ, "its" is the text's own organ.
    assert.deepEqual(read(GA('*Recalling* the report of the Human Rights Council and recalling its resolution 74/150,')), ['74/150 → A/RES/74/150']);
    // Another body in the clause does not take the Assembly's own numbering.
    assert.deepEqual(read(GA('*Recalling* the work of the Special Committee contained in its resolution 47/120 B,')), ['47/120 B → A/RES/47/120']);
  });

  it('reads "Council resolution" by the form of the number', () => {
    assert.deepEqual(read(GA('*Recalling* Human Rights Council resolution 5/1 and Council resolution 16/21,')), ['5/1 → A/HRC/RES/5/1', '16/21 → A/HRC/RES/16/21']);
    assert.deepEqual(read(GA('*Recalling* General Assembly and Security Council resolutions 70/262 and 2282 (2016),')), ['70/262 → A/RES/70/262', '2282 (2016) → S/RES/2282(2016)']);
  });

  it('reads Economic and Social Council resolutions and decisions', () => {
    assert.deepEqual(read(GA('*Recalling* Economic and Social Council resolutions 2019/19 and 2019/20 of 23 July 2019,')), ['2019/19 → E/RES/2019/19', '2019/20 → E/RES/2019/20']);
    assert.deepEqual(read(AG('*Rappelant* la résolution 1980/67 du Conseil économique et social,')), ['1980/67 → E/RES/1980/67']);
    assert.deepEqual(read(AS('*Tomando nota* de la decisión 2021/208 del Consejo Económico y Social,')), ['2021/208 → E/DEC/2021/208']);
    assert.deepEqual(read(GA('*Recalling* Economic and Social Council resolution 155 C (VII),')), ['155 C (VII) → E/RES/155(VII)']);
    // A period of a budget is no resolution.
    assert.deepEqual(read(GA('*Noting* the budget for the period 2020/21,')), []);
  });

  it('reads decisions as decisions', () => {
    const en = citationsOf(GA('*Recalling* its decision 72/558 of 6 July 2018,'));
    assert.deepEqual(en.map((c) => [c.kind, link(c)]), [['decision', 'A/DEC/72/558']]);
    assert.equal(describeCitation(en[0]!, 'en'), 'General Assembly decision 72/558, 72nd session, 2017');
    assert.deepEqual(read(AG('*Rappelant* sa décision 72/558 du 6 juillet 2018,')), ['72/558 → A/DEC/72/558']);
    assert.deepEqual(read(AS('*Recordando* su decisión 74/556, de 20 de mayo de 2020,')), ['74/556 → A/DEC/74/556']);
    assert.deepEqual(read(GA('*Recalling* Human Rights Council decision 18/120 of 30 September 2011,')), ['18/120 → A/HRC/DEC/18/120']);
  });

  it('leaves other bodies’ numbers to them', () => {
    assert.deepEqual(read(GA('*Noting* the Food and Agriculture Organization of the United Nations, document CL 144/9 (C 2013/20),')), []);
    assert.deepEqual(read(GA('*Noting* the World Health Organization, documents EB 136/8 and WHA 72/1,')), []);
    assert.deepEqual(read(GA('*Recalling* general comment No. 25 (2021) of the Committee on the Rights of the Child,')), []);
    assert.deepEqual(read(AS('*Haciendo notar* la observación general núm. 15 (2002) del Comité,')), []);
    assert.deepEqual(read(AG('*Rappelant* l’observation générale no 25 (2021) du Comité,')), []);
    // "decision 15/4" of a conference of parties: a decision of another body, never an Assembly one.
    for (const c of citationsOf(GA('*Recalling* decision 15/4 of the Conference of the Parties to the Convention on Biological Diversity,'))) {
      assert.equal(c.body, 'unknown');
      assert.equal(link(c), undefined);
    }
    const other = citationsOf(AS('*Acogiendo con beneplácito* la resolución 10/6 de la Conferencia de los Estados Partes en la Convención,'));
    assert.deepEqual(other.map((c) => [c.body, link(c)]), [['unknown', undefined]]);
    assert.equal(describeCitation(other[0]!, 'es'), 'Resolución 10/6 de otro órgano');
    assert.deepEqual(read(AS('[^35]: Comisión del Atún para el Océano Índico, resoluciones 12/07 y 13/07.')).map((r) => r.endsWith('unknown')), [true, true]);
  });

  it('reads the abbreviations of drafts, and leaves a resolution of a body named by another name to it', () => {
    assert.deepEqual(read(GA('*Recalling* UNSC resolution 2250 (2015), ECOSOC resolution 2019/20 and the GA resolution 46/182,')), [
      '2250 (2015) → S/RES/2250(2015)',
      '2019/20 → E/RES/2019/20',
      '46/182 → A/RES/46/182',
    ]);
    assert.deepEqual(read(GA('*Recalling* Commission on Narcotic Drugs resolution 61/11 and the UN resolution 70/1,')), ['61/11 → unknown', '70/1 → A/RES/70/1']);
    assert.deepEqual(read(AG('*Rappelant* la résolution 60/2 de la Commission de la condition de la femme,')), ['60/2 → unknown']);
    assert.deepEqual(read(AS('*Recordando* la resolución 61/11 de la Comisión de Estupefacientes,')), ['61/11 → unknown']);
    // A leading phrase or a label before "resolution" is no body's name.
    assert.deepEqual(read(GA('*Recalling* resolution 70/1,\n\n1. *Welcomes* resolution 70/2;')), ['70/1 → A/RES/70/1', '70/2 → A/RES/70/2']);
  });

  it('reads special sessions, in parentheses too, with either hyphen and any space', () => {
    assert.deepEqual(read(GA('*Recalling* its resolutions 1874 (S-IV) of 27 June 1963 and 3101 (XXVIII),')), ['1874 (S-IV) → A/RES/1874(S-IV)', '3101 (XXVIII) → A/RES/3101(XXVIII)']);
    assert.deepEqual(citationsOf(GA('resolution 1874 (S-IV)'))[0]!.session, { kind: 'special', number: 4 });
    assert.deepEqual(read(AG('[^7]: Résolution S\u201130/1, annexe.')), ['S\u201130/1 → A/RES/S-30/1']);
    assert.deepEqual(read(AG('*Rappelant* ses résolutions ES\u201110/15 du 20 juillet 2004 et ES\u201110/17,')), ['ES\u201110/15 → A/RES/ES-10/15', 'ES\u201110/17 → A/RES/ES-10/17']);
    assert.deepEqual(read(GA('*Recalling* Human Rights Council resolutions S-16/1 of 29 April 2011 and S-17/1,')), ['S-16/1 → A/HRC/RES/S-16/1', 'S-17/1 → A/HRC/RES/S-17/1']);
    assert.deepEqual(read(SC('*Recalling* its resolution 2331\u202f(2016),')), ['2331\u202f(2016) → S/RES/2331(2016)']);
  });

  it('keeps part letters in the citation and links the document the UN links', () => {
    const [c] = citationsOf(GA('*Recalling* General Assembly resolution 72/262 C of 5 July 2018,'));
    assert.equal(c!.standard, '72/262 C');
    assert.equal(c!.part, 'C');
    assert.equal(link(c!), 'A/RES/72/262');
    assert.deepEqual(read(AG('[^1]: Résolution 217 A (III).')), ['217 A (III) → A/RES/217(III)']);
    assert.deepEqual(read(AS('[^2]: Véase la resolución 2200 A (XXI), anexo.')), ['2200 A (XXI) → A/RES/2200(XXI)']);
  });

  it('reads bare numbers in Council texts, after "resolution", with their list', () => {
    const text = SC('1. *Requests* reporting on the implementation of this resolution and of resolutions 2250 and 2419, and of paragraph 13 of resolution [2391](https://undocs.org/en/S/RES/2391(2017));');
    const list = citationsOf(text);
    assert.deepEqual(list.map((c) => [c.raw, c.form, link(c)]), [
      ['2250', 'number', 'S/RES/2250(2015)'],
      ['2419', 'number', 'S/RES/2419(2018)'],
      ['2391', 'number', 'S/RES/2391(2017)'],
    ]);
    assert.equal(list[2]!.paragraph?.text, 'paragraph 13');
    assert.deepEqual(read(SC('*Recalling* resolution 1988 (hereinafter "the Committee") and 2272 reviews,')), ['1988 → S/RES/1988(2011)']);
    // Not a bare number: "resolution 70/1", "resolution 2331 (2016)", "resolution 12th".
    assert.deepEqual(read(SC('resolution 70/1, resolution 2331 (2016) and resolution 12th')).map((r) => r.split(' → ')[0]), ['70/1', '2331 (2016)']);
  });

  it('reads nothing inside a web address', () => {
    assert.deepEqual(read(SC('*Recalling* its resolution [2419 (2018)](https://conferences.unite.un.org/x?Symbol=S/RES/2419%2520(2018)&Lang=F),')), ['2419 (2018) → S/RES/2419(2018)']);
  });
});

describe('organ numbering facts', () => {
  it('say which organ numbers its texts which way', () => {
    const sessionNumber = { form: 'session-number', kind: 'resolution', number: 25, session: 40, sessionKind: 'regular' } as const;
    assert.equal(organNumbers('general-assembly', sessionNumber), true);
    assert.equal(organNumbers('human-rights-council', sessionNumber), true);
    assert.equal(organNumbers('security-council', sessionNumber), false);
    assert.equal(organNumbers('general-assembly', { ...sessionNumber, session: 25 }), false, 'sessions I–XXX used Roman numerals');
    assert.equal(organNumbers('human-rights-council', { ...sessionNumber, number: 251 }), false, 'the Council adopts fewer than 100 resolutions a session');
    assert.equal(organNumbers('general-assembly', { ...sessionNumber, kind: 'decision', number: 25 }), false, 'Assembly decisions are numbered from 401');
    assert.equal(organSymbol('general-assembly', { ...sessionNumber, kind: 'decision', number: 558, session: 72 }), 'A/DEC/72/558');
    assert.equal(organSymbol('ecosoc', { form: 'year-number', kind: 'resolution', number: 20, year: 2019 }), 'E/RES/2019/20');
    assert.equal(organSymbol('ecosoc', { form: 'year-number', kind: 'resolution', number: 20, year: 1975 }), undefined, 'numbered by year since 1978');
  });

  it('describe every organ’s texts in the three languages', () => {
    const [hrc] = citationsOf(GA('Human Rights Council resolution 40/25'));
    assert.equal(describeCitation(hrc!, 'en'), 'Human Rights Council resolution 40/25');
    assert.equal(describeCitation(hrc!, 'fr'), 'Résolution 40/25 du Conseil des droits de l’homme');
    assert.equal(describeCitation(hrc!, 'es'), 'Resolución 40/25 del Consejo de Derechos Humanos');
    const [ecosoc] = citationsOf(GA('Economic and Social Council decision 2021/208'));
    assert.equal(describeCitation(ecosoc!, 'fr'), 'Décision 2021/208 du Conseil économique et social');
  });
});
