/**
 * Findings of the comparison of the adopted language versions that point at a real discrepancy of the
 * sources, each read in the three versions: a typing slip in one version's citation or date, a number one
 * version gives and the others do not, a paragraph one version lacks. A finding of the corpus that no entry
 * explains fails the unit test (test/unit/versions.test.ts), and so does an entry no finding matches any
 * more: the list stays the exact account of what the comparison reports on adopted texts.
 *
 * An entry names the version that differs (the "odd one out" where the third version settles it) and the
 * line of the paragraph concerned in that version; it explains every finding of that kind, in any pair,
 * whose side in that version is at that line.
 */
import type { Discrepancy } from '../../server/src/versions';

export interface VersionDiscrepancy {
  /** Resolution name in corpus-akn, without the language: 'ga-75-300'. */
  readonly resolution: string;
  readonly kind: Discrepancy['kind'];
  /** The version that differs from the others. */
  readonly version: 'en' | 'fr' | 'es';
  /** 1-based line, in that version, of the paragraph the finding is reported at. */
  readonly line: number;
  /** What the sources say, quoted, and how the other versions or the reference facts settle it. */
  readonly reason: string;
}

export const VERSION_DISCREPANCIES: readonly VersionDiscrepancy[] = [
  // number
  // date
  // missing
  { resolution: 'ga-76-246', kind: 'missing', version: 'fr', line: 35, reason: 'part II goes from "*Ayant examiné* le rapport" to "3. *Prend note* des paragraphes 10, 11 et 28 a) i)": its paragraphs 1 and 2 ("1. *Takes note* of the report", "2. *Endorses* the conclusions"; "1. *Toma nota*", "2. *Hace suyas*") are not in the French (source-mistakes.ts)' },
  { resolution: 'ga-76-246', kind: 'missing', version: 'fr', line: 93, reason: 'part V goes from "*Ayant examiné* le rapport" to "4. *Prend acte* de l’entrée en vigueur": its paragraphs 1 to 3 ("*Takes note* of the report", "*Endorses* the conclusions", "*Requests* … the Ad Hoc Advisory Group on Haiti"; "*Toma nota*", "*Hace suyas*", "*Solicita*") are not in the French (source-mistakes.ts)' },
  { resolution: 'ga-76-256', kind: 'missing', version: 'en', line: 35, reason: 'the English opens the operative part with "l. *Decides* to designate 12 May" (the letter l for the figure 1), read as a subparagraph (l) of the last preambular paragraph; the French and Spanish print "1. *Décide*", "1. *Decide*" (source-mistakes.ts)' },
  // citation
  { resolution: 'ga-75-300', kind: 'citation', version: 'fr', line: 13, reason: '"la plus récente est la résolution 2256 (2020) du 18 décembre 2020": the English and Spanish cite "resolution 2556 (2020) of 18 December 2020"; 2256 dates from 2015 (source-mistakes.ts)' },
  { resolution: 'sc-2506-2020', kind: 'citation', version: 'fr', line: 6, reason: '"sur sa mission de bons offices à Chypre (S/2019/833)": the English and Spanish give the report of 14 November 2019 as S/2019/883' },
  { resolution: 'sc-2508-2020', kind: 'citation', version: 'fr', line: 6, reason: '"la déclaration de sa présidente en date du 11 décembre 2018 (S/PRST/2018/9)": the English and Spanish give S/PRST/2018/19' },
  { resolution: 'sc-2509-2020', kind: 'citation', version: 'fr', line: 62, reason: '"et 2241(2018)" in the resolutions that modified the Panel\'s mandate: the English and Spanish cite 2441 (2018); 2241 dates from 2015 (source-mistakes.ts)' },
  { resolution: 'sc-2511-2020', kind: 'citation', version: 'fr', line: 44, reason: 'the English and Spanish reaffirm "paragraphs 12, 13, 14 and 16 of resolution 2140 (2015)", "la resolución 2140 (2015)", where the French says "de ladite résolution", the 2140 (2014) it has just cited: the year 2015 is the slip of the English and Spanish (source-mistakes.ts), the French the version that differs' },
  { resolution: 'sc-2514-2020', kind: 'citation', version: 'fr', line: 44, reason: '"les conclusions du rapport du Secrétaire général (S/2018/250)": the English and Spanish cite the report on sexual violence in conflict S/2019/280' },
  { resolution: 'sc-2514-2020', kind: 'citation', version: 'fr', line: 142, reason: '"10. *Décide* que la MINUSS continuera d’être chargée": the French leaves out "in line with resolution 2304 (2016)", "de conformidad con la resolución 2304 (2016)" of the English and Spanish' },
  { resolution: 'sc-2520-2020', kind: 'citation', version: 'fr', line: 26, reason: '"les Conclusions du Groupe de travail … (S/AC.51.2017/2)": a point for the slash; the English and Spanish give S/AC.51/2017/2' },
  { resolution: 'sc-2525-2020', kind: 'citation', version: 'fr', line: 10, reason: '"Programme national du Soudan pour la protection des civils (S/2020/2049)": the English and Spanish give S/2020/429, which paragraph 11 cites again' },
  { resolution: 'sc-2525-2020', kind: 'citation', version: 'fr', line: 44, reason: '"la lettre datée du 21 mai 2020 … (S/2020/249)": the English and Spanish give S/2020/429, the symbol they give the same Plan in line 10 (where the French has S/2020/2049)' },
  { resolution: 'sc-2546-2020', kind: 'citation', version: 'en', line: 20, reason: '"*reiterates* its resolutions 2240 (2015), 2312 (2106)": the French and Spanish, and line 6, say 2312 (2016) (source-mistakes.ts)' },
  { resolution: 'sc-2562-2021', kind: 'citation', version: 'fr', line: 6, reason: '"la déclaration de son président en date du 11 décembre 2018 (S/PRST/2018/9)": the English and Spanish give S/PRST/2018/19' },
  { resolution: 'sc-2568-2021', kind: 'citation', version: 'fr', line: 36, reason: '"du rapport du Secrétaire général du 17 février 2021 sur la situation en Somalie (S/2021/1113)": the English and Spanish give S/2021/113' },
  { resolution: 'sc-2571-2021', kind: 'citation', version: 'fr', line: 62, reason: '"2213 (2015), 2241 (2018) et 2509 (2020)": the English and Spanish cite 2441 (2018); 2241 dates from 2015 (source-mistakes.ts)' },
  { resolution: 'sc-2598-2021', kind: 'citation', version: 'es', line: 20, reason: '"reitera sus resoluciones 2240 (2015), 2312 (2106)": the English and French say 2312 (2016) (source-mistakes.ts)' },
  { resolution: 'sc-2611-2021', kind: 'citation', version: 'es', line: 6, reason: '"2577 (2020)" in the list of resolutions on terrorism: the English and French cite 2557 (2020); 2577 dates from 2021 (source-mistakes.ts)' },
  { resolution: 'sc-2612-2021', kind: 'citation', version: 'fr', line: 64, reason: '"mandatée par le Conseil des droits de l’homme dans sa résolution 45/53": the English and Spanish cite Human Rights Council resolution 45/34' },
  // lead-kind
  { resolution: 'ga-76-194', kind: 'lead-kind', version: 'fr', line: 79, reason: '"6. *Consciente* qu’il faut continuer" opens an operative paragraph with the preambular adjective, where the English and Spanish have "6. *Recognizes*", "6. *Reconoce*" and the French itself writes "8. *Est consciente*"' },
  { resolution: 'ga-76-87', kind: 'lead-kind', version: 'fr', line: 49, reason: '"1. *Ayant examiné* le rapport du Secrétaire général ;": a numbered paragraph that opens with a preambular participle, where the English and Spanish have "1. *Takes note* of the report", "1. *Toma nota*" (source-mistakes.ts lists the numbering it throws off)' },
  { resolution: 'sc-2530-2020', kind: 'lead-kind', version: 'en', line: 42, reason: '"*Recalls* that UNDOF’s deployment …" opens a preambular paragraph (between "*Taking note*" and "*Recalling* resolution 2378") with an operative verb; the French and Spanish have "*Rappelant*", "*Recordando*"' },
  { resolution: 'sc-2553-2020', kind: 'lead-kind', version: 'en', line: 74, reason: '"11. *Encouraging* the United Nations peacekeeping operations … to continue" has no main verb; the French and Spanish have "11. *Encourage*", "11. *Alienta*"' },
  { resolution: 'sc-2555-2020', kind: 'lead-kind', version: 'en', line: 42, reason: '"*Recalls* that UNDOF’s deployment …" in the preamble, the same slip as sc-2530-2020; the French and Spanish have "*Rappelant*", "*Recordando*"' },
  { resolution: 'sc-2581-2021', kind: 'lead-kind', version: 'en', line: 42, reason: '"*Recalls* that UNDOF’s deployment …" in the preamble, the same slip as sc-2530-2020; the French and Spanish have "*Rappelant*", "*Recordando*"' },
  { resolution: 'sc-2613-2021', kind: 'lead-kind', version: 'en', line: 42, reason: '"*Recalls* that UNDOF’s deployment …" in the preamble, the same slip as sc-2530-2020; the French and Spanish have "*Rappelant*", "*Recordando*"' },
  // subparagraphs
  { resolution: 'ga-76-256', kind: 'subparagraphs', version: 'en', line: 33, reason: '"l. *Decides*" (the letter l for the figure 1) is read as a subparagraph (l) of the preambular paragraph above; the French and Spanish print "1." (see the missing paragraph at line 35)' },
  { resolution: 'sc-2605-2021', kind: 'subparagraphs', version: 'fr', line: 378, reason: 'the French labels the second subparagraph of paragraph 58 "58.b) *Prie également*", the paragraph\'s number typed before the letter (it writes "a)" for the first); the English and Spanish have "(b) *Also requests*", "b) *Solicita también*"' },
  // reference
  { resolution: 'sc-2607-2021', kind: 'reference', version: 'fr', line: 176, reason: '"les tâches visées … au paragraphe 24 de la présente résolution": the English and Spanish refer to paragraph 2 (Al-Shabaab\'s revenue and its financing, the Panel\'s subject); paragraph 24 is on deliveries to the Somali security forces' },
  { resolution: 'sc-2610-2021', kind: 'reference', version: 'fr', line: 280, reason: '"qui ne répondraient plus aux critères arrêtés … au paragraphe 1 de la présente résolution": the English and Spanish refer to paragraph 2, the one that sets out the criteria for listing' },
];

/** A finding of the corpus: the pair's languages, and the 1-based line of each side. */
export interface CorpusFinding {
  readonly resolution: string;
  readonly kind: Discrepancy['kind'];
  readonly sides: readonly { readonly version: string; readonly line: number }[];
}

/** The entry that explains a finding, if any. */
export function explanationOf(f: CorpusFinding): VersionDiscrepancy | undefined {
  return VERSION_DISCREPANCIES.find((e) => e.resolution === f.resolution && e.kind === f.kind && f.sides.some((s) => s.version === e.version && s.line === e.line));
}
