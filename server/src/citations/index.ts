import type { ResolutionModel } from '../model/types';
import { lastAtOrBefore } from '../model/lines';
import type { Catalogue, CatalogueEntry } from './catalogue';
import { documentFacts } from './heading';
import { recogniseCitations } from './recognizer';
import { scYearOf } from './scYears';
import type { Citation, DocumentFacts } from './types';

export type { Catalogue, CatalogueEntry, CatalogueLoad, CatalogueProblem } from './catalogue';
export { describeCatalogueProblem, loadCatalogue, loadCatalogueSync, parseCatalogue } from './catalogue';
export type { Citation, CitationForm, CitationKind, CitedBody, DocumentFacts, GaSession, PartialDate } from './types';

/** The citations of one document version, with what its heading says about it and the catalogue in use. */
export interface DocumentCitations {
  /** In document order. */
  readonly list: readonly Citation[];
  readonly facts: DocumentFacts;
  readonly catalogue: Catalogue | undefined;
  /** The citation at `offset` (its span, or its "paragraph 2 of" part), if any. */
  at(offset: number): Citation | undefined;
}

export function analyseCitations(model: ResolutionModel, catalogue: Catalogue | undefined): DocumentCitations {
  const list = recogniseCitations(model);
  const facts = documentFacts(model.text, model.heading, list, model.organ ? bodyOfOrgan(model.organ.body) : undefined);
  return {
    list,
    facts,
    catalogue,
    at(offset) {
      const found = lastAtOrBefore(list, offset, (c) => c.start);
      const c = found >= 0 ? list[found] : undefined;
      if (c && offset < c.end) return c;
      // "paragraph 2 of resolution 660 (1990)": the paragraph words precede the citation they belong to.
      const next = list[found + 1];
      if (next?.paragraph && next.paragraph.span.start <= offset && offset < next.paragraph.span.end) return next;
      return undefined;
    },
  };
}

function bodyOfOrgan(body: string): Citation['body'] | undefined {
  return body === 'security-council' || body === 'general-assembly' || body === 'human-rights-council' ? body : undefined;
}

/** The catalogue key of a citation ("sc:2331", "ga:70/1", "ga:2625", "ga:ES-11/1", "prst:2015/25"). */
export function catalogueKey(c: Citation): string | undefined {
  if (c.kind === 'presidential-statement') return `prst:${c.year}/${c.number}`;
  if (c.kind !== 'resolution' || c.number === undefined) return undefined;
  if (c.body === 'security-council') return `sc:${c.number}`;
  if (c.body !== 'general-assembly' || !c.session) return undefined;
  const part = c.part ?? '';
  if (c.session.kind === 'special') return `ga:S-${c.session.number}/${c.number}`;
  if (c.session.kind === 'emergency') return `ga:ES-${c.session.number}/${c.number}`;
  if (c.form === 'number-session' || (c.form === 'symbol' && c.standard.includes('('))) return `ga:${c.number}${part}`;
  return `ga:${c.session.number}/${c.number}${part}`;
}

export function catalogueEntry(c: Citation, catalogue: Catalogue | undefined): CatalogueEntry | undefined {
  if (!catalogue) return undefined;
  const key = catalogueKey(c);
  if (!key) return undefined;
  return catalogue.byKey.get(key) ?? (c.part === undefined ? undefined : catalogue.byKey.get(key.slice(0, -c.part.length)));
}

/** Year a Security Council resolution was adopted: built-in facts first, then the catalogue. */
export function scAdoptionYear(number: number, catalogue: Catalogue | undefined): number | undefined {
  const known = scYearOf(number);
  if (known !== undefined) return known;
  const entry = catalogue?.byKey.get(`sc:${number}`);
  return entry ? Number(entry.date.slice(0, 4)) : undefined;
}

/**
 * The symbol of the document a citation means. A Security Council citation with a wrong year still means
 * the resolution with that number, so its link uses the year of adoption the facts give.
 */
export function officialSymbol(c: Citation, catalogue: Catalogue | undefined): string | undefined {
  if (c.kind === 'resolution' && c.body === 'security-council' && c.number !== undefined) {
    const year = scAdoptionYear(c.number, catalogue) ?? c.year;
    if (year !== undefined) return `S/RES/${c.number}(${year})`;
  }
  return c.symbol;
}

/** The official document at undocs.org, which resolves any UN document symbol. */
export function undocsUrl(symbol: string): string {
  // encodeURIComponent keeps the parentheses of "S/RES/2331(2016)" as they are; the slashes stay paths.
  return `https://undocs.org/${symbol.split('/').map(encodeURIComponent).join('/')}`;
}
