import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseCitations, type Citation, loadCatalogueSync, parseCatalogue, undocsUrl } from '../../server/src/citations';
import { describeCatalogueProblem } from '../../server/src/citations/catalogue';
import { parseRoman, sessionOpening } from '../../server/src/citations/gaSessions';
import { SC_LAST_KNOWN, scNumbersOfYear, scYearOf } from '../../server/src/citations/scYears';
import { parseResolution } from '../../server/src/model/parser';
import { SHARED } from '../support/paths';

const citationsOf = (text: string): readonly Citation[] => analyseCitations(parseResolution(text), undefined).list;
const only = (text: string): Citation => {
  const list = citationsOf(text);
  assert.equal(list.length, 1, `expected one citation in ${JSON.stringify(text)}, got ${list.map((c) => c.raw).join(' | ')}`);
  return list[0]!;
};

describe('citation facts', () => {
  it('knows the year of every Security Council number from 1946 to 2798', () => {
    assert.equal(scYearOf(1), 1946);
    assert.equal(scYearOf(15), 1946);
    assert.equal(scYearOf(16), 1947);
    assert.equal(scYearOf(2331), 2016);
    assert.equal(scYearOf(2388), 2017);
    assert.equal(scYearOf(2400), 2018);
    assert.equal(scYearOf(SC_LAST_KNOWN), 2025);
    assert.equal(scYearOf(SC_LAST_KNOWN + 1), undefined);
    assert.equal(scYearOf(0), undefined);
    assert.deepEqual(scNumbersOfYear(2017), { first: 2337, last: 2397 });
    assert.deepEqual(scNumbersOfYear(2025), { first: 2768, last: 2798 });
  });

  const yearsFile = join(SHARED, 'data', 'sc-years.tsv');
  (existsSync(yearsFile) ? it : it.skip)('agrees with the public number→year facts for every year', () => {
    const rows = readFileSync(yearsFile, 'utf8').trim().split('\n').slice(1);
    assert.equal(rows.length, 80);
    for (const row of rows) {
      const [year, first, last] = row.split('\t').map(Number) as [number, number, number];
      assert.deepEqual(scNumbersOfYear(year), { first, last }, `year ${year}`);
      assert.equal(scYearOf(first), year);
      assert.equal(scYearOf(last), year);
    }
  });

  const catalogueFile = join(SHARED, 'data', 'sc-resolutions.tsv');
  (existsSync(catalogueFile) ? it : it.skip)('agrees with the adoption date of every resolution in the public list', () => {
    const load = loadCatalogueSync(catalogueFile);
    assert.equal(load.problem, undefined);
    let checked = 0;
    for (const entry of load.catalogue!.entries) {
      assert.equal(scYearOf(entry.number!), Number(entry.date.slice(0, 4)), entry.label);
      checked++;
    }
    assert.ok(checked > 2700, `${checked} entries`);
  });

  it('reads Roman session numbers in canonical form only, and knows when sessions opened', () => {
    assert.equal(parseRoman('XXV'), 25);
    assert.equal(parseRoman('XXIX'), 29);
    assert.equal(parseRoman('XXX'), 30);
    assert.equal(parseRoman('IV'), 4);
    assert.equal(parseRoman('IIII'), undefined);
    assert.equal(parseRoman('VX'), undefined);
    assert.deepEqual(sessionOpening('regular', 70), { year: 2015, month: 9 });
    assert.deepEqual(sessionOpening('emergency', 11), { year: 2022, month: undefined });
    assert.deepEqual(sessionOpening('special', 26), { year: 2001, month: undefined });
    assert.equal(sessionOpening('regular', 81), undefined);
  });

  it('links to undocs.org with the symbol as the path', () => {
    assert.equal(undocsUrl('S/RES/2331(2016)'), 'https://undocs.org/S/RES/2331(2016)');
    assert.equal(undocsUrl('A/RES/70/1'), 'https://undocs.org/A/RES/70/1');
    assert.equal(undocsUrl('S/PRST/2015/25'), 'https://undocs.org/S/PRST/2015/25');
  });
});

describe('citation recogniser', () => {
  const cases: [string, Partial<Citation>][] = [
    ['Recalling its resolution 2331 (2016),', { standard: '2331 (2016)', body: 'security-council', form: 'number-year', number: 2331, year: 2016, symbol: 'S/RES/2331(2016)' }],
    ['Rappelant ses résolutions [2359 \\(2017\\)](#),', { raw: '2359 \\(2017\\)', standard: '2359 (2017)', symbol: 'S/RES/2359(2017)' }],
    ['its resolution 70/1 of 25 September 2015', { standard: '70/1', body: 'general-assembly', form: 'session-number', session: { kind: 'regular', number: 70 }, symbol: 'A/RES/70/1' }],
    ['resolution 31/16 A', { standard: '31/16 A', part: 'A', symbol: 'A/RES/31/16' }],
    ['resolution 2625 (XXV)', { standard: '2625 (XXV)', body: 'general-assembly', form: 'number-session', session: { kind: 'regular', number: 25 }, symbol: 'A/RES/2625(XXV)' }],
    ['resolution 377 A (V)', { standard: '377 A (V)', part: 'A', session: { kind: 'regular', number: 5 } }],
    ['résolution 1514(XV)', { standard: '1514 (XV)', raw: '1514(XV)' }],
    ['resolution S-26/2', { standard: 'S-26/2', session: { kind: 'special', number: 26 }, symbol: 'A/RES/S-26/2' }],
    ['resolution ES-11/1', { standard: 'ES-11/1', session: { kind: 'emergency', number: 11 }, symbol: 'A/RES/ES-11/1' }],
    ['the statement S/PRST/2015/25.', { kind: 'presidential-statement', year: 2015, number: 25, symbol: 'S/PRST/2015/25' }],
    ['the report S/2017/939.', { kind: 'document', year: 2017, symbol: 'S/2017/939', raw: 'S/2017/939' }],
    ['the draft A/70/L.1,', { kind: 'document', session: { kind: 'regular', number: 70 }, symbol: 'A/70/L.1' }],
    ['resolution A/RES/70/1', { kind: 'resolution', body: 'general-assembly', symbol: 'A/RES/70/1' }],
    ['S/RES/2388 (2017)', { kind: 'resolution', body: 'security-council', form: 'symbol', number: 2388, year: 2017, symbol: 'S/RES/2388(2017)' }],
    ['the report (S/25704 and Add.1)', { kind: 'document', symbol: 'S/25704' }],
    ['Human Rights Council resolution 31/16', { body: 'human-rights-council', symbol: 'A/HRC/RES/31/16', session: undefined }],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      const c = only(text);
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(c[key as keyof Citation], value, `${key} of ${text}`);
    });
  }

  it('reads lists of citations in the three languages, through Markdown links', () => {
    assert.deepEqual(citationsOf('Recalling its resolutions 2195 (2014), 2253 (2015) and 2368 (2017),').map((c) => c.standard), ['2195 (2014)', '2253 (2015)', '2368 (2017)']);
    assert.deepEqual(citationsOf('Rappelant ses résolutions [2195 \\(2014\\)](#), [2253 \\(2015\\)](#) et [2368 \\(2017\\)](#),').map((c) => c.standard), ['2195 (2014)', '2253 (2015)', '2368 (2017)']);
    assert.deepEqual(citationsOf('Recordando sus resoluciones 1325 (2000), 1820 (2008) y 2242 (2015),').map((c) => c.number), [1325, 1820, 2242]);
  });

  it('does not take dates, meetings, articles, statements or paragraph numbers for citations', () => {
    for (const text of [
      'Rappelant la déclaration 2015/25 de son Président,',
      'Adoptée par le Conseil de sécurité à sa 8111^e séance, le 21 novembre 2017',
      'le 1er juin 1964,',
      'under Article 2 (4) of the Charter',
      'Convention No. 182 (1999) and Protocol 1 (1977),',
      'paragraph 5 above and paragraphs 4 to 8 (a) above',
      'on 31/12/2017 and at 12/05',
      'the 2030 Agenda (2015) and x2331 (2016)',
    ]) {
      assert.deepEqual(citationsOf(text).map((c) => c.raw), [], text);
    }
  });

  it('reads "paragraph N of resolution …" as a reference into the cited text', () => {
    const c = only('pursuant to paragraph 2 of resolution 660 (1990),');
    assert.equal(c.paragraph?.text, 'paragraph 2');
    assert.equal(only('conformément au paragraphe 6 de la résolution 180 (1963),').paragraph?.text, 'paragraphe 6');
    assert.equal(only('el párrafo 2 de la resolución 660 (1990)').paragraph?.text, 'párrafo 2');
  });

  it('gives each citation the body the text names, a possessive or the list it belongs to', () => {
    const lists = citationsOf('Recalling General Assembly resolutions 2625 (XXV) and 1514 (1960),');
    assert.deepEqual(lists.map((c) => c.body), ['general-assembly', 'general-assembly']);
    const council = 'Le Conseil de sécurité,\n\n*Rappelant* l’interprétation donnée par l’Assemblée générale dans sa résolution 1514(XV) et sa résolution 242 (XXII),\n';
    assert.deepEqual(citationsOf(council).map((c) => c.body), ['general-assembly', 'security-council']);
    assert.equal(only('la résolution 1541 (XV) de l’Assemblée générale').body, 'general-assembly');
    assert.equal(only('resolution 1514 (XV) of the Security Council').body, 'security-council');
  });

  it('reads the document’s own number and adoption date from its heading', () => {
    const text = 'Conseil de sécurité\n\nDistr. générale\n22 novembre 2017\n\nRésolution 2388 (2017)\n\n**Adoptée par le Conseil de sécurité à sa 8111^e séance,\nle 21 novembre 2017**\n\nLe Conseil de sécurité,\n\n*Rappelant* sa résolution 2331 (2016),\n';
    const { facts, list } = analyseCitations(parseResolution(text), undefined);
    assert.deepEqual(facts, { body: 'security-council', scNumber: 2388, date: { year: 2017, month: 11, day: 21 } });
    assert.deepEqual(list.map((c) => c.inHeading), [true, false]);
    const ga = analyseCitations(parseResolution('General Assembly\nA/RES/68/262\nResolution adopted by the General Assembly on 27 March 2014\n68/262. Territorial integrity of Ukraine\n\n*The General Assembly,*\n\n*Recalling* its resolution 2625 (XXV),\n'), undefined);
    assert.deepEqual(ga.facts, { body: 'general-assembly', gaSession: { kind: 'regular', number: 68 }, gaNumber: 262, date: { year: 2014, month: 3, day: 27 } });
    const es = analyseCitations(parseResolution('Resolución 2388 (2017)\n\nAprobada por el Consejo de Seguridad en su 8111ª sesión, celebrada el 21 de noviembre de 2017\n\nEl Consejo de Seguridad,\n\n*Recordando* su resolución 2331 (2016),\n'), undefined);
    assert.deepEqual(es.facts.date, { year: 2017, month: 11, day: 21 });
  });

  it('finds the citation at an offset, including its "paragraph N of" words', () => {
    const text = 'pursuant to paragraph 2 of resolution 660 (1990) and 661 (1990)';
    const cits = analyseCitations(parseResolution(text), undefined);
    assert.equal(cits.at(text.indexOf('660') + 1)?.number, 660);
    assert.equal(cits.at(text.indexOf('paragraph'))?.number, 660);
    assert.equal(cits.at(text.indexOf('661 (1990)') + 9)?.number, 661);
    assert.equal(cits.at(text.indexOf(' and ')), undefined);
  });

  it('stays linear on hostile input: a megabyte of almost-citations on one line', () => {
    const hostile = '1 (2 ( 12/ S/ A/RES/ 2331 (XXXXXX) '.repeat(30000);
    const started = Date.now();
    const list = citationsOf(hostile);
    // A quadratic scan of one long line takes minutes; a linear one a few milliseconds.
    assert.ok(Date.now() - started < 3000, `${Date.now() - started} ms`);
    assert.equal(list.length, 0);
  });
});

describe('citation catalogue', () => {
  it('reads Security Council, General Assembly and presidential statement rows, skipping the header', () => {
    const load = parseCatalogue('number\tdate\ttitle\n2331\t2016-12-20\ton trafficking in persons\n70/1\t2015-09-25\tTransforming our world\n2625(XXV)\t1970-10-24\tFriendly relations\nS/PRST/2015/25\t2015-12-16\tTrafficking\n', 'list.tsv');
    assert.equal(load.problem, undefined);
    const byKey = load.catalogue!.byKey;
    assert.equal(byKey.get('sc:2331')?.label, '2331 (2016)');
    assert.equal(byKey.get('ga:70/1')?.title, 'Transforming our world');
    assert.equal(byKey.get('ga:2625')?.label, '2625 (XXV)');
    assert.equal(byKey.get('prst:2015/25')?.date, '2015-12-16');
    assert.equal(load.catalogue!.scLast?.number, 2331);
    assert.deepEqual(load.catalogue!.entries.map((e) => e.label), ['2331 (2016)', 'S/PRST/2015/25', '70/1', '2625 (XXV)']);
  });

  it('reports a malformed or missing file once, in the user’s language, and keeps the good rows', () => {
    const partial = parseCatalogue('number\tdate\ttitle\n2331\t2016-12-20\tok\nnonsense line\n2332\t20-12-2016\tbad date\n', 'list.tsv');
    assert.equal(partial.catalogue?.byKey.size, 1);
    assert.deepEqual(partial.problem, { kind: 'partial', file: 'list.tsv', skipped: 2, firstLine: 3, kept: 1 });
    const empty = parseCatalogue('just some text\nwithout tabs\n', 'notes.txt');
    assert.equal(empty.catalogue, undefined);
    assert.equal(empty.problem?.kind, 'empty');
    const missing = loadCatalogueSync(join(SHARED, 'no-such-catalogue.tsv'));
    assert.equal(missing.catalogue, undefined);
    assert.equal(describeCatalogueProblem(missing.problem!, 'en'), 'The citation catalogue "no-such-catalogue.tsv" could not be read (no such file). Citations are still checked with the built-in facts.');
    assert.match(describeCatalogueProblem(missing.problem!, 'fr'), /^Le catalogue de citations « no-such-catalogue\.tsv » n’a pas pu être lu/);
  });
});

describe('document facts', () => {
  it('take the document’s number from the line that names it, not from a title that cites another text', () => {
    const text = 'Security Council\n\nDraft resolution on the implementation of resolution 2231 (2015)\n\nThe Security Council,\n\n*Recalling* its resolution 2231 (2015),\n';
    assert.equal(analyseCitations(parseResolution(text), undefined).facts.scNumber, undefined);
    const old = '*Conseil de sécurité*\nS/RES/180 (1963)\n180 (1963). Résolution du 31 juillet 1963\n\n*Le Conseil de sécurité,*\n\n*Rappelant* sa résolution 163 (1961),\n';
    assert.deepEqual(analyseCitations(parseResolution(old), undefined).facts, { body: 'security-council', scNumber: 180, date: { year: 1963, month: 7, day: 31 } });
  });
});
