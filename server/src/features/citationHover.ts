import type { Hover } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

/** Hover on a citation: what it is, its date and subject where the catalogue has them, and its link. */
export function citationHover(_analysis: DocumentAnalysis, _offset: number): Hover | undefined {
  return undefined;
}
