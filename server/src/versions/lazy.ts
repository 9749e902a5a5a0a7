import { lazyBundle } from '../lazyBundle';
import type * as Versions from './index';

/**
 * The language versions as the language server reaches them: pairing (which files are versions of one
 * another) is here, since every document is asked; the comparison and its messages are loaded from
 * dist/versions.js the first time a document has a counterpart. Import from this file, not from index.ts,
 * anywhere the server bundle reaches.
 */

export { counterpartsFromFolder, counterpartsOf, globPattern, nameLanguage, NO_VERSIONS_SETTING, readVersionsSetting, versionsComment, type VersionsSetting } from './pairing';
export type { Comparison, Counterpart, Discrepancy } from './index';

type VersionsModule = typeof Versions;
const load = lazyBundle<VersionsModule>('versions');

export const compareVersions: VersionsModule['compareVersions'] = (...args) => load().compareVersions(...args);
export const versionDiagnostics: VersionsModule['versionDiagnostics'] = (...args) => load().versionDiagnostics(...args);
export const counterpartParagraph: VersionsModule['counterpartParagraph'] = (...args) => load().counterpartParagraph(...args);
export const languageName: VersionsModule['languageName'] = (...args) => load().languageName(...args);
export const paragraphName: VersionsModule['paragraphName'] = (...args) => load().paragraphName(...args);
export const discrepancyMessage: VersionsModule['discrepancyMessage'] = (...args) => load().discrepancyMessage(...args);
