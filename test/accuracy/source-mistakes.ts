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
  // Citation years: the year printed beside a Council resolution is not the year it was adopted (the
  // reference table), and the other versions or the same text elsewhere print the right one.
  { file: 'ga-75-300-fr.md', line: 13, code: 'citation-year', reason: '"la résolution 2256 (2020) du 18 décembre": the English and Spanish versions cite 2556 (2020) of 18 December 2020' },
  { file: 'sc-2509-2020-fr.md', line: 62, code: 'citation-year', reason: '"2241(2018)": the English and Spanish versions cite 2441 (2018); 2241 dates from 2015' },
  { file: 'sc-2571-2021-fr.md', line: 62, code: 'citation-year', reason: '"2241 (2018)": the English and Spanish versions cite 2441 (2018); 2241 dates from 2015' },
  { file: 'sc-2510-2019-fr.md', line: 1, code: 'citation-year', reason: 'symbol "S/RES/2510 (2019)": adopted on 12 February 2020, as the adoption line below it says' },
  { file: 'sc-2510-2019-es.md', line: 1, code: 'citation-year', reason: 'symbol "S/RES/2510 (2019)": adopted on 12 February 2020, as the adoption line below it says' },
  { file: 'sc-2511-2020-en.md', line: 44, code: 'citation-year', reason: '"paragraphs 12, 13, 14 and 16 of resolution 2140 (2015)": the same paragraph and the French version say 2140 (2014)' },
  { file: 'sc-2511-2020-es.md', line: 44, code: 'citation-year', reason: '"la resolución 2140 (2015)": the same paragraph and the French version say 2140 (2014)' },
  { file: 'sc-2546-2020-en.md', line: 20, code: 'citation-year', reason: '"2312 (2106)", a typing slip: line 6 and the French and Spanish versions say 2312 (2016)' },
  { file: 'sc-2598-2021-es.md', line: 20, code: 'citation-year', reason: '"2312 (2106)", a typing slip: line 6 and the English and French versions say 2312 (2016)' },
  { file: 'sc-2610-2021-en.md', line: 56, code: 'citation-year', reason: '"2161 (2015)": lines 6, 48 and 346 say 2161 (2014), the year it was adopted' },
  { file: 'sc-2610-2021-fr.md', line: 56, code: 'citation-year', reason: '"2161 (2015)": the same text elsewhere says 2161 (2014), the year it was adopted' },
  { file: 'sc-2610-2021-es.md', line: 56, code: 'citation-year', reason: '"2161 (2015)": the same text elsewhere says 2161 (2014), the year it was adopted' },
  { file: 'sc-2611-2021-es.md', line: 6, code: 'citation-year', reason: '"2577 (2020)": the English and French versions cite 2557 (2020); 2577 dates from 2021' },
  { file: 'sc-2617-2021-en.md', line: 6, code: 'citation-year', reason: '"2195 (2015)" in the list of resolutions: 2195 was adopted on 19 December 2014' },
  { file: 'sc-2617-2021-fr.md', line: 6, code: 'citation-year', reason: '"2195 (2015)" in the list of resolutions: 2195 was adopted on 19 December 2014' },
  { file: 'sc-2617-2021-es.md', line: 6, code: 'citation-year', reason: '"2195 (2015)" in the list of resolutions: 2195 was adopted on 19 December 2014' },
  // Operative numbering: paragraphs the source lost or mistyped.
  { file: 'ga-76-246-fr.md', line: 35, code: 'operative-numbering', reason: 'part II opens at "3. *Prend note*": its paragraphs 1 and 2 ("*Takes note* of the report", "*Endorses* the conclusions") are missing from the French; the English and Spanish versions have them' },
  { file: 'ga-76-246-fr.md', line: 93, code: 'operative-numbering', reason: 'part V opens at "4. *Prend acte*": its paragraphs 1 to 3 are missing from the French; the English and Spanish versions have them' },
  { file: 'ga-76-256-en.md', line: 35, code: 'operative-numbering', reason: 'paragraph 1 is numbered "l." (the letter l) two lines above, so the numbered part seems to start at 2; the French and Spanish versions print "1."' },
  { file: 'ga-76-87-fr.md', line: 51, code: 'operative-numbering', reason: 'the French numbers a preambular phrase "1. *Ayant examiné* le rapport" (the English reads "1. *Takes note* of the report"), so the operative part seems to start at 2' },
  { file: 'sc-2591-2021-en.md', line: 98, code: 'phrase-sequence', reason: 'paragraph 15 "Further requests" comes before the first "Requests" (paragraph 17)' },
  { file: 'sc-2591-2021-es.md', line: 98, code: 'phrase-sequence', reason: 'paragraph 15 "Solicita además" comes before the first "Solicita" (paragraph 17)' },
  { file: 'sc-2616-2021-en.md', line: 48, code: 'phrase-sequence', reason: 'paragraph 2 "Also encourages" comes before the first "Encourages" (paragraph 5)' },
  { file: 'sc-2616-2021-es.md', line: 48, code: 'phrase-sequence', reason: 'paragraph 2 "Alienta también" comes before the first "Alienta" (paragraph 5)' },
  { file: 'sc-2617-2021-fr.md', line: 98, code: 'phrase-sequence', reason: 'paragraph 7 "Demande également" follows no "Demande" (the English reads "Calls on")' },
  // French spacing: the character in the source is an ordinary space (U+0020) where the UN's French texts
  // put a no-break space (U+00A0, "⍽" below), or nothing where they put one; English and Spanish texts with
  // a space before ";".
  { file: 'ga-75-223-fr.md', line: 13, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"ent, intitulé « M\"" },
  { file: 'ga-75-223-fr.md', line: 17, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"15, intitulée « T\"" },
  { file: 'ga-75-223-fr.md', line: 51, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"ion intitulée « C\"" },
  { file: 'ga-75-26-fr.md', line: 121, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"t de religion ;  \"" },
  { file: 'ga-75-264-fr.md', line: 89, code: 'french-spacing', reason: "an ordinary space after «, not a no-break space: \"t rappelle la « D\"" },
  { file: 'ga-75-291-fr.md', line: 165, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"t du principe « e\"" },
  { file: 'ga-75-291-fr.md', line: 263, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"éral intitulé « A\"" },
  { file: 'ga-75-312-fr.md', line: 47, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"ion intitulée « Z\"" },
  { file: 'ga-75-89-fr.md', line: 603, code: 'french-spacing', reason: "an ordinary space after «, not a no-break space: \"s le document « L\"" },
  { file: 'ga-76-103-fr.md', line: 91, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"administrante ;  \"" },
  { file: 'ga-76-71-fr.md', line: 191, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"ce du secteur ;  \"" },
  { file: 'ga-76-71-fr.md', line: 579, code: 'french-spacing', reason: "an ordinary space after «, not a no-break space: \"s le document « L\"" },
  { file: 'ga-76-75-fr.md', line: 95, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"ons Unies[^6] ;  \"" },
  { file: 'ga-76-75-fr.md', line: 97, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"fficultés[^9] ;  \"" },
  { file: 'ga-76-87-fr.md', line: 47, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"20, intitulée « L\"" },
  { file: 'ga-76-97-fr.md', line: 71, code: 'french-spacing', reason: "8 times, e.g. an ordinary space after «, not a no-break space: \"20, intitulée « S\"" },
  { file: 'sc-2512-2020-es.md', line: 96, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"con el género ;  \"" },
  { file: 'sc-2513-2020-fr.md', line: 38, code: 'french-spacing', reason: "no space before ;: \"es prisonniers;  \"" },
  { file: 'sc-2518-2020-fr.md', line: 14, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"on initiative « A\"" },
  { file: 'sc-2535-2020-fr.md', line: 22, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"ion, le terme « j\"" },
  { file: 'sc-2538-2020-fr.md', line: 34, code: 'french-spacing', reason: "no space before ;: \"ien de la paix;  \"" },
  { file: 'sc-2538-2020-fr.md', line: 38, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"ces obstacles ;  \"" },
  { file: 'sc-2538-2020-fr.md', line: 44, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"dre en compte ;  \"" },
  { file: 'sc-2543-2020-fr.md', line: 38, code: 'french-spacing', reason: "no space before ;: \"et 2489⍽(2019);  \"" },
  { file: 'sc-2551-2020-fr.md', line: 100, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"Nations Unies ;  \"" },
  { file: 'sc-2554-2020-fr.md', line: 66, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"e les appuyer ;  \"" },
  { file: 'sc-2584-2021-fr.md', line: 38, code: 'french-spacing', reason: "an ordinary space before :, not a no-break space: \"res suivantes : l\"" },
  { file: 'sc-2592-2021-fr.md', line: 70, code: 'french-spacing', reason: "2 times, e.g. an ordinary space after «, not a no-break space: \"n le principe « u\"" },
  { file: 'sc-2605-2021-fr.md', line: 242, code: 'french-spacing', reason: "an ordinary space before :, not a no-break space: \"res d’urgence :  \"" },
  { file: 'sc-2605-2021-fr.md', line: 246, code: 'french-spacing', reason: "an ordinary space before :, not a no-break space: \"nale spéciale :  \"" },
  { file: 'sc-2605-2021-fr.md', line: 252, code: 'french-spacing', reason: "an ordinary space before :, not a no-break space: \"État de droit :  \"" },
  { file: 'sc-2605-2021-fr.md', line: 318, code: 'french-spacing', reason: "no space before ;: \"tions engagées;  \"" },
  { file: 'sc-2607-2021-fr.md', line: 146, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"eposage prévu ;  \"" },
  { file: 'sc-2612-2021-es.md', line: 254, code: 'french-spacing', reason: "an ordinary space before ;, not a no-break space: \"s emprendidas ;  \"" },
  { file: 'sc-2612-2021-fr.md', line: 292, code: 'french-spacing', reason: "no space before ;: \" paragraphe⍽51;  \"" },
  { file: 'ga-76-258-en.md', line: 690, code: 'footnote-position', reason: '"2018 levels[^5]." in English: the marker goes after the full stop, as in the rest of the text' },
  { file: 'ga-76-258-en.md', line: 808, code: 'footnote-position', reason: '"World Health Organization[^8]." in English: the marker goes after the full stop' },
  { file: 'sc-2519-2020-fr.md', line: 18, code: 'charter-capitals', reason: '"agissant en vertu du chapitre VII de la Charte": the Council\'s French texts write "Chapitre VII" (141 other paragraphs of the corpus)' },
  { file: 'sc-2547-2020-en.md', line: 6, code: 'citation-order', reason: 'a list newest first ("2476 (2019), 2466 (2019), … 1576 (2004), 1529 (2004), and 1542 (2004)") that ends out of its own order' },
  { file: 'sc-2547-2020-fr.md', line: 6, code: 'citation-order', reason: 'the same list as the English: "… 1529 (2004) et 1542 (2004)" out of its newest-first order' },
  { file: 'sc-2570-2021-en.md', line: 68, code: 'citation-order', reason: '"2509 (2020), 2292 (2016), 2357 (2017), 2420 (2018), …": 2509 (2020) put first, out of the order of adoption' },
  { file: 'sc-2570-2021-es.md', line: 68, code: 'citation-order', reason: 'as the English: 2509 (2020) first, before 2292 (2016)' },
  { file: 'sc-2570-2021-fr.md', line: 68, code: 'citation-order', reason: 'as the English: 2509 (2020) first, before 2292 (2016)' },
  { file: 'sc-2610-2021-es.md', line: 340, code: 'citation-order', reason: '"1988 (2011), 1970 (2011) y 2140 (2014)": the English and French list 1970 (2011) before 1988 (2011)' },
];

export function isSourceMistake(file: string, line: number, code: string): boolean {
  return SOURCE_MISTAKES.some((m) => m.file === file && m.line === line && m.code === code);
}
