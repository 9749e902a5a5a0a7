import { defineMessages } from '../messages';
import type { Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'Square brackets and braces are balanced; in a final text (setting unres.final) no bracketed alternatives and no "bis" or "ter" paragraphs remain.',
    fr: 'Les crochets et les accolades sont équilibrés ; dans un texte définitif (réglage unres.final), il ne reste ni variante entre crochets ni paragraphe « bis » ou « ter ».',
    es: 'Los corchetes y las llaves están equilibrados; en un texto definitivo (ajuste unres.final) no quedan alternativas entre corchetes ni párrafos «bis» o «ter».',
  },
  unclosed: {
    en: 'This "{open}" is never closed: add "{close}" where the bracketed text ends.',
    fr: 'Ce « {open} » n’est jamais fermé : ajoutez « {close} » là où finit le texte entre crochets.',
    es: 'Este «{open}» nunca se cierra: añada «{close}» donde termine el texto entre corchetes.',
  },
  unopened: {
    en: 'This "{close}" closes nothing: remove it or add "{open}" where the bracketed text starts.',
    fr: 'Ce « {close} » ne ferme rien : supprimez-le ou ajoutez « {open} » là où commence le texte entre crochets.',
    es: 'Este «{close}» no cierra nada: suprímalo o añada «{open}» donde empiece el texto entre corchetes.',
  },
  finalBracket: {
    en: 'Bracketed text remains in a final text: agree on the wording and remove the brackets.',
    fr: 'Un texte entre crochets reste dans un texte définitif : arrêtez le libellé et supprimez les crochets.',
    es: 'Queda texto entre corchetes en un texto definitivo: acuerde la redacción y suprima los corchetes.',
  },
  finalInserted: {
    en: 'Paragraph {number} is an inserted paragraph in a final text: renumber the paragraphs.',
    fr: 'Le paragraphe {number} est un paragraphe inséré dans un texte définitif : renumérotez les paragraphes.',
    es: 'El párrafo {number} es un párrafo insertado en un texto definitivo: vuelva a numerar los párrafos.',
  },
});

const PAIRS: Readonly<Record<string, string>> = { ']': '[', '}': '{' };
const CLOSE: Readonly<Record<string, string>> = { '[': ']', '{': '}' };
/** Web addresses: a bracket in them is part of the address. */
const ADDRESS = /https?:\/\/[^\s)\]>]*/g;
const BRACKET = /[[\]{}]/;

interface Open {
  readonly char: string;
  readonly at: number;
}

/**
 * One pass with a stack. Markdown's own brackets are balanced like any other: a link "[text](…)" and a
 * footnote marker "[^1]" open and close; a bracket escaped with "\" is text. In a final text, a pair that is
 * neither a link nor a footnote is a negotiation bracket.
 */
export const brackets: Rule = {
  code: 'brackets',
  description: messages.description,
  defaultSeverity: 'error',
  check(ctx) {
    const { text } = ctx.model;
    const stack: Open[] = [];
    // Every address holds "://": most drafts have none, and that search costs a tenth of the expression's.
    const addresses = text.includes('://') ? [...text.matchAll(ADDRESS)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
    let k = 0;
    // The brackets are found by the regular expression engine, not by reading every character in a loop:
    // a draft holds few, and that loop was the rule's whole cost on a 1 MB text.
    const bracket = new RegExp(BRACKET.source, 'g');
    for (let m = bracket.exec(text); m; m = bracket.exec(text)) {
      const i = m.index;
      const c = m[0];
      while (k < addresses.length && addresses[k]!.end <= i) k++;
      if ((k < addresses.length && addresses[k]!.start <= i) || text[i - 1] === '\\') continue;
      if (c === '[' || c === '{') {
        stack.push({ char: c, at: i });
        continue;
      }
      // The closer ends the innermost opener of its kind; the others opened inside it were never closed.
      let j = stack.length - 1;
      while (j >= 0 && stack[j]!.char !== PAIRS[c]) j--;
      if (j < 0) {
        ctx.report({ start: i, end: i + 1, message: ctx.t(messages.unopened, { open: PAIRS[c]!, close: c }) });
        continue;
      }
      for (const inner of stack.splice(j + 1)) reportUnclosed(ctx, inner);
      const open = stack.pop()!;
      if (ctx.final) checkFinal(ctx, open.at, i);
    }
    for (const open of stack) reportUnclosed(ctx, open);
    if (ctx.final) {
      for (const p of ctx.model.operative) {
        if (p.number?.suffix) ctx.report({ start: p.number.start, end: p.number.end, severity: 'warning', message: ctx.t(messages.finalInserted, { number: p.number.raw.replace(/\.$/, '') }) });
      }
    }
  },
};

function reportUnclosed(ctx: RuleContext, open: Open): void {
  ctx.report({ start: open.at, end: open.at + 1, message: ctx.t(messages.unclosed, { open: open.char, close: CLOSE[open.char]! }) });
}

function checkFinal(ctx: RuleContext, open: number, close: number): void {
  const { text } = ctx.model;
  if (text[open] !== '[' || text[open + 1] === '^' || text[close + 1] === '(' || text[close + 1] === ':') return;
  // The bracketed reference of an Assembly heading ("[on the report of the Third Committee (A/75/478)]").
  if (ctx.model.heading && open >= ctx.model.heading.start && close < ctx.model.heading.end) return;
  ctx.report({ start: open, end: close + 1 > open + 200 ? open + 1 : close + 1, severity: 'warning', message: ctx.t(messages.finalBracket) });
}
