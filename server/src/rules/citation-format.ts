import { scAdoptionYear, type Citation } from '../citations';
import { defineMessages } from '../messages';
import type { Span } from '../model/types';
import { lineOf } from '../model/lines';
import type { OffsetEdit, Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'Citations follow the standard form: "resolution 2331 (2016)" with one space before the parenthesis, "S/RES/2388 (2017)" with its year, "resolution" in lower case within a sentence.',
    fr: 'Les citations suivent la forme usuelle : « résolution 2331 (2016) » avec une espace avant la parenthèse, « S/RES/2388 (2017) » avec son année, « résolution » en minuscule dans une phrase.',
    es: 'Las citas siguen la forma habitual: «resolución 2331 (2016)» con un espacio antes del paréntesis, «S/RES/2388 (2017)» con su año, «resolución» en minúscula dentro de una oración.',
  },
  spacing: {
    en: 'Write "{standard}": one space before the parenthesis and none inside it.',
    fr: 'Écrivez « {standard} » : une espace avant la parenthèse et aucune à l’intérieur.',
    es: 'Escriba «{standard}»: un espacio antes del paréntesis y ninguno dentro de él.',
  },
  partSpacing: {
    en: 'Write "{standard}": one space before the part letter.',
    fr: 'Écrivez « {standard} » : une espace avant la lettre de la partie.',
    es: 'Escriba «{standard}»: un espacio antes de la letra de la parte.',
  },
  capital: {
    en: '"{word}" takes a lower-case initial within a sentence: "{lower} {standard}".',
    fr: '« {word} » prend une minuscule à l’intérieur d’une phrase : « {lower} {standard} ».',
    es: '«{word}» se escribe con minúscula dentro de una oración: «{lower} {standard}».',
  },
  symbolYear: {
    en: 'The symbol of a Security Council resolution includes its year: {suggestion}.',
    fr: 'La cote d’une résolution du Conseil de sécurité comprend son année : {suggestion}.',
    es: 'La signatura de una resolución del Consejo de Seguridad incluye su año: {suggestion}.',
  },
  symbolCase: {
    en: 'Document symbols are written in capitals: {upper}.',
    fr: 'Les cotes des documents s’écrivent en majuscules : {upper}.',
    es: 'Las signaturas de los documentos se escriben en mayúsculas: {upper}.',
  },
  romanOnCouncil: {
    en: 'A Security Council resolution is cited with its year in parentheses, not a General Assembly session: {suggestion}.',
    fr: 'Une résolution du Conseil de sécurité se cite avec son année entre parenthèses, et non une session de l’Assemblée générale : {suggestion}.',
    es: 'Una resolución del Consejo de Seguridad se cita con su año entre paréntesis, no con un período de sesiones de la Asamblea General: {suggestion}.',
  },
  yearOnAssembly: {
    en: 'General Assembly resolutions are cited with their session, not a year: "2625 (XXV)" for the first 30 sessions (to 1975), "70/1" since.',
    fr: 'Les résolutions de l’Assemblée générale se citent avec leur session, et non une année : « 2625 (XXV) » pour les 30 premières sessions (jusqu’en 1975), « 70/1 » ensuite.',
    es: 'Las resoluciones de la Asamblea General se citan con su período de sesiones, no con un año: «2625 (XXV)» en los 30 primeros períodos (hasta 1975), «70/1» después.',
  },
  write: { en: 'Write "{text}"', fr: 'Écrire « {text} »', es: 'Escribir «{text}»' },
});

const ONE_SPACE = /^[ \u00a0\u202f]$/;
const LEADING_SPACE = /^[ \t\u00a0\u202f]+/;
const TRAILING_SPACE = /[ \t\u00a0\u202f]+$/;
/**
 * Before a sentence start: nothing, end punctuation, or a paragraph label ("1.", "(a)", "b)", "PP3"), or a
 * footnote's label followed by its number, as converted texts repeat it ("[^12]: 12 Resolution 48/134").
 */
const SENTENCE_START = /(?:^|[.!?:;]|^[ \t]*(?:\(?[a-zA-Z0-9]{1,5}[.)]|PP\d+|OP\d+|\[\^[\w-]+\]:[ \t]*\d{1,3}))$/;
/** A Markdown heading: titles capitalise their words ("### Resolution 75/282 on …"). */
const HEADING = 35; // "#"
const OPENERS = /[ \t\u00a0\u202f*_[(“"«‘']+$/;

/** The citation as a reader sees it, without Markdown escapes. */
function readable(raw: string): string {
  return raw.replace(/\\([()])/g, '$1');
}

/**
 * Form faults are warnings: the citation is still understood. Each comes with the standard form as a fix
 * that changes only the characters in fault (a space, a letter's case, the year), so it keeps the
 * Markdown around it and applying it twice changes nothing.
 */
export const citationFormat: Rule = {
  code: 'citation-format',
  description: messages.description,
  defaultSeverity: 'warning',
  check(ctx) {
    const { text } = ctx.model;
    for (const c of ctx.citations.list) {
      spacing(ctx, c, text);
      capital(ctx, c, text);
      symbolForm(ctx, c, text);
      sessionOrYear(ctx, c, text);
    }
  },
};

function slice(text: string, span: Span | undefined): string {
  return span ? text.slice(span.start, span.end) : '';
}

function spacing(ctx: RuleContext, c: Citation, text: string): void {
  const edits: OffsetEdit[] = [];
  const { partGap, gap, open, close } = c.parts;
  const partOnly = partGap !== undefined && !ONE_SPACE.test(slice(text, partGap));
  if (partOnly) edits.push({ ...partGap, newText: ' ' });
  if (gap && !ONE_SPACE.test(slice(text, gap))) edits.push({ ...gap, newText: ' ' });
  if (open) {
    const written = slice(text, open);
    const inner = TRAILING_SPACE.exec(written);
    if (inner) edits.push({ start: open.end - inner[0].length, end: open.end, newText: '' });
  }
  if (close) {
    const inner = LEADING_SPACE.exec(slice(text, close));
    if (inner) edits.push({ start: close.start, end: close.start + inner[0].length, newText: '' });
  }
  if (edits.length === 0) return;
  const standard = c.form === 'symbol' ? c.standard : readable(applyEdits(text, c, edits));
  ctx.report({
    start: c.start,
    end: c.end,
    message: ctx.t(partOnly && edits.length === 1 ? messages.partSpacing : messages.spacing, { standard }),
    fixes: [{ title: ctx.t(messages.write, { text: standard }), safe: true, edits }],
  });
}

/** The citation's text once `edits` (inside it) are applied. */
function applyEdits(text: string, c: Citation, edits: readonly OffsetEdit[]): string {
  let out = '';
  let at = c.start;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.newText;
    at = e.end;
  }
  return out + text.slice(at, c.end);
}

function capital(ctx: RuleContext, c: Citation, text: string): void {
  const keyword = c.keyword;
  if (!keyword || c.inHeading) return;
  const word = slice(text, keyword);
  const first = word.charAt(0);
  const rest = word.slice(1);
  // "Resolution" mid-sentence is a fault; "RESOLUTION" is a typographic choice (titles), left alone.
  if (first === first.toLowerCase() || rest !== rest.toLowerCase()) return;
  const lineStart = ctx.model.lineStarts[lineOf(ctx.model.lineStarts, keyword.start)]!;
  if (text.charCodeAt(lineStart) === HEADING) return;
  const before = text.slice(Math.max(lineStart, keyword.start - 200), keyword.start).replace(OPENERS, '');
  if (SENTENCE_START.test(before)) return;
  const lower = first.toLowerCase() + rest;
  ctx.report({
    ...keyword,
    message: ctx.t(messages.capital, { word, lower, standard: c.standard }),
    fixes: [{ title: ctx.t(messages.write, { text: lower }), safe: true, edits: [{ start: keyword.start, end: keyword.start + 1, newText: first.toLowerCase() }] }],
  });
}


function symbolForm(ctx: RuleContext, c: Citation, text: string): void {
  const prefix = c.parts.prefix;
  if (prefix) {
    const written = slice(text, prefix);
    if (written !== written.toUpperCase()) {
      const upper = written.toUpperCase();
      ctx.report({
        ...prefix,
        message: ctx.t(messages.symbolCase, { upper: upper + slice(text, c.parts.number) }),
        fixes: [{ title: ctx.t(messages.write, { text: upper }), safe: true, edits: [{ ...prefix, newText: upper }] }],
      });
    }
  }
  if (c.form !== 'symbol' || c.kind !== 'resolution' || c.body !== 'security-council' || c.parts.inner || c.number === undefined) return;
  const year = scAdoptionYear(c.number, ctx.citations.catalogue);
  const suggestion = year !== undefined ? `S/RES/${c.number} (${year})` : `S/RES/${c.number} (…)`;
  ctx.report({
    start: c.start,
    end: c.end,
    message: ctx.t(messages.symbolYear, { suggestion }),
    ...(year !== undefined ? { fixes: [{ title: ctx.t(messages.write, { text: suggestion }), safe: true, edits: [{ start: c.end, end: c.end, newText: ` (${year})` }] }] } : {}),
  });
}

function sessionOrYear(ctx: RuleContext, c: Citation, text: string): void {
  if (c.kind !== 'resolution' || c.number === undefined) return;
  const inner = c.parts.inner;
  if (c.body === 'security-council' && inner && !/^\d/.test(slice(text, inner))) {
    const year = scAdoptionYear(c.number, ctx.citations.catalogue);
    const suggestion = year !== undefined ? `${c.number} (${year})` : `${c.number} (…)`;
    ctx.report({
      start: c.start,
      end: c.end,
      message: ctx.t(messages.romanOnCouncil, { suggestion }),
      ...(year !== undefined ? { fixes: [{ title: ctx.t(messages.write, { text: suggestion }), safe: false, edits: [{ ...inner, newText: String(year) }] }] } : {}),
    });
  } else if (c.body === 'general-assembly' && c.form === 'number-year') {
    ctx.report({ start: c.start, end: c.end, message: ctx.t(messages.yearOnAssembly) });
  }
}
