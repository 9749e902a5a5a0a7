import { targetName } from '../amendments/messages';
import { AMENDMENT_WORDS } from '../amendments/tables';
import { extentEnd } from '../amendments/plan';
import type { Language } from '../lexicon';
import { parseResolution } from '../model/parser';
import type { ResolutionModel } from '../model/types';
import { findReferences } from '../references';
import { pairUnits, type Unit } from './compare';

/**
 * Writes the amendment sheet that turns one revision into the next, in the draft's language, naming
 * paragraphs by their numbers in the old text (as amendments do): a paragraph gone is deleted, a new one
 * inserted after the paragraph it follows, a moved one deleted and inserted again, a changed one replaced.
 * Applying the sheet with `amend` gives the new text (renumbering included).
 */
export function writeAmendments(oldText: string, newText: string, baseName: string, language?: Language): string {
  const oldModel = parseResolution(oldText, language ? { language } : {});
  const lang = language ?? oldModel.language;
  const newModel = parseResolution(newText, { language: lang });
  const { oldUnits, newUnits, match, moved } = pairUnits(oldModel, newModel, true);
  const words = AMENDMENT_WORDS[lang];
  const name = (u: Unit): string => {
    const n = targetName({ part: u.part, number: u.number, labels: [], whole: false }, lang);
    return lang === 'en' && u.part === 'preamble' ? `the ${n}` : n;
  };
  // New text is written with its references in the old numbering: applying the sheet renumbers them.
  const oldNumbers = referencesInOldNumbers(newModel, newUnits, oldUnits, match);
  const whole = (u: Unit): string => oldNumbers(u.paragraph.start, extentEnd(u.paragraph)).trim();
  const ops: string[] = [];
  const kept = new Set(match.filter((i, j) => i >= 0 && !moved.has(i) && j >= 0));
  oldUnits.forEach((u, i) => {
    if (!kept.has(i)) ops.push(words.write.deleteParagraph.replace('{target}', name(u)));
  });
  newUnits.forEach((u, j) => {
    const i = match[j]!;
    if (i >= 0 && kept.has(i)) {
      const o = oldUnits[i]!;
      if (o.text !== oldNumbers(u.paragraph.bodyStart, extentEnd(u.paragraph))) ops.push(`${words.write.replaceParagraph.replace('{target}', name(o))}\n\n${whole(u)}`);
      return;
    }
    // A new (or moved) paragraph goes after the nearest kept paragraph of its part before it, else before the next one.
    const anchorBefore = lastKept(newUnits, match, kept, j, -1, u.part);
    const anchorAfter = anchorBefore === undefined ? lastKept(newUnits, match, kept, j, 1, u.part) : undefined;
    const template = anchorBefore !== undefined ? words.write.insertAfter : words.write.insertBefore;
    const anchor = oldUnits[(anchorBefore ?? anchorAfter)!];
    if (!anchor) return;
    ops.push(`${template.replace('{target}', name(anchor))}\n\n${whole(u)}`);
  });
  const heading = words.sheetHeading.replace('{base}', baseName);
  return [heading, ...ops.map((op, k) => `${k + 1}. ${op}`)].join('\n\n') + '\n';
}

/**
 * A stretch of the new text with each reference to a kept operative paragraph written with that
 * paragraph's old number ("paragraph 7 above" → "paragraph 8 above" when 8 became 7).
 */
function referencesInOldNumbers(newModel: ResolutionModel, newUnits: readonly Unit[], oldUnits: readonly Unit[], match: readonly number[]): (start: number, end: number) => string {
  const toOld = new Map<number, number>();
  newUnits.forEach((u, j) => {
    const i = match[j]!;
    if (u.part === 'operative' && i >= 0) toOld.set(u.number, oldUnits[i]!.number);
  });
  const spans = findReferences(newModel)
    .flatMap((r) => r.items)
    .flatMap((item) => (item.digits && toOld.has(item.number) ? [{ ...item.digits, old: String(toOld.get(item.number)) }] : []))
    .sort((a, b) => a.start - b.start);
  const text = newModel.text;
  return (start, end) => {
    let out = '';
    let at = start;
    for (const s of spans) {
      if (s.start < start || s.end > end) continue;
      out += text.slice(at, s.start) + s.old;
      at = s.end;
    }
    return out + text.slice(at, end);
  };
}

/** The old index of the nearest kept paragraph of `part` from new index j in direction `step`. */
function lastKept(newUnits: readonly Unit[], match: readonly number[], kept: ReadonlySet<number>, j: number, step: 1 | -1, part: Unit['part']): number | undefined {
  for (let k = j + step; k >= 0 && k < newUnits.length; k += step) {
    const i = match[k]!;
    if (newUnits[k]!.part === part && i >= 0 && kept.has(i)) return i;
  }
  return undefined;
}
