import { GA_LAST_ROMAN_SESSION, lastKnownSession, type SessionKind } from './gaSessions';
import type { CitationForm, CitationKind, CitedBody } from './types';

/**
 * The organs whose resolutions and decisions a text cites, as data: their names in the three languages,
 * how each one numbers its texts, and the symbol of a numbered text. The recogniser reads a number's form
 * ("2331 (2016)", "70/1", "2019/20", "S-26/2") and the organ the sentence names, and these tables say which
 * organ can have adopted a text numbered that way and what its symbol is.
 */

/** The organs the tables describe: the ones with their own numbering of resolutions. */
export type Organ = Exclude<CitedBody, 'unknown'>;

export interface OrganNames {
  readonly organ: Organ;
  /** The full names, as written in English, French and Spanish (accents and apostrophes are matched loosely). */
  readonly names: readonly string[];
}

/**
 * Full names, and the abbreviations drafts use ("UNSC resolution 2250 (2015)", "ECOSOC resolution 2019/20").
 * Longer names of other bodies that hold one of them are listed in OTHER_BODY_NAMES.
 */
export const ORGAN_NAMES: readonly OrganNames[] = [
  { organ: 'security-council', names: ['Security Council', 'Conseil de sécurité', 'Consejo de Seguridad', 'UNSC', 'SC'] },
  { organ: 'general-assembly', names: ['General Assembly', 'Assemblée générale', 'Asamblea General', 'UNGA', 'GA'] },
  { organ: 'human-rights-council', names: ['Human Rights Council', 'Conseil des droits de l’homme', 'Consejo de Derechos Humanos', 'HRC'] },
  { organ: 'ecosoc', names: ['Economic and Social Council', 'Conseil économique et social', 'Consejo Económico y Social', 'ECOSOC'] },
];

/**
 * Words before "resolution" that name the Organization itself, not another body: "the UN resolution 70/1",
 * "une résolution de l’ONU".
 */
export const ORGANIZATION_WORDS: readonly string[] = ['UN', 'ONU', 'Nations', 'Unies', 'Unidas'];

/**
 * Names of other bodies that contain one of ours ("the African Union Peace and Security Council"): read
 * first, so that the longer name wins.
 */
export const OTHER_BODY_NAMES: readonly string[] = ['Peace and Security Council'];

/**
 * "The Council", "l’Assemblée", "el Consejo": a short name means the organ the form of the number allows
 * ("the Council in its resolution 2334 (2016)" is the Security Council, "Council resolution 5/1" the Human
 * Rights Council). A short name followed by "of", "de" or a capitalised word is another body's
 * ("the Council of Europe", "el Consejo de Administración"); one after a capitalised word too ("the
 * Governing Council", "the World Health Assembly").
 */
export const SHORT_NAMES: readonly { readonly words: readonly string[]; readonly organs: readonly Organ[] }[] = [
  { words: ['Council', 'Conseil', 'Consejo'], organs: ['security-council', 'human-rights-council', 'ecosoc'] },
  { words: ['Assembly', 'Assemblée', 'Asamblea'], organs: ['general-assembly'] },
];

/** Words after a short name that make it part of another body's name. */
export const SHORT_NAME_QUALIFIERS: readonly string[] = ['of', 'for', 'on', 'de', 'des', 'du', 'del', 'd’', 'pour', 'para', 'sobre'];

/**
 * Capitalised words that name another body: "the Conference of the Parties, in its decision 14/4", "la
 * Comisión del Atún para el Océano Índico, resoluciones 12/07 y 13/07". A number they own is not ours.
 */
export const OTHER_BODY_WORDS: readonly string[] = [
  'Conference', 'Conférence', 'Conferencia',
  'Commission', 'Comisión',
  'Committee', 'Comité',
  'Board', 'Junta',
  'Congress', 'Congrès', 'Congreso',
  'Meeting', 'Réunion', 'Reunión',
  'Council', 'Conseil', 'Consejo',
  'Assembly', 'Assemblée', 'Asamblea',
];

/** Limits on a number of one form, for one organ and kind of text. */
interface Numbering {
  readonly form: CitationForm;
  /** Regular sessions, or (for special sessions) the kinds of session the organ holds. */
  readonly sessions?: { readonly min: number; readonly max: number };
  readonly special?: readonly SessionKind[];
  readonly numbers?: { readonly min: number; readonly max: number };
  readonly years?: { readonly min: number; readonly max: number };
  /** The symbol of the text with this number. */
  readonly symbol?: (f: NumberFacts) => string;
}

/** The last regular session of the Human Rights Council the facts cover (the 60th, September 2025). */
export const HRC_LAST_KNOWN_SESSION = 60;
/** The last special session of the Human Rights Council the facts cover (S-38, 2025). */
export const HRC_LAST_SPECIAL_SESSION = 38;

const ANY = { min: 1, max: 9999 };
/** Regular sessions of the Human Rights Council, with room for two years past the facts. */
const HRC_SESSIONS = { min: 1, max: HRC_LAST_KNOWN_SESSION + 6 };
/** The Economic and Social Council has numbered its resolutions and decisions by year since 1978. */
const ECOSOC_YEARS = { min: 1978, max: 2099 };

/**
 * How each organ numbers its resolutions and decisions. The Council numbers its resolutions alone, with the
 * year of adoption; the Assembly by session (in Roman numerals until the 30th); the Human Rights Council by
 * session since 2006, its decisions from 101 on; the Economic and Social Council by year since 1978, by
 * Roman session before. Assembly decisions are numbered from 401 (elections) and 501 on.
 */
const NUMBERING: Readonly<Record<Organ, Readonly<Partial<Record<'resolution' | 'decision', readonly Numbering[]>>>>> = {
  'security-council': {
    resolution: [
      { form: 'number-year', numbers: ANY, symbol: (f) => `S/RES/${f.number}(${f.year})` },
      { form: 'number', numbers: ANY },
    ],
  },
  'general-assembly': {
    resolution: [
      { form: 'session-number', sessions: { min: GA_LAST_ROMAN_SESSION + 1, max: 999 }, numbers: ANY, symbol: (f) => `A/RES/${f.session}/${f.number}` },
      { form: 'session-number', special: ['special', 'emergency'], numbers: ANY, symbol: (f) => `A/RES/${special(f)}/${f.number}` },
      { form: 'number-session', sessions: { min: 1, max: GA_LAST_ROMAN_SESSION }, numbers: ANY, symbol: (f) => `A/RES/${f.number}(${f.roman})` },
      { form: 'number-session', special: ['special', 'emergency'], numbers: ANY, symbol: (f) => `A/RES/${f.number}(${f.roman})` },
    ],
    decision: [
      { form: 'session-number', sessions: { min: GA_LAST_ROMAN_SESSION + 1, max: 999 }, numbers: { min: 401, max: 999 }, symbol: (f) => `A/DEC/${f.session}/${f.number}` },
      { form: 'session-number', special: ['special', 'emergency'], numbers: { min: 11, max: 999 }, symbol: (f) => `A/DEC/${special(f)}/${f.number}` },
    ],
  },
  'human-rights-council': {
    resolution: [
      { form: 'session-number', sessions: HRC_SESSIONS, numbers: { min: 1, max: 99 }, symbol: (f) => `A/HRC/RES/${f.session}/${f.number}` },
      { form: 'session-number', special: ['special'], numbers: { min: 1, max: 99 }, symbol: (f) => `A/HRC/RES/${special(f)}/${f.number}` },
    ],
    decision: [
      { form: 'session-number', sessions: HRC_SESSIONS, numbers: { min: 101, max: 199 }, symbol: (f) => `A/HRC/DEC/${f.session}/${f.number}` },
    ],
  },
  ecosoc: {
    resolution: [
      { form: 'year-number', years: ECOSOC_YEARS, numbers: ANY, symbol: (f) => `E/RES/${f.year}/${f.number}` },
      { form: 'number-session', sessions: { min: 1, max: 99 }, numbers: ANY, symbol: (f) => `E/RES/${f.number}(${f.roman})` },
    ],
    decision: [{ form: 'year-number', years: ECOSOC_YEARS, numbers: ANY, symbol: (f) => `E/DEC/${f.year}/${f.number}` }],
  },
};

/** What a number says about itself, for the tables above. */
export interface NumberFacts {
  readonly form: CitationForm;
  readonly kind: CitationKind;
  readonly number: number;
  /** The session written with the number: 70 in "70/1", 25 in "2625 (XXV)", 26 in "S-26/2". */
  readonly session?: number;
  readonly sessionKind?: SessionKind;
  readonly year?: number;
  /** The session as written in parentheses ("XXV", "S-IV"), for the symbol. */
  readonly roman?: string;
}

/**
 * The last question numberingOf answered: the recogniser asks whether an organ numbers a text so, then for
 * the symbol of the same text, with the same facts.
 */
let lastOrgan: Organ | undefined;
let lastFacts: NumberFacts | undefined;
let lastRow: Numbering | undefined;

function numberingOf(organ: Organ, facts: NumberFacts): Numbering | undefined {
  if (organ !== lastOrgan || facts !== lastFacts) {
    lastRow = findNumbering(organ, facts);
    lastOrgan = organ;
    lastFacts = facts;
  }
  return lastRow;
}

function findNumbering(organ: Organ, facts: NumberFacts): Numbering | undefined {
  if (facts.kind !== 'resolution' && facts.kind !== 'decision') return undefined;
  const rows = NUMBERING[organ][facts.kind];
  if (!rows) return undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.form !== facts.form) continue;
    if (row.numbers && (facts.number < row.numbers.min || facts.number > row.numbers.max)) continue;
    if (row.years && (facts.year === undefined || facts.year < row.years.min || facts.year > row.years.max)) continue;
    const kind = facts.sessionKind ?? 'regular';
    if (kind === 'regular') {
      if (row.special) continue;
      if (row.sessions && (facts.session === undefined || facts.session < row.sessions.min || facts.session > row.sessions.max)) continue;
    } else if (!row.special?.includes(kind) || !specialSessionKnown(organ, kind, facts.session)) {
      continue;
    }
    return row;
  }
  return undefined;
}

/** Whether an organ held the special session: numbers past the facts are allowed, not made-up ones. */
function specialSessionKnown(organ: Organ, kind: SessionKind, session: number | undefined): boolean {
  if (session === undefined) return false;
  const last = organ === 'human-rights-council' ? HRC_LAST_SPECIAL_SESSION : lastKnownSession(kind);
  return session >= 1 && session <= last + 10;
}

/** Whether the organ can have adopted a text numbered this way. */
export function organNumbers(organ: Organ, facts: NumberFacts): boolean {
  return numberingOf(organ, facts) !== undefined;
}

/** The symbol of the organ's text with this number, or undefined when its numbering has none. */
export function organSymbol(organ: Organ, facts: NumberFacts): string | undefined {
  return numberingOf(organ, facts)?.symbol?.(facts);
}

/** A special session as symbols write it: "S-26", "ES-11". */
function special(f: NumberFacts): string {
  return `${f.sessionKind === 'emergency' ? 'ES' : 'S'}-${f.session}`;
}
