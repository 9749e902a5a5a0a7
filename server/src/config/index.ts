/**
 * The configuration file (`.unres.json`, or `unres` in package.json): found upward from a draft, read through
 * a reader the caller supplies (so this module stays pure), resolved into the settings for one file.
 */
export { CONFIG_FILE, ConfigStore, type ConfigStoreOptions } from './load';
export { applyFileSettings, settingsForFile } from './resolve';
export { globToRegExp, isGlob, matchesAny } from './glob';
export { initialConfigText } from './init';
export { configSchema, packageJsonSchema } from './schema';
export { describeConfigProblem } from './describe';
export type { ConfigProblem, ConfigReader, FileSettings, LoadedConfig, ParsedConfig } from './types';
