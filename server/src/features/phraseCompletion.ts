import type { CompletionItem } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

/** Leading phrases at the start of a paragraph, in the document's language and the organ's gender. */
export function phraseCompletions(_analysis: DocumentAnalysis, _offset: number): CompletionItem[] | undefined {
  return undefined;
}
