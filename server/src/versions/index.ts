export { type AlignedPair, align } from './align';
export { type Comparison, compareFacts, compareVersions, type Discrepancy, type DiscrepancyKind, type DiscrepancySide, type PartCounts } from './compare';
export { type ParagraphFacts, type VersionFacts, versionFacts } from './facts';
