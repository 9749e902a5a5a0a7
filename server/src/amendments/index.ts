/**
 * Amendments: reading amendment sheets and UN amendment documents in English, French and Spanish,
 * checking them against the draft they amend, and applying them. Pure and transport-free: the caller finds
 * and reads the base draft (see `baseReference`).
 */
export { applyAmendments, type AmendmentResult, type ApplyOptions, type OperationReport, type OperationStatus } from './apply';
export { describeProblem, targetName, type AmendmentProblem } from './messages';
export { paragraphText, planAmendments, type OperationPlan } from './plan';
export { looksLikeAmendmentSheet, readAmendmentSheet, SHEET_EXTENSION, type AmendmentSheet, type Operation, type OperationKind, type Quoted, type Target } from './read';
export { AMENDMENT_WORDS, ordinalValue, ordinalWord } from './tables';
export { findBaseDocument, resolveUri, type BaseDocument, type WorkspaceTexts } from './base';
export { amendmentContext, type AmendmentContext } from './context';
