/**
 * Findings of the comparison of the adopted language versions that point at a real discrepancy of the
 * sources, each read in the three versions: a typing slip in one version's citation or date, a number one
 * version gives and the others do not, a paragraph one version lacks. A finding of the corpus that no entry
 * explains fails the unit test (test/unit/versions.test.ts), and so does an entry no finding matches any
 * more: the list stays the exact account of what the comparison reports on adopted texts.
 *
 * An entry names the version that differs (the "odd one out" where the third version settles it) and the
 * line of the paragraph concerned in that version; it explains every finding of that kind, in any pair,
 * whose side in that version is at that line.
 */
import type { Discrepancy } from '../../server/src/versions';

export interface VersionDiscrepancy {
  /** Resolution name in corpus-akn, without the language: 'ga-75-300'. */
  readonly resolution: string;
  readonly kind: Discrepancy['kind'];
  /** The version that differs from the others. */
  readonly version: 'en' | 'fr' | 'es';
  /** 1-based line, in that version, of the paragraph the finding is reported at. */
  readonly line: number;
  /** What the sources say, quoted, and how the other versions or the reference facts settle it. */
  readonly reason: string;
}

export const VERSION_DISCREPANCIES: readonly VersionDiscrepancy[] = [
  // number
  // date
  // missing
  // citation
  // lead-kind
  // subparagraphs
  // reference
];

/** A finding of the corpus: the pair's languages, and the 1-based line of each side. */
export interface CorpusFinding {
  readonly resolution: string;
  readonly kind: Discrepancy['kind'];
  readonly sides: readonly { readonly version: string; readonly line: number }[];
}

/** The entry that explains a finding, if any. */
export function explanationOf(f: CorpusFinding): VersionDiscrepancy | undefined {
  return VERSION_DISCREPANCIES.find((e) => e.resolution === f.resolution && e.kind === f.kind && f.sides.some((s) => s.version === e.version && s.line === e.line));
}
