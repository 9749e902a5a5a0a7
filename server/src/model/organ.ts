import type { Gender, Language } from '../lexicon';
import type { Body } from './types';

/** Organ lines in the three languages: the subject of every paragraph that follows. */
interface OrganForm {
  readonly pattern: RegExp;
  readonly body: Body;
  readonly language: Language;
  readonly gender: Gender;
}

/** The forms, for the test that checks the gate below reads their first letters. */
export const ORGAN_FORMS: readonly OrganForm[] = [
  { pattern: /^the security council$/i, body: 'security-council', language: 'en', gender: 'm' },
  { pattern: /^the general assembly$/i, body: 'general-assembly', language: 'en', gender: 'f' },
  { pattern: /^the economic and social council$/i, body: 'ecosoc', language: 'en', gender: 'm' },
  { pattern: /^the human rights council$/i, body: 'human-rights-council', language: 'en', gender: 'm' },
  { pattern: /^le conseil de s[ée]curit[ée]$/i, body: 'security-council', language: 'fr', gender: 'm' },
  { pattern: /^l['’]\s?assembl[ée]e g[ée]n[ée]rale$/i, body: 'general-assembly', language: 'fr', gender: 'f' },
  { pattern: /^le conseil [ée]conomique et social$/i, body: 'ecosoc', language: 'fr', gender: 'm' },
  { pattern: /^le conseil des droits de l['’]homme$/i, body: 'human-rights-council', language: 'fr', gender: 'm' },
  { pattern: /^el consejo de seguridad$/i, body: 'security-council', language: 'es', gender: 'm' },
  { pattern: /^la asamblea general$/i, body: 'general-assembly', language: 'es', gender: 'f' },
  { pattern: /^el consejo econ[óo]mico y social$/i, body: 'ecosoc', language: 'es', gender: 'm' },
  { pattern: /^el consejo de derechos humanos$/i, body: 'human-rights-council', language: 'es', gender: 'm' },
];

/** A byte order mark may open the first line of a file read from disk (the CLI); editors strip it. */
export const ORGAN_LINE = /^[\ufeff \t]*(#{1,6}[ \t]+)?([*_]{0,3})[ \t]*(.*?)[ \t]*(,?)[ \t]*([*_]{0,3})[ \t]*(,?)[ \t]*$/;
const SPACES = /\s+/g;

/**
 * The first letter of every organ form, in lower case ("the", "le", "l'", "el", "la": t, l, e), read from the
 * forms themselves, which open with an ASCII letter (a test checks it).
 */
const FIRST_LETTERS: ReadonlySet<number> = new Set(ORGAN_FORMS.map((f) => f.pattern.source.charCodeAt(1) | 0x20));

/**
 * Whether the words of a line open as an organ form does: the first character of ORGAN_LINE's third group,
 * after the mark, a heading's #s, markers and spaces, is one of FIRST_LETTERS. The lines before the organ
 * line (and all the short lines of a text without one) are ruled out without the expression, whose lazy
 * group tries every length of the line.
 */
export function opensLikeOrgan(line: string): boolean {
  let i = 0;
  while (line.charCodeAt(i) === 0xfeff || isSpaceOrTab(line.charCodeAt(i))) i++;
  let hashes = i;
  while (line.charCodeAt(hashes) === 35 && hashes - i < 6) hashes++;
  if (hashes > i && isSpaceOrTab(line.charCodeAt(hashes))) {
    i = hashes;
    while (isSpaceOrTab(line.charCodeAt(i))) i++;
  }
  for (let k = 0; k < 3 && (line.charCodeAt(i) === 42 || line.charCodeAt(i) === 95); k++) i++;
  while (isSpaceOrTab(line.charCodeAt(i))) i++;
  const c = line.charCodeAt(i);
  return FIRST_LETTERS.has(c >= 65 && c <= 90 ? c | 0x20 : c);
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

export interface OrganMatch {
  readonly body: Body;
  readonly language: Language;
  readonly gender: Gender;
  /** Offsets relative to the line: the organ words, and the trailing comma if any. */
  readonly textStart: number;
  readonly textEnd: number;
  readonly commaOffset: number | undefined;
  readonly italic: boolean;
  readonly text: string;
}

/**
 * Recognises an organ line such as "Le Conseil de sécurité,", "*The General Assembly,*" or
 * "_La Asamblea General_," (the comma may sit inside or outside the italics, or be missing).
 */
export function matchOrganLine(line: string): OrganMatch | undefined {
  if (line.length > 90 || !opensLikeOrgan(line)) return undefined;
  const m = ORGAN_LINE.exec(line);
  if (!m) return undefined;
  const words = m[3]!.replace(SPACES, ' ');
  const form = ORGAN_FORMS.find((f) => f.pattern.test(words));
  if (!form) return undefined;
  const textStart = line.indexOf(m[3]!, (m[1] ?? '').length);
  const textEnd = textStart + m[3]!.length;
  let commaOffset: number | undefined;
  if (m[4]) commaOffset = line.indexOf(',', textEnd);
  else if (m[6]) commaOffset = line.lastIndexOf(',');
  return {
    body: form.body,
    language: form.language,
    gender: form.gender,
    textStart,
    textEnd,
    commaOffset,
    italic: (m[2] ?? '').length % 2 === 1 || (m[5] ?? '').length % 2 === 1,
    text: m[3]!,
  };
}
