import type { FoldingRange } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

/** Folding ranges: heading, preamble, operative part, each multi-line paragraph. */
export function computeFoldingRanges(_analysis: DocumentAnalysis): FoldingRange[] {
  return [];
}
