import type { DocumentAnalysis } from '../analysis';

/** Semantic token types the server emits; the client maps each to TextMate scopes (package.json). */
export const TOKEN_TYPES = ['operativeVerb', 'preambularPhrase', 'secondaryVerb', 'paragraphNumber', 'subparagraphLabel'] as const;
export const TOKEN_MODIFIERS = ['italic'] as const;

/** LSP semantic tokens data (relative encoding) for the document's leading phrases and labels. */
export function computeSemanticTokens(_analysis: DocumentAnalysis): number[] {
  return [];
}
