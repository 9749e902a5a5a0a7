import type { Hover } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

/** Hover on a leading phrase or secondary verb: its kind and its equivalents in the other languages. */
export function phraseHover(_analysis: DocumentAnalysis, _offset: number): Hover | undefined {
  return undefined;
}
