import type { DocumentLink } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

/** Links from every citation and document symbol to the official document. */
export function computeDocumentLinks(_analysis: DocumentAnalysis): DocumentLink[] {
  return [];
}
