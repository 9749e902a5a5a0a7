// fs.promises, not node:fs/promises: Node loads it on first use, so that the command line, which reads a
// catalogue synchronously, never loads it (about 4 ms of its start).
import { promises as files, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defineMessages, format, type Locale } from '../messages';
import { parseRoman } from './gaSessions';

/**
 * An external citation catalogue: a TSV file of number, adoption date and subject, one resolution a line
 * (the shape of the public Security Council lists). It gives hovers a date and a subject, lets completion
 * offer resolutions, and extends the built-in number→year facts past their last resolution. Rows may also
 * name General Assembly resolutions ("70/1", "2625(XXV)", "ES-11/1") or presidential statements
 * ("S/PRST/2015/25"). It is read once, when the setting or the flag names it, never on a keystroke.
 */
export type CatalogueBody = 'security-council' | 'general-assembly' | 'presidential-statement';

export interface CatalogueEntry {
  /** Lookup key shared with citations: "sc:2331", "ga:70/1", "ga:2625", "ga:ES-11/1", "prst:2015/25". */
  readonly key: string;
  readonly body: CatalogueBody;
  /** The standard citation: "2331 (2016)", "70/1", "2625 (XXV)", "S/PRST/2015/25". */
  readonly label: string;
  /** Security Council number, for coverage and completion. */
  readonly number?: number;
  /** Adoption date, YYYY-MM-DD. */
  readonly date: string;
  readonly title: string;
}

export interface Catalogue {
  /** The file name, for messages. */
  readonly name: string;
  readonly byKey: ReadonlyMap<string, CatalogueEntry>;
  /** Every entry, most recent first (the order completion offers them in). */
  readonly entries: readonly CatalogueEntry[];
  /** The Security Council resolution with the highest number, when the catalogue has any. */
  readonly scLast?: CatalogueEntry;
}

export interface CatalogueProblem {
  readonly kind: 'unreadable' | 'empty' | 'partial';
  readonly file: string;
  readonly reason?: string;
  /** For `partial`: how many lines were skipped, the first of them, and how many entries were kept. */
  readonly skipped?: number;
  readonly firstLine?: number;
  readonly kept?: number;
}

export interface CatalogueLoad {
  /** Undefined when nothing usable was read: the built-in facts still apply. */
  readonly catalogue?: Catalogue;
  /** What to tell the user, once. */
  readonly problem?: CatalogueProblem;
}

const messages = defineMessages({
  unreadable: {
    en: 'The citation catalogue "{file}" could not be read ({reason}). Citations are still checked with the built-in facts.',
    fr: 'Le catalogue de citations « {file} » n’a pas pu être lu ({reason}). Les citations restent vérifiées avec les données intégrées.',
    es: 'No se pudo leer el catálogo de citas «{file}» ({reason}). Las citas se siguen verificando con los datos integrados.',
  },
  empty: {
    en: 'The citation catalogue "{file}" has no usable line: each line should give a number, a date (YYYY-MM-DD) and a subject, separated by tabs. Citations are still checked with the built-in facts.',
    fr: 'Le catalogue de citations « {file} » n’a aucune ligne utilisable : chaque ligne doit donner un numéro, une date (AAAA-MM-JJ) et un sujet, séparés par des tabulations. Les citations restent vérifiées avec les données intégrées.',
    es: 'El catálogo de citas «{file}» no tiene ninguna línea utilizable: cada línea debe dar un número, una fecha (AAAA-MM-DD) y un tema, separados por tabulaciones. Las citas se siguen verificando con los datos integrados.',
  },
  partial: {
    en: 'The citation catalogue "{file}": {skipped} lines could not be read (the first is line {line}); its other {kept} entries are used.',
    fr: 'Catalogue de citations « {file} » : {skipped} lignes n’ont pas pu être lues (la première est la ligne {line}) ; ses {kept} autres entrées sont utilisées.',
    es: 'Catálogo de citas «{file}»: no se pudieron leer {skipped} líneas (la primera es la línea {line}); se usan sus otras {kept} entradas.',
  },
});

/** The problem as one sentence a drafter can act on, in the given locale. */
export function describeCatalogueProblem(problem: CatalogueProblem, locale: Locale): string {
  return format(messages[problem.kind], locale, {
    file: problem.file,
    reason: problem.reason ?? '',
    skipped: problem.skipped ?? 0,
    line: problem.firstLine ?? 0,
    kept: problem.kept ?? 0,
  });
}

const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const SC_NUMBER = /^(?:S\/RES\/)?([1-9]\d{0,4})(?:\s*\(\d{4}\))?$/;
const GA_SESSION_NUMBER = /^(?:A\/RES\/)?([1-9]\d{1,2})\/([1-9]\d{0,3})\s*([A-Z])?$/;
const GA_ROMAN = /^(?:A\/RES\/)?([1-9]\d{0,3})\s*([A-Z])?\s*\(([IVXL]{1,6})\)$/;
const GA_SPECIAL = /^(?:A\/RES\/)?(ES|S)-([1-9]\d?)\/([1-9]\d{0,3})$/;
const PRST = /^S\/PRST\/(\d{4})\/([1-9]\d{0,3})$/;

/** Reads the first column of a catalogue row into a key and a standard label. */
function parseKey(field: string, year: string): Omit<CatalogueEntry, 'date' | 'title'> | undefined {
  let m = SC_NUMBER.exec(field);
  if (m) {
    const number = Number(m[1]);
    return { key: `sc:${number}`, body: 'security-council', label: `${number} (${year})`, number };
  }
  m = GA_SESSION_NUMBER.exec(field);
  if (m) {
    const part = m[3] ?? '';
    return { key: `ga:${Number(m[1])}/${Number(m[2])}${part}`, body: 'general-assembly', label: `${Number(m[1])}/${Number(m[2])}${part ? ' ' + part : ''}` };
  }
  m = GA_ROMAN.exec(field);
  if (m && parseRoman(m[3]!) !== undefined) {
    const part = m[2] ?? '';
    return { key: `ga:${Number(m[1])}${part}`, body: 'general-assembly', label: `${Number(m[1])}${part ? ' ' + part : ''} (${m[3]})` };
  }
  m = GA_SPECIAL.exec(field);
  if (m) {
    const label = `${m[1]}-${Number(m[2])}/${Number(m[3])}`;
    return { key: `ga:${label}`, body: 'general-assembly', label };
  }
  m = PRST.exec(field);
  if (m) {
    return { key: `prst:${m[1]}/${Number(m[2])}`, body: 'presidential-statement', label: `S/PRST/${m[1]}/${Number(m[2])}` };
  }
  return undefined;
}

/** Parses catalogue text. A header line is skipped; unreadable lines are counted, never fatal. */
export function parseCatalogue(text: string, file: string): CatalogueLoad {
  const byKey = new Map<string, CatalogueEntry>();
  let skipped = 0;
  let firstBad = 0;
  const lines = text.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    const key = fields[0]!.trim();
    const date = (fields[1] ?? '').trim();
    const parsed = fields.length >= 3 && DATE.test(date) ? parseKey(key, date.slice(0, 4)) : undefined;
    if (!parsed) {
      // The first line of a catalogue is normally its header ("number date title").
      if (i === 0 && !DATE.test(date)) continue;
      skipped++;
      if (firstBad === 0) firstBad = i + 1;
      continue;
    }
    byKey.set(parsed.key, { ...parsed, date, title: fields.slice(2).join(' ').trim() });
  }
  if (byKey.size === 0) return { problem: { kind: 'empty', file } };
  const entries = [...byKey.values()].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.number ?? 0) - (a.number ?? 0)));
  let scLast: CatalogueEntry | undefined;
  for (const e of entries) if (e.number !== undefined && (!scLast || e.number > scLast.number!)) scLast = e;
  const catalogue: Catalogue = { name: file, byKey, entries, ...(scLast ? { scLast } : {}) };
  return skipped > 0 ? { catalogue, problem: { kind: 'partial', file, skipped, firstLine: firstBad, kept: byKey.size } } : { catalogue };
}

/** Larger files are not catalogues; refusing them keeps a wrong setting from stalling the server. */
const MAX_BYTES = 64 * 1024 * 1024;

function unreadable(path: string, error: unknown): CatalogueLoad {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : error instanceof Error ? error.message : String(error);
  return { problem: { kind: 'unreadable', file: basename(path), reason } };
}

/** Reads a catalogue file without blocking (the language server's way). */
export async function loadCatalogue(path: string): Promise<CatalogueLoad> {
  try {
    const info = await files.stat(path);
    if (info.isDirectory()) return { problem: { kind: 'unreadable', file: basename(path), reason: 'it is a directory' } };
    if (info.size > MAX_BYTES) return { problem: { kind: 'unreadable', file: basename(path), reason: 'larger than 64 MB' } };
    return parseCatalogue(await files.readFile(path, 'utf8'), basename(path));
  } catch (error) {
    return unreadable(path, error);
  }
}

/** Reads a catalogue file synchronously (the command line's way: it reads once before checking). */
export function loadCatalogueSync(path: string): CatalogueLoad {
  try {
    return parseCatalogue(readFileSync(path, 'utf8'), basename(path));
  } catch (error) {
    return unreadable(path, error);
  }
}
