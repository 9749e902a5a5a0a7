import type { CompletionList } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { citationCompletions } from './citationCompletion';
import { phraseCompletions } from './phraseCompletion';

export function computeCompletions(analysis: DocumentAnalysis, offset: number): CompletionList {
  const citations = citationCompletions(analysis, offset);
  // The citation list is cut to the best matches, so the client must ask again as the user types.
  if (citations) return { isIncomplete: true, items: citations };
  const items = phraseCompletions(analysis, offset) ?? [];
  return { isIncomplete: false, items };
}
