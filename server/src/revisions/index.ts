/**
 * Revisions: comparing two versions of a draft paragraph by paragraph (moved and renumbered paragraphs
 * recognised as such), and writing the amendment sheet that turns one into the other. Pure; uses the
 * `diff` library for the word-level comparison inside matched paragraphs.
 */
export { compareModels, compareRevisions, type ChangeKind, type Comparison, type ParagraphChange, type ParagraphSide, type WordChange } from './compare';
export { writeAmendments } from './amendments';
export { comparisonHtml, comparisonText, summary } from './format';
