/**
 * Findings on the adopted texts that are the source's own mistake, each checked by reading the text and its
 * other language versions. They are counted apart ("source mistakes"), not as errors or warnings of the
 * checker, and a unit test keeps every one of them reported: a rule that stops finding one fails it.
 */
export interface SourceMistake {
  /** File name in corpus-akn. */
  readonly file: string;
  /** 1-based line of the finding. */
  readonly line: number;
  readonly code: string;
  readonly reason: string;
}

export const SOURCE_MISTAKES: readonly SourceMistake[] = [
  { file: 'ga-75-26-fr.md', line: 27, code: 'citation-date', reason: '74/306 "du 15 septembre 2020": adopted 11 September 2020 (reference table; the English version and 11 other texts say 11 September)' },
  { file: 'ga-75-26-es.md', line: 27, code: 'citation-date', reason: '74/306 "de 15 de septiembre de 2020": adopted 11 September 2020, as the English version says' },
  { file: 'ga-76-69-fr.md', line: 29, code: 'citation-date', reason: '74/306 "du 15 septembre 2020": adopted 11 September 2020, as the English version says' },
  { file: 'ga-76-69-es.md', line: 29, code: 'citation-date', reason: '74/306 "de 15 de septiembre de 2020": adopted 11 September 2020, as the English version says' },
  { file: 'ga-75-291-fr.md', line: 297, code: 'citation-date', reason: '74/175 "du 18 janvier 2019": the English and Spanish versions say 18 December 2019 (a 74th-session text cannot date from January 2019)' },
  { file: 'ga-76-158-fr.md', line: 15, code: 'citation-date', reason: '72/183 "du 19 décembre 2019": the English and Spanish versions say 19 December 2017' },
  { file: 'ga-76-214-fr.md', line: 35, code: 'citation-date', reason: '73/130 "du 24 décembre 2018": the English and Spanish versions, and ten other texts, say 13 December 2018' },
  { file: 'sc-2591-2021-en.md', line: 98, code: 'phrase-sequence', reason: 'paragraph 15 "Further requests" comes before the first "Requests" (paragraph 17)' },
  { file: 'sc-2591-2021-es.md', line: 98, code: 'phrase-sequence', reason: 'paragraph 15 "Solicita además" comes before the first "Solicita" (paragraph 17)' },
  { file: 'sc-2616-2021-en.md', line: 48, code: 'phrase-sequence', reason: 'paragraph 2 "Also encourages" comes before the first "Encourages" (paragraph 5)' },
  { file: 'sc-2616-2021-es.md', line: 48, code: 'phrase-sequence', reason: 'paragraph 2 "Alienta también" comes before the first "Alienta" (paragraph 5)' },
  { file: 'sc-2617-2021-fr.md', line: 98, code: 'phrase-sequence', reason: 'paragraph 7 "Demande également" follows no "Demande" (the English reads "Calls on")' },
];

export function isSourceMistake(file: string, line: number, code: string): boolean {
  return SOURCE_MISTAKES.some((m) => m.file === file && m.line === line && m.code === code);
}
