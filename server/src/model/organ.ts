import type { Gender, Language } from '../lexicon';
import type { Body } from './types';

/** Organ lines in the three languages: the subject of every paragraph that follows. */
interface OrganForm {
  readonly pattern: RegExp;
  readonly body: Body;
  readonly language: Language;
  readonly gender: Gender;
}

const FORMS: readonly OrganForm[] = [
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
  if (line.length > 90) return undefined;
  // A byte order mark may open the first line of a file read from disk (the CLI); editors strip it.
  const m = /^[\ufeff \t]*(#{1,6}[ \t]+)?([*_]{0,3})[ \t]*(.*?)[ \t]*(,?)[ \t]*([*_]{0,3})[ \t]*(,?)[ \t]*$/.exec(line);
  if (!m) return undefined;
  const words = m[3]!.replace(/\s+/g, ' ');
  const form = FORMS.find((f) => f.pattern.test(words));
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
