import type { CitationKind, CitedBody } from './types';

/**
 * The families of United Nations document symbols, as data. A symbol is a series root and components
 * separated by slashes ("FCCC/CP/2015/10/Add.1"); the family is the longest series the symbol starts with,
 * and says what the document is, whose it is, and how its components are numbered (what the rules can check:
 * a session of the Assembly, a year of issue). Series of other bodies that the Organization serves (treaty
 * conferences, treaty bodies, programmes) are listed so their symbols are read whole; their numbers are
 * never taken for Assembly or Council citations.
 */

/**
 * How a family numbers its documents:
 * - `session/number`: "A/RES/70/1", "A/RES/ES-11/1", "A/DEC/72/558": an Assembly session and a number;
 * - `year/number`: "S/PRST/2015/25", "E/RES/2019/20": a year and a number;
 * - `session`: "A/75/345", "A/S-27/2", "A/ES-10/273": documents of an Assembly session;
 * - `hrc-session/number`: "A/HRC/RES/40/25", "A/HRC/RES/S-30/1": a Human Rights Council session and a number;
 * - `dated`: the first component of four digits followed by another is the year of issue ("S/2017/939",
 *   "ST/SGB/2013/4", "JIU/REP/2019/1"); "S/25704" and "CD/1999" have none;
 * - `none`: nothing to check ("CD/1299", "NPT/CONF.2010/50", "ICCD/COP(14)/…"). The year in the symbols
 *   of councils, boards and conferences ("E/2021/3", "DP/2021/1", "CCW/MSP/2018/11") is the year of their
 *   session, and documents for a session are issued months before it: it says nothing certain about
 *   the date of issue.
 */
export type SymbolNumbering = 'session/number' | 'year/number' | 'session' | 'hrc-session/number' | 'dated' | 'none';

export interface SymbolFamily {
  /** The series the symbol starts with, in capitals, with its trailing slash. */
  readonly series: string;
  readonly kind: CitationKind;
  readonly body: CitedBody;
  readonly numbering: SymbolNumbering;
}

const DOCUMENT = 'document';

export const SYMBOL_FAMILIES: readonly SymbolFamily[] = [
  // Security Council
  { series: 'S/RES/', kind: 'resolution', body: 'security-council', numbering: 'none' },
  { series: 'S/PRST/', kind: 'presidential-statement', body: 'security-council', numbering: 'year/number' },
  { series: 'S/', kind: DOCUMENT, body: 'security-council', numbering: 'dated' },
  // General Assembly and the Human Rights Council, its subsidiary organ
  { series: 'A/RES/', kind: 'resolution', body: 'general-assembly', numbering: 'session/number' },
  { series: 'A/DEC/', kind: 'decision', body: 'general-assembly', numbering: 'session/number' },
  { series: 'A/HRC/RES/', kind: 'resolution', body: 'human-rights-council', numbering: 'hrc-session/number' },
  { series: 'A/HRC/DEC/', kind: 'decision', body: 'human-rights-council', numbering: 'hrc-session/number' },
  { series: 'A/HRC/', kind: DOCUMENT, body: 'human-rights-council', numbering: 'none' },
  { series: 'A/', kind: DOCUMENT, body: 'general-assembly', numbering: 'session' },
  // Economic and Social Council and its commissions (E/CN.6/…)
  { series: 'E/RES/', kind: 'resolution', body: 'ecosoc', numbering: 'year/number' },
  { series: 'E/DEC/', kind: 'decision', body: 'ecosoc', numbering: 'year/number' },
  { series: 'E/', kind: DOCUMENT, body: 'ecosoc', numbering: 'none' },
  // Secretariat: ST/SGB/2013/4/Amend.1, ST/AI/2019/4, ST/IC/2016/25
  { series: 'ST/', kind: DOCUMENT, body: 'unknown', numbering: 'dated' },
  // Disarmament: Conference on Disarmament (CD/1299, CD/8/Rev.9), treaty review conferences and meetings
  { series: 'CD/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'NPT/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'BWC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CCW/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'APLC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'ATT/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  // Environment and development: UNFCCC, UNEP and its Environment Assembly, UNCCD, UNCTAD, biodiversity
  { series: 'FCCC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'UNEP/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'ICCD/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'TD/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CBD/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'IPBES/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'HSP/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  // Crime and corruption conventions: CTOC/COP/2020/10, CAC/COSP/2019/17
  { series: 'CTOC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CAC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'UNODC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  // Human rights treaty bodies and their conferences of States parties: CED/C/7, CED/CSP/2016/4, CRC/C/GC/25
  { series: 'CED/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CEDAW/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CRC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CCPR/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CERD/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CAT/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CMW/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'CRPD/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'HRI/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  // Funds, programmes and other organs: executive boards, the Peacebuilding Commission, the seabed
  { series: 'DP/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'UNW/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'PBC/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'JIU/', kind: DOCUMENT, body: 'unknown', numbering: 'dated' },
  { series: 'ISBA/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'SPLOS/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'UNAIDS/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
  { series: 'ECE/', kind: DOCUMENT, body: 'unknown', numbering: 'none' },
];

/** The series roots: the capitals before the first slash of every family ("S", "A", "FCCC", …). */
export const SYMBOL_ROOTS: ReadonlySet<string> = new Set(SYMBOL_FAMILIES.map((f) => f.series.slice(0, f.series.indexOf('/'))));

/** Families by root, longest series first, so "A/HRC/RES/" is tried before "A/HRC/" and "A/". */
const BY_ROOT: ReadonlyMap<string, readonly SymbolFamily[]> = (() => {
  const map = new Map<string, SymbolFamily[]>();
  for (const f of SYMBOL_FAMILIES) {
    const root = f.series.slice(0, f.series.indexOf('/'));
    const list = map.get(root) ?? [];
    list.push(f);
    map.set(root, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.series.length - a.series.length);
  return map;
})();

/** The family of a symbol written in capitals, or undefined when its root is not a series root. */
export function familyOf(upper: string): SymbolFamily | undefined {
  const slash = upper.indexOf('/');
  const families = slash > 0 ? BY_ROOT.get(upper.slice(0, slash)) : undefined;
  return families?.find((f) => upper.startsWith(f.series));
}
