import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { extentEnd } from '../../server/src/features/paragraphs';
import type { Paragraph } from '../../server/src/model/types';
import type { Comparison, Discrepancy } from '../../server/src/versions';
import { positionOf } from '../../server/src/model/lines';
import { explanationOf, VERSION_DISCREPANCIES, type CorpusFinding } from '../accuracy/version-discrepancies';
import { importAkn } from '../../server/src/interchange';
import { compareTexts, CORPUS, createResolutionService, PAIRS, parallelSets } from '../support/versionCorpus';

const service = createResolutionService();
let serial = 0;
const doc = (text: string): TextDocument => TextDocument.create(`file:///versions/${serial++}.md`, 'markdown', 1, text);
const compare = (a: string, b: string): Comparison => compareTexts(service, doc(a), doc(b));
const kinds = (c: Comparison): string[] => c.discrepancies.map((d) => d.kind);

const en = (body: string): string => `*The Security Council*,\n\n${body}`;
const fr = (body: string): string => `*Le Conseil de sécurité*,\n\n${body}`;
const es = (body: string): string => `*El Consejo de Seguridad*,\n\n${body}`;

describe('language versions compared', () => {
  it('finds nothing between versions that agree, whatever the way each writes numbers, dates and amounts', () => {
    const a = en(
      '*Recalling* its resolution 2368 (2017) of 20 July 2017 and the twenty-sixth report,\n\n' +
        '1. *Decides* to allocate 1,000,000 United States dollars, 5 per cent of the budget, for 2.5 years from 1 January 2021;\n\n' +
        '2. *Requests* a report within 90 days, as set out in paragraph 1 above;\n',
    );
    const b = fr(
      '*Rappelant* sa résolution 2368 (2017) du 20 juillet 2017 et le vingt-sixième rapport,\n\n' +
        '1. *Décide* d’allouer 1\u00a0000\u00a0000 de dollars des États-Unis, 5\u00a0% du budget, pour 2,5 ans à compter du 1er janvier 2021 ;\n\n' +
        '2. *Prie* de lui présenter un rapport dans les quatre-vingt-dix jours, comme indiqué au paragraphe 1 ci-dessus ;\n',
    );
    const c = es(
      '*Recordando* su resolución 2368 (2017), de 20 de julio de 2017, y el 26º informe,\n\n' +
        '1. *Decide* asignar 1.000.000 de dólares de los Estados Unidos, el 5 por ciento del presupuesto, durante 2,5 años a partir del 1 de enero de 2021;\n\n' +
        '2. *Solicita* un informe en un plazo de noventa días, como se indica en el párrafo 1 supra;\n',
    );
    for (const [x, y] of [[a, b], [a, c], [b, c], [b, a]] as const) assert.deepEqual(kinds(compare(x, y)), []);
  });

  it('finds a changed date, amount, citation and reference, once each, at the token in both versions', () => {
    const a = en('*Recalling* its resolution 2368 (2017) of 20 July 2017,\n\n1. *Decides* to allocate 1,000 dollars;\n\n2. *Requests* as in paragraph 1 above;\n');
    const b = fr('*Rappelant* sa résolution 2369 (2017) du 20 juin 2017,\n\n1. *Décide* d’allouer 1\u00a0500 dollars ;\n\n2. *Prie*, comme au paragraphe 2 ci-dessus ;\n');
    const c = compare(a, b);
    assert.deepEqual(kinds(c).sort(), ['citation', 'date', 'number', 'reference']);
    const says = Object.fromEntries(c.discrepancies.map((d) => [d.kind, [d.a.says, d.b.says]]));
    assert.deepEqual(says, {
      citation: ['2368 (2017)', '2369 (2017)'],
      date: ['20 July 2017', '20 juin 2017'],
      number: ['1,000', '1\u00a0500'],
      reference: ['1', '2'],
    });
  });

  it('reads "15, 000" (a comma and a space before a group of three) as one number, but not a list "1, 234"', () => {
    assert.deepEqual(kinds(compare(en('1. *Decides* to reduce from 15, 000 troops to 13, 000;\n'), fr('1. *Décide* de réduire de 15\u00a0000 à 13\u00a0000 militaires ;\n'))), []);
    assert.deepEqual(kinds(compare(en('1. *Decides* that items 1, 234 apply;\n'), fr('1. *Décide* que les points 1 et 234 s’appliquent ;\n'))), []);
    assert.deepEqual(kinds(compare(en('1. *Decides* to reduce from 15, 000 troops;\n'), fr('1. *Décide* de réduire de 16\u00a0000 militaires ;\n'))), ['number']);
  });

  it('takes an operative paragraph opening with a participle whose main verb follows in roman type for one that opens with that verb', () => {
    const a = en(
      '*Recalling* its resolution 2140 (2014),\n\n1. *Decides* to renew the measures;\n\n' +
        '2. *Emphasizing* the importance of facilitating humanitarian assistance, *decides* that the Committee may exempt any activity;\n',
    );
    const b = fr(
      '*Rappelant* sa résolution 2140 (2014),\n\n1. *Décide* de reconduire les mesures ;\n\n' +
        '2. *Souligne* qu’il importe de faciliter l’aide humanitaire, et *décide* que le Comité peut exempter toute activité ;\n',
    );
    const es2 = (second: string): string => es(`*Recordando* su resolución 2140 (2014),\n\n1. *Decide* prorrogar las medidas;\n\n2. ${second}\n`);
    const c = es2('*Poniendo de relieve* la importancia de facilitar la asistencia humanitaria, decide que el Comité podrá eximir cualquier actividad;');
    for (const [x, y] of [[a, b], [a, c], [b, c], [c, b]] as const) assert.deepEqual(kinds(compare(x, y)), []);
    // Without its main verb, the participle is of the other kind: the finding stands.
    const d = es2('*Poniendo de relieve* la importancia de facilitar la asistencia humanitaria y de que el Comité pueda eximir cualquier actividad;');
    assert.deepEqual(kinds(compare(b, d)), ['lead-kind']);
    // Nor does a verb in roman type make a preambular paragraph say what an operative verb says.
    const e = es('*Recordando* su resolución 2140 (2014), en la que decide que el Comité podrá eximir cualquier actividad,\n\n1. *Decide* prorrogar las medidas;\n');
    const f = fr('*Rappelle* sa résolution 2140 (2014), dans laquelle il décide que le Comité peut exempter toute activité,\n\n1. *Décide* de reconduire les mesures ;\n');
    assert.deepEqual(kinds(compare(e, f)), ['lead-kind']);
  });

  describe('numbers and dates the versions write differently', () => {
    const clean = (a: string, b: string): void => {
      assert.deepEqual(kinds(compare(a, b)), [], 'a → b');
      assert.deepEqual(kinds(compare(b, a)), [], 'b → a');
    };

    it('reads number words joined by a non-breaking hyphen ("soixante\u2011quinzième")', () => {
      clean(en('1. *Decides* to hold the meeting at its 75th session;\n'), fr('1. *Décide* de tenir la réunion à sa soixante\u2011quinzième session ;\n'));
      clean(es('1. *Decide* celebrar la reunión en su 47º período de sesiones;\n'), fr('1. *Décide* de tenir la réunion à sa quarante\u2011septième session ;\n'));
      assert.deepEqual(kinds(compare(en('1. *Decides* to hold the meeting at its 76th session;\n'), fr('1. *Décide* de tenir la réunion à sa soixante\u2011quinzième session ;\n'))), ['number']);
    });

    it('accepts the digits of a name ("G20") for the number another version spells out', () => {
      clean(en('*Noting* the Group of 20 Osaka Leaders’ Statement,\n\n1. *Decides* to remain seized;\n'), es('*Observando* la Declaración de los Líderes del G20 en Osaka,\n\n1. *Decide* seguir ocupándose;\n'));
      assert.deepEqual(kinds(compare(en('*Noting* the Group of 7 Statement,\n\n1. *Decides* to remain seized;\n'), es('*Observando* la Declaración del G20,\n\n1. *Decide* seguir ocupándose;\n'))), ['number']);
    });

    it('reads the round numbers of "une cinquantaine", "une centaine", "un centenar"', () => {
      clean(en('1. *Welcomes* the participation of over 50 countries and more than 100 organizations;\n'), fr('1. *Se félicite* de la participation d’une cinquantaine de pays et de plus d’une centaine d’organisations ;\n'));
      clean(en('1. *Welcomes* the participation of more than 100 countries;\n'), es('1. *Acoge con beneplácito* la participación de más de un centenar de países;\n'));
      assert.deepEqual(kinds(compare(en('1. *Welcomes* the participation of over 60 countries;\n'), fr('1. *Se félicite* de la participation d’une cinquantaine de pays ;\n'))), ['number']);
    });

    it('reads a period named by its length ("90-day reports" are "rapports trimestriels")', () => {
      clean(en('1. *Requests* the Secretary-General to report through his regular 90-day reports;\n'), fr('1. *Prie* le Secrétaire général de lui rendre compte dans ses rapports trimestriels ;\n'));
      clean(en('1. *Requests* six-month reports, every 180 days;\n'), es('1. *Solicita* informes semestrales;\n'));
      assert.deepEqual(kinds(compare(en('1. *Requests* the Secretary-General to report through his regular 60-day reports;\n'), fr('1. *Prie* le Secrétaire général de lui rendre compte dans ses rapports trimestriels ;\n'))), ['number']);
    });

    it('reads Roman numerals in capitals ("Chapter IV" is "chapitre 4", "annex 1" is "annexe I")', () => {
      clean(en('1. *Notes* that they are out of compliance with Chapter IV of the Agreement and annex 1;\n'), fr('1. *Note* qu’ils sont contraires au chapitre 4 de l’Accord et à l’annexe I ;\n'));
      assert.deepEqual(kinds(compare(en('1. *Notes* Chapter IV of the Agreement;\n'), fr('1. *Note* le chapitre 5 de l’Accord ;\n'))), ['number']);
    });

    it('reads the numbers within a range ("phases 1 à 3" lists "Stages 1, 2, and 3")', () => {
      clean(en('1. *Welcomes* the completion of Stages 1, 2, and 3 of the review;\n'), fr('1. *Se félicite* de l’achèvement des phases 1 à 3 de l’examen ;\n'));
      clean(en('1. *Welcomes* the completion of Stages 4, 5 and 6 of the review;\n'), es('1. *Acoge con beneplácito* la conclusión de las etapas 4-6 del examen;\n'));
      assert.deepEqual(kinds(compare(en('1. *Welcomes* the completion of Stages 1, 2, and 4 of the review;\n'), fr('1. *Se félicite* de l’achèvement des phases 1 à 3 de l’examen ;\n'))), ['number']);
    });

    it('leaves out the whole target of a link with parentheses in it', () => {
      clean(
        en('1. *Decides* to implement resolution 2419 (2018);\n'),
        fr('1. *Décide* d’appliquer la résolution [2419 (2018)](https://example.org/Alignment?Symbol=S/RES/2419%2520(2018)&location=New%2520York) ;\n'),
      );
    });

    it('reads a gender balance as the 50 of "50/50 gender balance"', () => {
      clean(en('1. *Urges* the goal of 50/50 gender balance in the system;\n'), es('1. *Insta* a lograr el objetivo del equilibrio de género en el sistema;\n'));
      clean(en('1. *Urges* the goal of 50/50 gender balance in the system;\n'), fr('1. *Demande instamment* que soit atteint l’objectif de l’équilibre entre les sexes dans le système ;\n'));
      assert.deepEqual(kinds(compare(en('1. *Urges* the goal of 50/50 gender balance in the system;\n'), es('1. *Insta* a lograr el objetivo del equilibrio geográfico en el sistema;\n'))), ['number', 'number']);
    });

    it('reads a month of the language capitalised in a title, not the end of a name ("Chiang Mai de 2019")', () => {
      clean(
        en('*Recalling* the Agreement relating to the Convention of 10 December 1982 and the crimes committed since March 2011,\n\n1. *Decides* to remain seized;\n'),
        es('*Recordando* el Acuerdo sobre la Aplicación de la Convención de 10 de Diciembre de 1982 y los Delitos Cometidos desde Marzo de 2011,\n\n1. *Decide* seguir ocupándose;\n'),
      );
      clean(en('*Recalling* the Chiang Mai Declaration of 2019,\n\n1. *Decides* to remain seized;\n'), fr('*Rappelant* la Déclaration de Chiang Mai de 2019,\n\n1. *Décide* de rester saisi ;\n'));
      assert.deepEqual(kinds(compare(en('*Recalling* the Convention of 10 December 1982,\n\n1. *Decides* to remain seized;\n'), es('*Recordando* la Convención de 10 de Noviembre de 1982,\n\n1. *Decide* seguir ocupándose;\n'))), ['date']);
    });

    it('accepts a date whose year one version leaves out, when the day and month agree', () => {
      clean(en('1. *Calls for* elections in line with the 17 September agreement;\n'), fr('1. *Demande* des élections conformément à l’accord du 17 septembre 2020 ;\n'));
      clean(en('*Noting* the meeting of ministers on 15 July 2021,\n\n1. *Decides* to remain seized;\n'), fr('*Prenant note* de la tenue, le 15 juillet, d’une réunion ministérielle,\n\n1. *Décide* de rester saisi ;\n'));
      assert.deepEqual(kinds(compare(en('1. *Calls for* elections in line with the 17 September agreement;\n'), fr('1. *Demande* des élections conformément à l’accord du 17 octobre 2020 ;\n'))), ['date']);
      assert.deepEqual(kinds(compare(en('1. *Calls for* elections in line with the 18 September agreement;\n'), fr('1. *Demande* des élections conformément à l’accord du 17 septembre 2020 ;\n'))), ['date', 'number']);
    });
  });

  it('reports a missing paragraph once, not the shift of every paragraph after it', () => {
    const paras = ['Decides', 'Requests', 'Urges', 'Calls upon', 'Encourages', 'Invites', 'Stresses', 'Welcomes'];
    const verbs: Record<string, string> = { Decides: 'Décide', Requests: 'Prie', Urges: 'Exhorte', 'Calls upon': 'Demande', Encourages: 'Encourage', Invites: 'Invite', Stresses: 'Souligne', Welcomes: 'Se félicite' };
    const a = en(paras.map((v, i) => `${i + 1}. *${v}* the parties to act ${'now '.repeat(i + 3)};`).join('\n\n'));
    const kept = paras.filter((v) => v !== 'Calls upon');
    const b = fr(kept.map((v, i) => `${i + 1}. *${verbs[v]}* aux parties d’agir ${'maintenant '.repeat(paras.indexOf(v) + 3)};`).join('\n\n'));
    const c = compare(a, b);
    assert.deepEqual(kinds(c), ['missing']);
    const d = c.discrepancies[0]!;
    assert.equal(c.a.model.paragraphs[d.a.paragraph!]!.number?.value, 4);
    assert.equal(c.b.model.paragraphs[d.b.paragraph!]!.number?.value, 4, 'where it would be: before the next paragraph');
  });

  it('aligns two versions of thousands of paragraphs, one missing, in linear time', () => {
    const n = 3000;
    const a = en(Array.from({ length: n }, (_, i) => `${i + 1}. *Decides* to note ${i * 7} items ${'x'.repeat(i % 13)};`).join('\n\n'));
    const b = fr(
      Array.from({ length: n }, (_, i) => i)
        .filter((i) => i !== 1500)
        .map((i) => `${i + 1}. *Décide* de noter ${i * 7} articles ${'x'.repeat(i % 13)} ;`)
        .join('\n\n'),
    );
    const c = compare(a, b);
    assert.deepEqual(kinds(c), ['missing']);
    assert.equal(c.a.model.paragraphs[c.discrepancies[0]!.a.paragraph!]!.number?.value, 1501);
  });
});

// ------------------------------------------------------------------ the adopted resolutions

const sets = parallelSets();

interface CorpusRun {
  pairs: number;
  clean: { name: string; x: string; y: string }[];
  findings: { name: string; x: string; y: string; d: Discrepancy; at: CorpusFinding }[];
}

function runCorpus(): CorpusRun {
  const run: CorpusRun = { pairs: 0, clean: [], findings: [] };
  for (const set of sets) {
    for (const [x, y] of PAIRS) {
      if (!set.files[x] || !set.files[y]) continue;
      const c = compareTexts(service, doc(readFileSync(set.files[x]!, 'utf8')), doc(readFileSync(set.files[y]!, 'utf8')));
      run.pairs++;
      if (c.discrepancies.length === 0) run.clean.push({ name: set.name, x, y });
      for (const d of c.discrepancies) {
        const line = (k: 'a' | 'b'): number => positionOf(c[k].model.lineStarts, d[k].start).line + 1;
        const at: CorpusFinding = { resolution: set.name, kind: d.kind, sides: [{ version: x, line: line('a') }, { version: y, line: line('b') }] };
        run.findings.push({ name: set.name, x, y, d, at });
      }
    }
  }
  return run;
}

describe('language versions of the adopted resolutions (AKN corpus)', function () {
  this.timeout(240000);
  let run: CorpusRun;
  before(function () {
    if (sets.length === 0) this.skip();
    run = runCorpus();
  });

  it('compares every parallel pair and finds only the few discrepancies of the sources', () => {
    // 271 resolutions in three languages and two in French and Spanish only: 815 pairs. What is found is
    // the sources' own discrepancies (docs/versions.md lists them by kind): "2556 (2020)" for "2256 (2020)",
    // "11 September" for "15 septembre", articles "4 and 8" for "30, 32 et 46", "*Recalls*" in a preamble.
    assert.equal(run.pairs, 815);
    assert.ok(run.findings.length <= 141, `${run.findings.length} findings`);
    assert.ok(run.clean.length >= 708, `${run.clean.length} clean pairs`);
    const byKind: Record<string, number> = {};
    for (const f of run.findings) byKind[f.d.kind] = (byKind[f.d.kind] ?? 0) + 1;
    const ceilings: Record<string, number> = { number: 39, date: 34, missing: 12, citation: 34, 'lead-kind': 14, subparagraphs: 4, reference: 4, numbering: 0, 'lead-meaning': 0 };
    for (const [kind, count] of Object.entries(byKind)) assert.ok(count <= (ceilings[kind] ?? 0), `${kind}: ${count} (found by kind: ${JSON.stringify(byKind)})`);
  });

  it('explains every finding by a discrepancy of the sources read in the three versions, and every listed one is still found', () => {
    const unexplained = run.findings.filter((f) => !explanationOf(f.at));
    const show = (f: (typeof run.findings)[number]): string => `${f.name} ${f.d.kind} ${f.at.sides.map((s) => `${s.version}:${s.line}`).join(' ')} "${f.d.a.says}" / "${f.d.b.says}"`;
    assert.deepEqual(unexplained.map(show), [], 'findings no listed discrepancy explains');
    const stale = VERSION_DISCREPANCIES.filter((e) => !run.findings.some((f) => explanationOf(f.at) === e));
    assert.deepEqual(stale, [], 'listed discrepancies no finding points at any more');
  });

  it('finds each planted divergence, in both versions, at the paragraphs concerned, and nothing else', function () {
    const clean = run.clean.filter((c) => c.x === 'en');
    let planted = 0;
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const { name, x, y } of clean) {
      const set = sets.find((s) => s.name === name)!;
      const textA = readFileSync(set.files[x]!, 'utf8');
      const textB = readFileSync(set.files[y]!, 'utf8');
      const modelB = service.getModel(doc(textB));
      for (const mutation of MUTATIONS) {
        const planting = mutation.plant(modelB.text, modelB.paragraphs);
        if (!planting) continue;
        const c = compare(textA, planting.text);
        const what = `${mutation.kind} in ${name}-${y} (${planting.where})`;
        const back = compare(planting.text, textA);
        const d = c.discrepancies[0];
        const ok =
          kinds(c).join() === mutation.kind &&
          kinds(back).join() === mutation.kind &&
          d?.a.paragraph === planting.paragraph &&
          d.b.paragraph === planting.paragraph;
        if (!ok) failures.push(`${what}: ${kinds(c).join(' ')} at ${d?.a.paragraph}/${d?.b.paragraph}, expected ${planting.paragraph}`);
        planted++;
        seen.add(mutation.kind);
      }
      if (planted >= 150) break;
    }
    assert.deepEqual(failures, []);
    assert.deepEqual([...seen].sort(), MUTATIONS.map((m) => m.kind).sort());
    assert.ok(planted >= 150, `${planted} divergences planted`);
  });
});

interface Planting {
  readonly text: string;
  /** Index (in both versions: the mutated one is otherwise parallel) of the paragraph concerned. */
  readonly paragraph: number;
  readonly where: string;
}

interface Mutation {
  readonly kind: Discrepancy['kind'];
  plant(text: string, paragraphs: readonly Paragraph[]): Planting | undefined;
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const replaceAt = (text: string, start: number, end: number, by: string): string => text.slice(0, start) + by + text.slice(end);
/** The middle paragraph of those that qualify: not the first, whose neighbours are all regular. */
const middle = <T>(list: readonly T[]): T | undefined => list[Math.floor(list.length / 2)];

const MUTATIONS: readonly Mutation[] = [
  {
    kind: 'missing',
    plant(text, paragraphs) {
      // A preambular or operative paragraph dropped (the numbers after it left as they are).
      const candidates = paragraphs.map((p, i) => ({ p, i })).filter(({ p, i }) => i > 0 && i < paragraphs.length - 1 && p.lead?.match && p.subparagraphs.length === 0);
      const hit = middle(candidates);
      if (!hit) return undefined;
      const next = paragraphs[hit.i + 1]!;
      return { text: replaceAt(text, hit.p.start, next.start, ''), paragraph: hit.i, where: `line ${lineOf(text, hit.p.start)} dropped` };
    },
  },
  {
    kind: 'citation',
    plant(text, paragraphs) {
      for (const [i, p] of paragraphs.entries()) {
        const m = /\b(\d{3,4})(\s?\((?:19|20)\d\d\))/.exec(text.slice(p.start, extentEnd(p)));
        if (!m) continue;
        const at = p.start + m.index;
        return { text: replaceAt(text, at, at + m[1]!.length, String(Number(m[1]) + 1)), paragraph: i, where: `line ${lineOf(text, at)}` };
      }
      return undefined;
    },
  },
  {
    kind: 'date',
    plant(text, paragraphs) {
      const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
      for (const [i, p] of paragraphs.entries()) {
        const m = /\b(\d{1,2})(?:er)?(\s(?:de\s)?)(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)(\s(?:de\s)?\d{4})/.exec(text.slice(p.start, extentEnd(p)));
        if (!m) continue;
        const k = months.indexOf(m[3]!);
        // Another month of the same language, which the paragraph does not name elsewhere.
        const other = months[k < 12 ? (k + 6) % 12 : 12 + ((k - 12 + 6) % 12)]!;
        if (text.slice(p.start, extentEnd(p)).includes(other)) continue;
        const at = p.start + m.index + m[1]!.length + (m[0].includes('er ') ? 2 : 0) + m[2]!.length;
        return { text: replaceAt(text, at, at + m[3]!.length, other), paragraph: i, where: `line ${lineOf(text, at)}` };
      }
      return undefined;
    },
  },
  {
    kind: 'subparagraphs',
    plant(text, paragraphs) {
      // The last subparagraph of a paragraph that has three or more, with nothing nested under it.
      for (const [i, p] of paragraphs.entries()) {
        const subs = p.subparagraphs;
        const last = subs[subs.length - 1];
        if (subs.length < 3 || !last || last.subparagraphs.length > 0 || !last.label || last.label.kind === 'item') continue;
        const before = subs[subs.length - 2]!;
        return { text: replaceAt(text, extentEnd(before), extentEnd(last), ''), paragraph: i, where: `line ${lineOf(text, last.start)} dropped` };
      }
      return undefined;
    },
  },
  {
    kind: 'lead-kind',
    plant(text, paragraphs) {
      // A preambular participle turned into the operative verb of the same concept ("Rappelant" → "Rappelle").
      const service2 = createResolutionService();
      const lexicon = service2.analysis(doc(text)).lexicon;
      for (const [i, p] of paragraphs.entries()) {
        const entry = p.lead?.match?.entry;
        if (p.kind !== 'preamble' || !entry || entry.kind !== 'preamble' || p.lead!.match!.wordCount !== entry.words.length) continue;
        const verb = lexicon.byConcept(entry.concept, 'operative', undefined);
        if (!verb || i === 0) continue;
        const head = p.lead!.headSpan;
        return { text: replaceAt(text, head.start, head.end, verb.text), paragraph: i, where: `line ${lineOf(text, head.start)}: ${verb.text}` };
      }
      return undefined;
    },
  },
];

describe('language versions read from the UN’s own Akoma Ntoso files', () => {
  // The same resolutions imported by the project's own reader (unres import) instead of the shared
  // Markdown: another rendering of the same texts (line breaks, emphasis, links, tables as the importer
  // writes them) must give the same findings, the sources' own discrepancies, and nothing more.
  const XML_DIR = join(CORPUS, 'xml');
  const names = existsSync(XML_DIR) ? [...new Set(readdirSync(XML_DIR).filter((f) => /-(en|fr|es)\.xml$/.test(f)).map((f) => f.replace(/-(en|fr|es)\.xml$/, '')))].sort() : [];
  const findings = (read: (name: string, lang: string) => string, name: string): string[] =>
    PAIRS.flatMap(([x, y]) => compare(read(name, x), read(name, y)).discrepancies.map((d) => `${x}/${y} ${d.kind} "${d.a.says}" / "${d.b.says}"`));

  it('imported from the XML, every triple gives what its Markdown gives', function () {
    if (names.length === 0) this.skip();
    let total = 0;
    for (const name of names) {
      const imported = findings((n, lang) => importAkn(readFileSync(join(XML_DIR, `${n}-${lang}.xml`), 'utf8')), name);
      const shared = findings((n, lang) => readFileSync(join(CORPUS, `${n}-${lang}.md`), 'utf8'), name);
      assert.deepEqual(imported, shared, name);
      total += shared.length;
    }
    assert.ok(names.length >= 16 && total > 0, `${names.length} triples, ${total} findings`);
  });
});
