import type { Hover } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { citationHover } from './citationHover';
import { phraseHover } from './phraseHover';

export function computeHover(analysis: DocumentAnalysis, offset: number): Hover | null {
  return citationHover(analysis, offset) ?? phraseHover(analysis, offset) ?? null;
}
