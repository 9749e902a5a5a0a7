import { type CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import type { DocumentAnalysis } from '../analysis';
import type { CatalogueEntry } from '../citations';
import { formatDate } from '../citations/describe';
import { parseIsoDate } from '../citations/heading';
import { scYearOf } from '../citations/scYears';
import { defineMessages, format } from '../messages';

const messages = defineMessages({
  sc: { en: 'Security Council resolution', fr: 'Résolution du Conseil de sécurité', es: 'Resolución del Consejo de Seguridad' },
  ga: { en: 'General Assembly resolution', fr: 'Résolution de l’Assemblée générale', es: 'Resolución de la Asamblea General' },
  prst: { en: 'Presidential statement', fr: 'Déclaration présidentielle', es: 'Declaración de la Presidencia' },
  adoptedIn: { en: 'Security Council resolution adopted in {year}', fr: 'Résolution du Conseil de sécurité adoptée en {year}', es: 'Resolución del Consejo de Seguridad aprobada en {year}' },
});

/**
 * After "resolution", "résolution" or "resolución" (and after a comma or "and / et / y" that continues a
 * list of citations), the number being typed: digits, "70/", "ES-11/". A Markdown link bracket may open it.
 */
const AFTER_KEYWORD =
  /(?:^|[^\p{L}])(?:resolutions?|r[ée]solutions?|resoluci[óo]n|resoluciones)[ \t\u00a0]+\[?(?<typed>(?:E?S-)?\d{0,4}(?:\/\d{0,4})?)$/iu;
const AFTER_LIST_ITEM =
  /(?:\d{1,4}[ \t\u00a0]*\\?\((?:\d{4}|[IVXL]{1,6})\\?\)(?:\]\([^)\s]*\))?|\d{2,3}\/\d{1,4})[ \t\u00a0]*(?:,|[ \t\u00a0](?:and|et|y))[ \t\u00a0]+\[?(?<typed>(?:E?S-)?\d{0,4}(?:\/\d{0,4})?)$/iu;

/** How far back on the line the trigger is looked for. */
const WINDOW = 120;
/** The list is cut to the best matches; the client asks again as the user types more digits. */
const MAX_ITEMS = 50;

/**
 * Resolutions after "resolution ": from the catalogue when there is one (number, year and subject,
 * filtered by the digits typed, most recent first), inserting the standard form "2331 (2016)". Without a
 * catalogue, typing a Security Council number offers the same number with its year from the built-in
 * facts, which spares the drafter the look-up that most often goes wrong. Elsewhere: undefined.
 */
export function citationCompletions(analysis: DocumentAnalysis, offset: number): CompletionItem[] | undefined {
  const text = analysis.model.text;
  let lineStart = offset;
  while (lineStart > 0 && offset - lineStart < WINDOW && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const before = text.slice(lineStart, offset);
  const m = AFTER_KEYWORD.exec(before) ?? AFTER_LIST_ITEM.exec(before);
  const typed = m?.groups?.typed;
  if (typed === undefined) return undefined;

  const doc = analysis.document;
  const range = { start: doc.positionAt(offset - typed.length), end: doc.positionAt(offset) };
  const locale = analysis.settings.locale;
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  const add = (label: string, detail: string, documentation: string | undefined, rank: number): void => {
    if (seen.has(label) || items.length >= MAX_ITEMS) return;
    seen.add(label);
    items.push({
      label,
      kind: CompletionItemKind.Reference,
      detail,
      ...(documentation ? { documentation } : {}),
      sortText: String(rank).padStart(5, '0'),
      filterText: label,
      textEdit: { range, newText: label },
    });
  };

  // The number typed, with its year from the built-in facts, comes first.
  if (/^\d{1,4}$/.test(typed)) {
    const year = scYearOf(Number(typed));
    const entry = analysis.catalogue?.byKey.get(`sc:${Number(typed)}`);
    if (year !== undefined && !entry) add(`${Number(typed)} (${year})`, format(messages.adoptedIn, locale, { year }), undefined, 0);
  }
  const catalogue = analysis.catalogue;
  if (catalogue) {
    const describe = (e: CatalogueEntry): string => format(e.body === 'security-council' ? messages.sc : e.body === 'general-assembly' ? messages.ga : messages.prst, locale);
    const exact = typed === '' ? undefined : catalogue.byKey.get(/^\d+$/.test(typed) ? `sc:${Number(typed)}` : `ga:${typed}`);
    const offer = (e: CatalogueEntry, rank: number): void =>
      add(e.label, `${describe(e)} — ${formatDate(parseIsoDate(e.date), locale)}`, e.title || undefined, rank);
    if (exact && exact.body !== 'presidential-statement') offer(exact, 0);
    let rank = 1;
    for (const e of catalogue.entries) {
      if (items.length >= MAX_ITEMS) break;
      if (e.body === 'presidential-statement' || !e.label.startsWith(typed)) continue;
      offer(e, rank++);
    }
  }
  return items;
}
