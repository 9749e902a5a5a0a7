export { type AlignedPair, align } from './align';
export { type Comparison, compareFacts, compareVersions, type Discrepancy, type DiscrepancyKind, type DiscrepancySide, type PartCounts } from './compare';
export { type Counterpart, counterpartParagraph, versionDiagnostics } from './diagnostics';
export { type ParagraphFacts, type VersionFacts, versionFacts } from './facts';
export { discrepancyMessage, languageName, paragraphName } from './messages';
export { counterpartsFromFolder, counterpartsOf, globPattern, nameLanguage, NO_VERSIONS_SETTING, readVersionsSetting, versionsComment, type VersionsSetting } from './pairing';
