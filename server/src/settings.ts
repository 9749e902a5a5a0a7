import type { Language } from './lexicon';
import type { Locale } from './messages';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
/**
 * The `versions` setting of the configuration file, carried through as written (a list of globs, or a map):
 * the language-versions feature reads it.
 */
export type VersionsSetting = readonly string[] | Readonly<Record<string, unknown>>;
export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];

/** The settings the language service reads. The server fills them from `workspace/configuration`. */
export interface ServiceSettings {
  /** "auto" detects the language from the organ line and the leading phrases. */
  readonly language: 'auto' | Language;
  /** Per-rule severity overrides, by rule code. */
  readonly rules: Readonly<Record<string, SeveritySetting>>;
  /** The language of messages. */
  readonly locale: Locale;
  /** `versions` from the configuration file, when one gives it. */
  readonly versions?: VersionsSetting;
  /** The folder of the configuration file that gave `versions` (its paths are relative to it). */
  readonly versionsDir?: string;
  /** The configuration file's `ignore` names this document: no rule runs on it. */
  readonly ignored?: boolean;
  /** Report `<!-- unres-disable … -->` directives that silence nothing (`--report-unused-directives`). */
  readonly reportUnusedDirectives?: boolean;
  /** unres.amendmentBase: the draft amendment sheets amend when they name none (relative to the workspace). */
  readonly amendmentBase?: string;
  /** The draft is the final text: no bracketed alternatives or "bis" paragraphs may remain (rule brackets). */
  readonly final?: boolean;
}

export const DEFAULT_SETTINGS: ServiceSettings = { language: 'auto', rules: {}, locale: 'en' };

/** Reads untrusted settings values defensively: unknown values fall back to the defaults. */
export function normalizeSettings(raw: unknown, locale: Locale = 'en'): ServiceSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language = r.language === 'en' || r.language === 'fr' || r.language === 'es' ? r.language : 'auto';
  const rules: Record<string, SeveritySetting> = {};
  if (r.rules && typeof r.rules === 'object') {
    for (const [code, value] of Object.entries(r.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) {
        rules[code] = value as SeveritySetting;
      }
    }
  }
  const amendmentBase = typeof r.amendmentBase === 'string' && r.amendmentBase.trim() !== '' ? r.amendmentBase.trim() : undefined;
  return { language, rules, locale, ...(amendmentBase ? { amendmentBase } : {}), ...(r.final === true ? { final: true } : {}) };
}
