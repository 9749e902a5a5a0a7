import type { CompletionList } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { citationCompletions } from './citationCompletion';
import { phraseCompletions } from './phraseCompletion';

export function computeCompletions(analysis: DocumentAnalysis, offset: number): CompletionList {
  const items = citationCompletions(analysis, offset) ?? phraseCompletions(analysis, offset) ?? [];
  return { isIncomplete: false, items };
}
