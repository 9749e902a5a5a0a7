import { normalizeWord, WORD_PATTERN } from '../lexicon';
import { defineMessages } from '../messages';
import type { Paragraph } from '../model/types';
import { wordsWithoutMarkers } from '../model/words';
import { readLead } from './lead-reading';
import type { Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'A run of the same leading phrase reads "Recalling", then "Recalling also", then "Recalling further"; the same for operative verbs.',
    fr: 'Une suite d’alinéas ouverts par la même expression se lit « Rappelant », puis « Rappelant également », puis « Rappelant en outre » ; de même pour les verbes du dispositif.',
    es: 'Una serie de párrafos con la misma expresión se lee «Recordando», luego «Recordando también», luego «Recordando además»; lo mismo para los verbos dispositivos.',
  },
  alsoFirst: {
    en: '"{phrase}" comes before any paragraph opening with "{base}": "also" follows a first "{base}".',
    fr: '« {phrase} » précède tout alinéa ouvert par « {base} » : « également » suit un premier « {base} ».',
    es: '«{phrase}» aparece antes de cualquier párrafo que empiece con «{base}»: «también» sigue a un primer «{base}».',
  },
  furtherFirst: {
    en: '"{phrase}" comes before the first paragraph opening with "{base}": "further" follows it (and its "also").',
    fr: '« {phrase} » précède le premier alinéa ouvert par « {base} » : « en outre » le suit (après son « également »).',
    es: '«{phrase}» aparece antes del primer párrafo que empieza con «{base}»: «además» lo sigue (después de su «también»).',
  },
  swap: { en: 'Swap this paragraph with the next one', fr: 'Intervertir cet alinéa et le suivant', es: 'Intercambiar este párrafo con el siguiente' },
});

/** The adverbs of a run, by degree: 1 "also", 2 "further". */
const DEGREES: ReadonlyMap<string, 1 | 2> = new Map([
  ['also', 1], ['further', 2], ['furthermore', 2],
  ['également', 1], ['en outre', 2],
  ['también', 1], ['asimismo', 1], ['además', 2],
]);
/** The first words of the two-word adverbs ("en" of "en outre"): only after one of them is a pair looked up. */
const PAIR_STARTS: ReadonlySet<string> = new Set([...DEGREES.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

interface Lead {
  /** The phrase's first word other than the adverb, and its concept: either names the run. */
  readonly keys: readonly string[];
  readonly degree: 0 | 1 | 2;
}

/**
 * Text that holds an adverb of DEGREES holds one of these, in any case: an opening without any is of degree
 * 0, and only its first word is read (most openings are: the adverbs are a few percent of them).
 */
const ADVERB_HINT = /also|further|également|outre|también|asimismo|además/i;
const MARKERS = /[*_]/g;

function readRun(ctx: RuleContext, p: Paragraph): Lead | undefined {
  const lead = p.lead;
  if (!lead) return undefined;
  // The adverb counts only inside the leading phrase ("*Encourages* further steps" is no run); the phrase's
  // words are read as printed, italics markers aside, so that a source's "S*olicita*" is "Solicita".
  const text = ctx.model.text;
  const stop = Math.min(p.end, p.bodyStart + 60);
  const opening = text.slice(p.bodyStart, stop);
  // Only the number of the phrase's words is needed, and only that many words of the opening, read by hand
  // (WORD_PATTERN only where the hand scan gives up, at a character outside the Basic Multilingual Plane);
  // an opening that cannot hold an adverb needs its first word only.
  const mayHoldAdverb = ADVERB_HINT.test(opening.includes('*') || opening.includes('_') ? opening.replace(MARKERS, '') : opening);
  const inLead = mayHoldAdverb ? (wordsWithoutMarkers(lead.text, 0, lead.text.length, false) ?? lead.text.match(WORD_PATTERN) ?? []).length : 1;
  const wanted = Math.max(1, inLead);
  const written = wordsWithoutMarkers(text, p.bodyStart, stop, true, wanted) ?? (opening.replace(MARKERS, '').match(WORD_PATTERN) ?? []).slice(0, wanted);
  const words = written.map(normalizeWord);
  let degree: 0 | 1 | 2 = 0;
  const rest: string[] = [];
  for (let i = 0; i < words.length; i++) {
    // Every paragraph's words pass here: a pair is built only after a word that can open one.
    const ofPair = PAIR_STARTS.has(words[i]!) ? DEGREES.get(`${words[i]} ${words[i + 1] ?? ''}`) : undefined;
    const d = ofPair ?? DEGREES.get(words[i]!);
    if (d !== undefined && degree === 0) {
      degree = d;
      if (ofPair !== undefined) i++;
      continue;
    }
    rest.push(words[i]!);
  }
  const first = rest[0];
  if (!first) return undefined;
  const concept = readLead(ctx.model, p)?.match.entry.concept;
  return { keys: concept ? [first, conceptKey(concept)] : [first], degree };
}

/** "=recall" for the concept "recall": made once per concept, not once per paragraph. */
const CONCEPT_KEYS = new Map<string, string>();
function conceptKey(concept: string): string {
  let key = CONCEPT_KEYS.get(concept);
  if (key === undefined) CONCEPT_KEYS.set(concept, (key = `=${concept}`));
  return key;
}

/** The phrase without its adverb, as the message names the run: read only for a paragraph reported. */
function baseOf(lead: string): string {
  return lead.replace(/\s+(also|further|furthermore|également|aussi|en outre|también|asimismo|además)\b/iu, '').replace(/^(Also|Further|Furthermore)\s+(\S)/u, (_, __, c: string) => c.toUpperCase());
}

/**
 * Runs are read per part (preamble, operative), across headings, and may start again: "also" needs an
 * earlier paragraph of the run, "further" an earlier "also". Swapping is offered when the paragraph right
 * after is the one that should come first; it is never "safe": the order of paragraphs is the drafter's.
 */
export const phraseSequence: Rule = {
  code: 'phrase-sequence',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    checkPart(ctx, ctx.model.preamble);
    checkPart(ctx, ctx.model.operative);
  },
};

function checkPart(ctx: RuleContext, paragraphs: readonly Paragraph[]): void {
  const reads = paragraphs.map((p) => readRun(ctx, p));
  // A run goes on across headings: the Council's thematic headings ("### Other tasks") do not end it.
  const seen = new Map<string, number>();
  // The last paragraph opening each run without an adverb, to tell in one look whether a run starts later.
  const lastPlain = new Map<string, number>();
  reads.forEach((r, i) => {
    if (r?.degree === 0) for (const k of r.keys) lastPlain.set(k, i);
  });
  reads.forEach((r, i) => {
    if (!r) return;
    let best = -1;
    for (const k of r.keys) best = Math.max(best, seen.get(k) ?? -1);
    // "Further decides" right after "Decides" is the Council's practice: any earlier paragraph of the run will
    // do. And the Council opens with "Further" to add to the paragraph before, whatever its verb ("4. Further
    // demands" after "3. Decides"): "further" is out of order only when its run starts later.
    if (r.degree === 1 && best < 0) report(ctx, paragraphs, reads, i, r);
    else if (r.degree === 2 && best < 0 && r.keys.some((k) => (lastPlain.get(k) ?? -1) > i)) report(ctx, paragraphs, reads, i, r);
    for (const k of r.keys) seen.set(k, Math.max(seen.get(k) ?? -1, r.degree));
  });
}

function report(ctx: RuleContext, paragraphs: readonly Paragraph[], reads: readonly (Lead | undefined)[], i: number, r: Lead): void {
  const p = paragraphs[i]!;
  const next = paragraphs[i + 1];
  const nextRead = reads[i + 1];
  const fixes = [];
  if (next && nextRead && next.section === p.section && nextRead.degree === r.degree - 1 && nextRead.keys.some((k) => r.keys.includes(k)) && !p.subparagraphs.length && !next.subparagraphs.length && !p.number && !next.number) {
    const text = ctx.model.text;
    fixes.push({
      title: ctx.t(messages.swap),
      safe: false,
      edits: [
        { start: p.start, end: p.end, newText: text.slice(next.start, next.end) },
        { start: next.start, end: next.end, newText: text.slice(p.start, p.end) },
      ],
    });
  }
  const lead = p.lead!;
  ctx.report({ start: lead.start, end: lead.end, message: ctx.t(r.degree === 1 ? messages.alsoFirst : messages.furtherFirst, { phrase: lead.text, base: baseOf(lead.text) }), fixes });
}
