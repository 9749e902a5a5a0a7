import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The gold files beside the shared real texts: what the UN's own Akoma Ntoso markup says each Markdown file
 * holds (../shared/corpus-akn, see its README), and the counts a reader made of the raw PDF texts
 * (../shared/corpus-pdf/expected.json).
 */
export interface GoldSubparagraph {
  readonly line: number;
  readonly label: string;
  readonly subparagraphs?: readonly GoldSubparagraph[];
}

export interface GoldOperative {
  readonly line: number;
  /** null for an unnumbered operative paragraph. */
  readonly number: string | null;
  /** null when the paragraph opens with no italic phrase. */
  readonly lead: string | null;
  readonly lead_not_italic?: boolean;
  readonly subparagraphs: readonly GoldSubparagraph[];
}

export interface GoldCitation {
  /** 1-based line; col/endCol are 0-based UTF-16 columns. */
  readonly line: number;
  readonly col: number;
  readonly endCol: number;
  readonly text: string;
  readonly href: string;
  readonly kind: 'sc-res' | 'ga-res' | 'prst' | 'symbol' | 'url';
  readonly where: 'body' | 'footnote' | 'heading' | 'annex' | 'closing';
}

export interface AknGold {
  readonly file: string;
  readonly organ: 'sc' | 'ga';
  readonly lang: 'en' | 'fr' | 'es';
  readonly symbol: string;
  readonly organ_line: number;
  readonly preamble: readonly { line: number; lead: string | null; name: string }[];
  readonly operative: readonly GoldOperative[];
  readonly citations: readonly GoldCitation[];
  readonly flags: readonly string[];
  readonly closing_lines: readonly number[];
  readonly annex_line: number | null;
}

export interface PdfExpected {
  readonly symbol: string;
  readonly kind: 'draft' | 'amendment' | 'adopted';
  readonly lang: 'en' | 'fr' | 'es';
  readonly preamble: number | null;
  readonly operative: number | null;
  /** Operative paragraph number → count of its top-level lettered subparagraphs. */
  readonly subparagraphs: Readonly<Record<string, number>> | null;
}

export interface GoldText<G> {
  readonly name: string;
  readonly path: string;
  readonly gold: G;
}

export function aknTexts(dir: string): GoldText<AknGold>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as AknGold;
      return { name: gold.file, path: join(dir, gold.file), gold };
    });
}

export function pdfTexts(dir: string): GoldText<PdfExpected>[] {
  const index = join(dir, 'expected.json');
  if (!existsSync(index)) return [];
  const expected = JSON.parse(readFileSync(index, 'utf8')) as Record<string, PdfExpected>;
  return Object.entries(expected)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, gold]) => ({ name, path: join(dir, name), gold }));
}
