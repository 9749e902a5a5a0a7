import { relative, sep } from 'node:path';
import type { ServiceSettings } from '../settings';
import { matchesAny } from './glob';
import type { ConfigSettings, FileSettings, LoadedConfig } from './types';

/** A path relative to a folder with forward slashes, as globs are written; undefined when outside it. */
function relativeTo(dir: string, path: string): string | undefined {
  const rel = relative(dir, path);
  if (rel === '' || rel.startsWith('..')) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function merge(into: ConfigSettings, next: ConfigSettings): ConfigSettings {
  return {
    ...into,
    ...next,
    ...(into.rules || next.rules ? { rules: { ...into.rules, ...next.rules } } : {}),
  };
}

/**
 * Which settings apply to a file: each layer's own settings (base first), then each of its overrides whose
 * `files` match the file, in order; later ones win, and rule levels are merged code by code. A file named
 * by any layer's `ignore` is ignored. Pure: it reads nothing.
 */
export function settingsForFile(config: LoadedConfig | undefined, path: string): FileSettings {
  if (!config) return { ignored: false };
  let settings: ConfigSettings = {};
  let ignored = false;
  let versionsDir: string | undefined;
  for (const layer of config.layers) {
    settings = merge(settings, layer.settings);
    if (layer.settings.versions !== undefined) versionsDir = layer.dir;
    const rel = relativeTo(layer.dir, path);
    if (rel === undefined) continue;
    if (matchesAny(rel, layer.ignore)) ignored = true;
    for (const override of layer.overrides) {
      if (!matchesAny(rel, override.files)) continue;
      settings = merge(settings, override.settings);
      if (override.settings.versions !== undefined) versionsDir = layer.dir;
    }
  }
  return { ...settings, ignored, configPath: config.path, ...(settings.versions !== undefined && versionsDir !== undefined ? { versionsDir } : {}) };
}

/**
 * The service settings for a file: what the configuration file says, under what the editor or the command
 * line set explicitly (a language other than "auto", each rule level given). The locale is the editor's.
 */
export function applyFileSettings(base: ServiceSettings, file: FileSettings): ServiceSettings {
  return {
    ...base,
    language: base.language !== 'auto' ? base.language : file.language ?? 'auto',
    rules: { ...file.rules, ...base.rules },
    ...(file.versions !== undefined && base.versions === undefined ? { versions: file.versions, ...(file.versionsDir ? { versionsDir: file.versionsDir } : {}) } : {}),
    ...(file.ignored ? { ignored: true } : {}),
  };
}
