import type { TextEdit } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

export interface RenumberResult {
  /** Minimal edits: only the numbers, labels and references that change. */
  readonly edits: TextEdit[];
  /** References that could not be updated (ambiguous or missing target), for the user to review. */
  readonly problems: { readonly range: TextEdit['range']; readonly message: string }[];
}

/** Numbers operative paragraphs 1..N in order and rewrites the document's references to them. */
export function renumber(_analysis: DocumentAnalysis): RenumberResult {
  return { edits: [], problems: [] };
}
