import type { CompletionItem } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';

/** Resolutions from the catalogue after "resolution " / "résolution " / "resolución ". */
export function citationCompletions(_analysis: DocumentAnalysis, _offset: number): CompletionItem[] | undefined {
  return undefined;
}
