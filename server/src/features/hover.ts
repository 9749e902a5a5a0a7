import type { Hover } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import { amendmentHover } from './amendments';
import { citationHover } from './citationHover';
import { phraseHover } from './phraseHover';

export function computeHover(analysis: DocumentAnalysis, offset: number): Hover | null {
  return amendmentHover(analysis, offset) ?? citationHover(analysis, offset) ?? phraseHover(analysis, offset) ?? null;
}
