import { defineMessages } from '../messages';
import type { Finding, Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'French texts put a no-break space before ";", ":", "?", "!" and inside « guillemets »; English and Spanish texts put none before those marks.',
    fr: 'Les textes français mettent une espace insécable avant « ; », « : », « ? », « ! » et à l’intérieur des guillemets ; les textes anglais et espagnols n’en mettent pas avant ces signes.',
    es: 'Los textos franceses ponen un espacio de no separación antes de «;», «:», «?», «!» y dentro de las comillas « »; los textos ingleses y españoles no ponen ninguno antes de esos signos.',
  },
  missing: {
    en: 'In French, a no-break space goes before "{mark}".',
    fr: 'En français, une espace insécable précède « {mark} ».',
    es: 'En francés, un espacio de no separación precede a «{mark}».',
  },
  ordinary: {
    en: 'In French, the space before "{mark}" is a no-break space, so that the mark never starts a line.',
    fr: 'En français, l’espace avant « {mark} » est insécable, pour que le signe ne commence jamais une ligne.',
    es: 'En francés, el espacio antes de «{mark}» es de no separación, para que el signo nunca empiece una línea.',
  },
  quote: {
    en: 'In French, a no-break space goes inside the guillemets: « text ».',
    fr: 'En français, une espace insécable se place à l’intérieur des guillemets : « texte ».',
    es: 'En francés, un espacio de no separación va dentro de las comillas: « texto ».',
  },
  extra: {
    en: 'No space goes before "{mark}" in English or Spanish.',
    fr: 'Aucune espace ne précède « {mark} » en anglais ni en espagnol.',
    es: 'En inglés y en español no va ningún espacio antes de «{mark}».',
  },
  useNbsp: { en: 'Use a no-break space', fr: 'Mettre une espace insécable', es: 'Poner un espacio de no separación' },
  removeSpace: { en: 'Remove the space', fr: 'Supprimer l’espace', es: 'Quitar el espacio' },
});

const NBSP = '\u00a0';
const NO_BREAK = new Set([NBSP, '\u202f']);
const MARKS = /[;:?!«»]/g;
/**
 * Where these marks are not French punctuation: web addresses and Markdown link targets, italic titles
 * (*Climate Change 2021: The Physical Science Basis*), and English titles in guillemets.
 */
const ADDRESS = /(?:https?:\/\/|www\.)[^\s)\]>]*|\]\([^)\s]*\)/g;
const ITALIC = /\*[^*\n]{1,300}\*/g;
const QUOTED = /«[^»\n]{1,300}»/g;
const ENGLISH = /\b(?:the|of|and|for|with|from|every|into)\b/i;

/**
 * One pass over the text: each mark is judged by its neighbours, italics markers aside. The fixes are
 * "safe": the space is the only thing that changes, and there is one right space.
 */
export const frenchSpacing: Rule = {
  code: 'french-spacing',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { text } = ctx.model;
    const french = ctx.model.language === 'fr';
    const bodyStart = ctx.model.organ?.start ?? 0;
    // Whether a mark is in a skipped range is asked only of a mark that would be reported: most are not.
    const skipped = new SkippedRanges(text, french);
    for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
      const at = m.index;
      if (at < bodyStart) continue;
      const finding = french ? checkFrench(ctx, text, at, m[0]) : m[0] !== '«' && m[0] !== '»' ? checkOther(ctx, text, at, m[0]) : undefined;
      if (finding && !skipped.has(at)) ctx.report(finding);
    }
    MARKS.lastIndex = 0;
  },
};

/**
 * The ranges where marks are not French punctuation (ADDRESS, ITALIC, QUOTED), read one line at a time:
 * none of the expressions matches a line break, so the ranges of a line are the ones a scan of the whole
 * text finds in it. A line's ranges are kept while marks of that line are asked about.
 */
class SkippedRanges {
  private lineStart = -1;
  private lineEnd = -1;
  private ranges: { start: number; end: number }[] = [];

  constructor(
    private readonly text: string,
    private readonly french: boolean,
  ) {}

  has(at: number): boolean {
    if (at < this.lineStart || at >= this.lineEnd) this.readLine(at);
    return this.ranges.some((r) => r.start <= at && at < r.end);
  }

  private readLine(at: number): void {
    const text = this.text;
    this.lineStart = text.lastIndexOf('\n', at - 1) + 1;
    const newline = text.indexOf('\n', at);
    this.lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(this.lineStart, this.lineEnd);
    const out: { start: number; end: number }[] = [];
    const base = this.lineStart;
    for (const m of line.matchAll(ADDRESS)) out.push({ start: base + m.index, end: base + m.index + m[0].length });
    if (this.french) {
      // Inside the span only: the guillemets themselves and the punctuation after the title are French.
      for (const m of line.matchAll(ITALIC)) out.push({ start: base + m.index + 1, end: base + m.index + m[0].length - 1 });
      for (const m of line.matchAll(QUOTED)) if (ENGLISH.test(m[0])) out.push({ start: base + m.index + 2, end: base + m.index + m[0].length - 2 });
    }
    this.ranges = out;
  }
}

/** The offset of the character before `at`, italics and bold markers skipped. */
function before(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && (text[i] === '*' || text[i] === '_')) i--;
  return i;
}

function after(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length && (text[i] === '*' || text[i] === '_')) i++;
  return i;
}

/** The finding on the mark at `at` of a French text, if it is wrongly spaced. */
function checkFrench(ctx: RuleContext, text: string, at: number, mark: string): Finding | undefined {
  if (mark === '«') {
    const i = after(text, at);
    const c = text[i] ?? '\n';
    if (NO_BREAK.has(c) || c === '\n' || c === '\r') return;
    const edit = c === ' ' ? { start: i, end: i + 1, newText: NBSP } : { start: at + 1, end: at + 1, newText: NBSP };
    return { start: at, end: at + 1, message: ctx.t(messages.quote), fixes: [{ title: ctx.t(messages.useNbsp), safe: true, edits: [edit] }] };
  }
  const i = before(text, at);
  const c = i >= 0 ? text[i]! : '\n';
  if (NO_BREAK.has(c) || c === '\n' || c === '\r') return;
  // "10:30", "[^1]:", "S/RES/2331:": no punctuation of a sentence; "?!" and "!!" are judged once.
  if (mark === ':' && (/\d/.test(c) && /\d/.test(text[at + 1] ?? '') || c === ']')) return;
  if ((mark === '?' || mark === '!' || mark === ';') && /[?!;:]/.test(c)) return;
  if (mark !== '»' && c !== ' ' && !/[\p{L}\p{N})\]»”’.]/u.test(c)) return;
  const message = mark === '»' ? messages.quote : c === ' ' ? messages.ordinary : messages.missing;
  const edit = c === ' ' ? { start: i, end: i + 1, newText: NBSP } : { start: i + 1, end: i + 1, newText: NBSP };
  return { start: at, end: at + 1, message: ctx.t(message, { mark }), fixes: [{ title: ctx.t(messages.useNbsp), safe: true, edits: [edit] }] };
}

/** The finding on the mark at `at` of an English or Spanish text, if a space comes before it. */
function checkOther(ctx: RuleContext, text: string, at: number, mark: string): Finding | undefined {
  let i = before(text, at);
  if (i < 0 || !(text[i] === ' ' || NO_BREAK.has(text[i]!))) return;
  const end = i + 1;
  while (i > 0 && (text[i - 1] === ' ' || NO_BREAK.has(text[i - 1]!))) i--;
  // A mark opening a line, or after a line break and indentation, is not after a word.
  if (i === 0 || text[i - 1] === '\n') return;
  return { start: at, end: at + 1, message: ctx.t(messages.extra, { mark }), fixes: [{ title: ctx.t(messages.removeSpace), safe: true, edits: [{ start: i, end, newText: '' }] }] };
}
