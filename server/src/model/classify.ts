import { type Lexicon, normalizeWord, type PhraseKind } from '../lexicon';
import { endingOf } from './lineText';
import type { Paragraph, ParagraphKind } from './types';

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type MutableParagraph = Mutable<Paragraph> & { subparagraphs: Paragraph[] };

/**
 * Decides which top-level paragraphs are preambular and which operative, as a reader does: negotiation
 * labels say it outright; otherwise the first numbered paragraph that opens with an operative verb (or an
 * unknown word) starts the operative part. Before it, unnumbered paragraphs belong to the preamble even
 * when they open with an operative verb ("an operative verb in the preamble"), except the ones just before
 * an operative part that starts at 2 or later: those are operative paragraphs that lost their number.
 * After it, an unnumbered paragraph with a preambular phrase is preambular text out of place. Without any
 * numbered paragraph (an early draft), the leading phrases decide.
 */
export function classifyParagraphs(paragraphs: MutableParagraph[], text: string, lexicon: Lexicon): void {
  // An italic lead no list holds is read by its form ("*Appoints*", "*Resuelve*"): the italics say it is a
  // leading phrase, and its form says of which part. Without italics only a listed phrase decides.
  const leadKind = (p: Paragraph): PhraseKind | undefined => {
    const lead = p.lead;
    if (!lead || lead.match) return lead?.match?.entry.kind;
    if (!lead.italic) return undefined;
    const words = lead.wordSpans.map((s) => normalizeWord(text.slice(s.start, s.end)));
    return lexicon.match(words, undefined, { forms: true })?.entry.kind;
  };
  const isOperativeStart = (p: Paragraph): boolean =>
    p.negotiationLabel?.kind === 'OP' || (p.number !== undefined && !p.negotiationLabel && leadKind(p) !== 'preamble');
  const first = paragraphs.findIndex(isOperativeStart);
  if (first === -1) {
    let operativeStarted = false;
    for (const p of paragraphs) {
      const kind = p.negotiationLabel ? negotiationKind(p) : (leadKind(p) ?? (operativeStarted ? 'operative' : 'preamble'));
      if (kind === 'operative') operativeStarted = true;
      p.kind = kind;
    }
    return;
  }
  // Unnumbered operative-verb paragraphs right before "2." (or later) are the missing first paragraphs.
  const missingBefore = Math.max(0, (paragraphs[first]!.number?.value ?? 1) - 1);
  let missingFrom = first;
  while (
    missingFrom > 0 &&
    first - missingFrom < missingBefore &&
    !paragraphs[missingFrom - 1]!.number &&
    !paragraphs[missingFrom - 1]!.negotiationLabel &&
    leadKind(paragraphs[missingFrom - 1]!) === 'operative'
  ) {
    missingFrom--;
  }
  // "*Resolves* that:" / "*Adopts* the following declaration:" introducing numbered text that opens with
  // no leading phrase: the introducing paragraph is the (unnumbered) operative part's first.
  const introducer = paragraphs[first - 1];
  if (
    missingFrom === first &&
    introducer &&
    !introducer.number &&
    !introducer.negotiationLabel &&
    leadKind(introducer) === 'operative' &&
    !paragraphs[first]!.lead?.match &&
    endingOf(text, introducer.bodyStart, introducer.blocks[0]!.end).char === ':'
  ) {
    missingFrom = first - 1;
  }
  paragraphs.forEach((p, index) => {
    if (p.negotiationLabel) p.kind = negotiationKind(p);
    else if (index < missingFrom) p.kind = 'preamble';
    else if (index < first || p.number) p.kind = 'operative';
    else p.kind = leadKind(p) === 'preamble' ? 'preamble' : 'operative';
  });
}

/**
 * Omnibus resolutions (the budget ones) are made of parts, each with a preamble of its own and operative
 * paragraphs numbered from 1; most parts open with a heading, and the section count already separates
 * them. A part without a heading shows itself by a new preamble followed by a paragraph 1: from that
 * preamble on, the paragraphs are counted in a section of their own.
 */
export function splitParts(paragraphs: MutableParagraph[]): void {
  let operativeSeen = false;
  let preambleFrom = -1;
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index]!;
    if (p.kind === 'preamble') {
      if (operativeSeen && preambleFrom === -1) preambleFrom = index;
      continue;
    }
    if (p.kind !== 'operative') continue;
    const sameSection = preambleFrom > 0 && paragraphs[preambleFrom]!.section === paragraphs[preambleFrom - 1]!.section;
    if (sameSection && p.number?.value === 1) {
      for (let k = preambleFrom; k < paragraphs.length; k++) paragraphs[k]!.section += 1;
    }
    operativeSeen = true;
    preambleFrom = -1;
  }
}

function negotiationKind(p: Paragraph): ParagraphKind {
  return p.negotiationLabel?.kind === 'PP' ? 'preamble' : 'operative';
}
