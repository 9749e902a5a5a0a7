export { findReferences, type ParagraphReference, type ReferenceItem, type ReferencedLabel } from './recognizer';
export { OperativeIndex, operativeValue, resolveItem, type TargetResolution } from './targets';
export { referenceWords, type ReferenceScope } from './words';
