import { compareDates, findDates } from '../lexicon/dates';
import type { Citation, DocumentFacts, PartialDate } from './types';

export { compareDates, parseIsoDate } from '../lexicon/dates';

/**
 * The document's own date and number, from its heading: "Résolution 2388 (2017)", "S/RES/827 (1993)",
 * "A/RES/68/262", "Adopted by the Security Council at its 8111th meeting, on 21 November 2017",
 * "Resolution adopted by the General Assembly on 27 March 2014", "Résolution 1388 (2002) du 15 janvier
 * 2002", "Aprobada por el Consejo de Seguridad en su 8111ª sesión, celebrada el 21 de noviembre de 2017".
 */
/** The heading is short in every real text; a document without an organ line may have a huge one. */
const MAX_HEADING = 4000;

/** Words that mark the adoption date among the dates of a heading (the distribution date may differ). */
const ADOPTION = /adopt|aprob|r[ée]solution|resoluci[oó]n/i;

export function documentFacts(text: string, heading: { start: number; end: number } | undefined, citations: readonly Citation[], organBody: Citation['body'] | undefined): DocumentFacts {
  let scNumber: number | undefined;
  let scYear: number | undefined;
  let gaSession: DocumentFacts['gaSession'];
  let gaNumber: number | undefined;
  let headingBody: Citation['body'] | undefined;
  for (const c of citations) {
    if (!c.inHeading || (scNumber !== undefined && gaSession !== undefined)) break;
    // Only the heading line that names the document gives its number ("Résolution 2388 (2017)",
    // "S/RES/827 (1993)", "68/262. Title"), not a title that cites another text ("… of resolution 2231 (2015)").
    if (!designates(text, c.start)) continue;
    if (c.body === 'security-council' && c.kind === 'resolution' && scNumber === undefined && c.number !== undefined) {
      scNumber = c.number;
      scYear = c.year;
      headingBody ??= 'security-council';
    } else if (c.body === 'general-assembly' && c.kind === 'resolution' && gaSession === undefined && c.session) {
      gaSession = c.session;
      gaNumber = c.number;
      headingBody ??= 'general-assembly';
    }
  }
  let date: PartialDate | undefined;
  if (heading) {
    const end = Math.min(heading.end, heading.start + MAX_HEADING);
    const slice = text.slice(heading.start, end);
    let adoption: PartialDate | undefined;
    let latest: PartialDate | undefined;
    for (const { start, date: found } of findDates(slice)) {
      // A month without a day ("December 2017") is not an adoption date.
      if (found.day === undefined) continue;
      // The adoption wording may sit on the line before the date ("Adoptée … séance,\nle 21 novembre 2017").
      const lineStart = slice.lastIndexOf('\n', slice.lastIndexOf('\n', start - 1) - 1) + 1;
      if (!adoption && ADOPTION.test(slice.slice(lineStart, start))) adoption = found;
      if (!latest || compareDates(found, latest) > 0) latest = found;
    }
    date = adoption ?? latest;
  }
  if (!date && scYear !== undefined) date = { year: scYear };
  const body = organBody ?? headingBody;
  return {
    ...(body ? { body } : {}),
    ...(scNumber !== undefined ? { scNumber } : {}),
    ...(gaSession ? { gaSession } : {}),
    ...(gaNumber !== undefined ? { gaNumber } : {}),
    ...(date ? { date } : {}),
  };
}

/** What may precede the document's own number on its heading line: nothing, or the word "resolution". */
const DESIGNATION_PREFIX = /^[\s*_#]*(?:resolution|r[ée]solution|resoluci[óo]n)?[\s*_]*$/i;

function designates(text: string, start: number): boolean {
  // Only the 40 characters before the number are read: a longer prefix is not a designation anyway.
  const before = text.slice(Math.max(0, start - 40), start);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  if (lineStart === 0 && start > 40) return false;
  return DESIGNATION_PREFIX.test(before.slice(lineStart));
}
