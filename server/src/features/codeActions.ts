import type { CodeAction, Range } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

export const FIX_ALL_KIND = 'source.fixAll.unres';

/** Quick fixes for the findings in `range`, and "fix all" when the `only` kinds ask for it. */
export function computeCodeActions(_analysis: DocumentAnalysis, _range: Range, _only?: readonly string[]): CodeAction[] {
  return [];
}
