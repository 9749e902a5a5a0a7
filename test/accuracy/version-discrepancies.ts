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
  { resolution: 'ga-75-151', kind: 'number', version: 'es', line: 115, reason: "es \"incluidos los niños menores de 1 año\" where en says \"including infants\" and fr \"y compris les nourrissons\": only the Spanish gives infants an age" },
  { resolution: 'ga-75-155', kind: 'number', version: 'fr', line: 53, reason: "fr \"Comité directeur Objectif de développement durable no 4-Éducation 2030\": en \"the Sustainable Development Goal Education 2030 Steering Committee\" and es \"el Comité Directivo para el Objetivo de Desarrollo Sostenible de Educación 2030\" do not number the Goal" },
  { resolution: 'ga-75-206', kind: 'number', version: 'es', line: 73, reason: "es \"la Presidencia del septuagésimo quinto período de sesiones del Consejo Económico y Social\" where en says \"the President of the Economic and Social Council at its 2020 session\" and fr \"la Présidente du Conseil économique et social à sa session de 2020\"" },
  { resolution: 'ga-75-246', kind: 'number', version: 'fr', line: 105, reason: "fr \"les modifications … aux articles 30, 32 et 46 des Statuts de la Caisse, telles qu’elles sont énoncées dans l’annexe XI du rapport du Comité mixte\" where en says \"the proposed amendments to articles 4 and 8 of the Regulations of the Fund\" and es \"las propuestas de enmienda de los artículos 4 y 8 de los Estatutos de la Caja\"" },
  { resolution: 'ga-75-327', kind: 'number', version: 'fr', line: 47, reason: "fr \"durant le Cycle de conférences sur l’Afrique\" without the year that en \"during the 2021 Africa Dialogue Series\" and es \"durante el Ciclo de Diálogos sobre África de 2021\" give" },
  { resolution: 'ga-76-153', kind: 'number', version: 'es', line: 51, reason: "es leaves out two of the sanitation figures: en \"including 1.9 billion people with basic services, 580 million with limited services, 616 million …\", fr \"dont 1,9 milliard qui ne disposent que de services de base et 580 millions que de services limités, 616 millions …\", es \"incluidos 616 millones que utilizan instalaciones no mejoradas\"" },
  { resolution: 'ga-76-16', kind: 'number', version: 'es', line: 18, reason: "es \"la Convención sobre las Medidas que deben Adoptarse para Prohibir e Impedir la Importación …\" without the year of en \"the 1970 Convention on the Means of Prohibiting …\" and fr \"la Convention de 1970 concernant les mesures …\"" },
  { resolution: 'ga-76-16', kind: 'number', version: 'es', line: 78, reason: "es \"del 50º aniversario de la Convención sobre las Medidas que deben Adoptarse …\" without the year of en \"the fiftieth anniversary of the 1970 Convention\" and fr \"du cinquantième anniversaire de la Convention de 1970\"" },
  { resolution: 'ga-76-202', kind: 'number', version: 'fr', line: 43, reason: "fr \"les engagements pris dans les domaines économique, social et environnemental depuis 1992\": en \"commitments in the economic, social and environmental fields\" and es \"compromisos … en los ámbitos económico, social y ambiental\" have no \"since 1992\"" },
  { resolution: 'ga-76-297', kind: 'number', version: 'es', line: 83, reason: "es \"la adhesión voluntaria de 41 países africanos al Mecanismo y la conclusión del proceso de evaluación entre pares en 23 países\" where en says \"42 African countries … in 24 countries\" and fr \"42 pays d’Afrique … dans 24 pays\"" },
  { resolution: 'ga-76-71', kind: 'number', version: 'es', line: 577, reason: "es \"el Comité de Pesca … en su 33o período de sesiones\" where en says \"at its thirty-fourth session\" and fr \"à sa trente-quatrième session\" (the Spanish preambular paragraph that cites the same session, at line 123, says \"34o\")" },
  { resolution: 'sc-2535-2020', kind: 'number', version: 'fr', line: 46, reason: "fr \"la Stratégie des Nations Unies pour la jeunesse\" without the \"2030\" of its name in en \"the United Nations Youth 2030 Strategy\" and es \"la Estrategia de las Naciones Unidas para la Juventud (Juventud 2030)\"" },
  { resolution: 'sc-2543-2020', kind: 'number', version: 'fr', line: 52, reason: "fr \"le Plan d’action national afghan pour les femmes et la paix et la sécurité\" where en \"the 1325 National Action Plan\" and es \"el Plan de Acción Nacional 1325\" name the plan by resolution 1325" },
  { resolution: 'sc-2554-2020', kind: 'number', version: 'fr', line: 88, reason: "fr \"la Convention pour la répression d’actes illicites contre la sécurité de la navigation maritime\" without the year of en \"the 1988 Convention for the Suppression of Unlawful Acts …\" and es \"el Convenio para la Represión de Actos Ilícitos … de 1988\"" },
  { resolution: 'sc-2584-2021', kind: 'number', version: 'es', line: 82, reason: "es \"las medidas prioritarias mencionadas en el párrafo 3\" where en says \"the priority measures referenced in paragraph 4\" and fr \"les mesures prioritaires visées au paragraphe 4\": paragraph 4 is the one that lists the priority measures" },
  { resolution: 'sc-2607-2021', kind: 'number', version: 'fr', line: 12, reason: "fr \"du cadre de responsabilité mutuelle (2019) arrêté conjointement\": en \"the jointly-agreed Mutual Accountability Framework\" and es \"el Marco de Responsabilidad Mutua acordado conjuntamente\" give no year" },
  // date
  { resolution: 'ga-75-193', kind: 'date', version: 'fr', line: 81, reason: "fr \"la résolution 2474 (2019) du Conseil de sécurité en date du 11 juin 2019\": en \"Security Council resolution 2474 (2019)\" and es \"la resolución 2474 (2019) del Consejo de Seguridad\" give no date" },
  { resolution: 'ga-75-26', kind: 'date', version: 'en', line: 27, reason: "en \"74/306 … of 11 September 2020\" against fr \"du 15 septembre 2020\" and es \"de 15 de septiembre de 2020\": 74/306 was adopted on 11 September 2020, so the French and Spanish are wrong (source-mistakes.ts lists both); named by the English line, which both findings share" },
  { resolution: 'ga-75-266', kind: 'date', version: 'es', line: 17, reason: "es \"73/297, de 28 de abril de 2019\" where en says \"73/297 of 28 May 2019\" and fr \"73/297 du 28 mai 2019\"" },
  { resolution: 'ga-75-291', kind: 'date', version: 'fr', line: 297, reason: "fr \"74/175 du 18 janvier 2019\" where en says \"of 18 December 2019\" and es \"de 18 de diciembre de 2019\" (source-mistakes.ts: a 74th-session text cannot date from January 2019)" },
  { resolution: 'ga-75-293', kind: 'date', version: 'es', line: 11, reason: "es \"74/280, de 3 de julio de 2020\" where en says \"74/280 of 30 June 2020\" and fr \"74/280 du 30 juin 2020\"" },
  { resolution: 'ga-75-311', kind: 'date', version: 'es', line: 81, reason: "es \"la resolución 8/12, de 20 de octubre de 2019\" where en says \"resolution 8/12 of 20 December 2019\" and fr \"la résolution 8/12 du 20 décembre 2019\"" },
  { resolution: 'ga-75-312', kind: 'date', version: 'fr', line: 33, reason: "fr \"à Montevideo, les 15 et 16 juin 2013\" where en says \"in Montevideo on 15 and 16 January 2013\" and es \"en Montevideo, los días 15 y 16 de enero de 2013\"" },
  { resolution: 'ga-75-317', kind: 'date', version: 'fr', line: 39, reason: "fr \"la résolution 1980/67 du Conseil économique et social en date du 25 juillet 1980\": en \"Economic and Social Council resolution 1980/67\" and es \"la resolución 1980/67 del Consejo Económico y Social\" give no date" },
  { resolution: 'ga-76-16', kind: 'date', version: 'es', line: 98, reason: "es \"su resolución 75/291, titulada …\" without the date of en \"its resolution 75/291 of 30 June 2021\" and fr \"sa résolution 75/291 du 30 juin 2021\"" },
  { resolution: 'ga-76-214', kind: 'date', version: 'fr', line: 35, reason: "fr \"73/130 du 24 décembre 2018\" where en says \"73/130 of 13 December 2018\" and es \"73/130, de 13 de diciembre de 2018\" (source-mistakes.ts)" },
  { resolution: 'ga-76-222', kind: 'date', version: 'es', line: 11, reason: "es \"75/235, de 30 de diciembre de 2020\" where en says \"75/235 of 21 December 2020\" and fr \"75/235 du 21 décembre 2020\"" },
  { resolution: 'ga-76-69', kind: 'date', version: 'en', line: 29, reason: "en \"74/306 … of 11 September 2020\" against fr \"du 15 septembre 2020\" and es \"de 15 de septiembre de 2020\": 74/306 was adopted on 11 September 2020, so the French and Spanish are wrong (source-mistakes.ts lists both); named by the English line, which both findings share" },
  { resolution: 'sc-2514-2020', kind: 'date', version: 'fr', line: 74, reason: "fr leaves out the last attack of the list, en \"and the December 2018 detention and abuse of the CTSAMVM team by GoSS officials\", es \"y la detención y los abusos sufridos por el equipo del MVVAFATS … en diciembre de 2018\": the French list ends with \"la mort de trois membres du personnel … dans l’État du Haut-Nil\"" },
  { resolution: 'sc-2537-2020', kind: 'date', version: 'fr', line: 6, reason: "fr \"le rapport du Secrétaire général, en date du 13 juillet 2020, sur sa mission de bons offices\" where en says \"the report of the Secretary-General of 10 July 2020 on his Good Offices\" and es \"de 10 de julio de 2020\"" },
  { resolution: 'sc-2543-2020', kind: 'date', version: 'fr', line: 38, reason: "fr \"de proroger jusqu’au 17 septembre 2020 le mandat de la MANUA\" where en says \"until 17 September 2021\" and es \"hasta el 17 de septiembre de 2021\" (the resolution itself is of September 2020)" },
  { resolution: 'sc-2567-2021', kind: 'date', version: 'fr', line: 162, reason: "fr \"le Plan d’action global visant à faire cesser et à prévenir toutes les violations graves\" without the date of en \"the January 2020 Comprehensive Action Plan\" and es \"el Plan de Acción General … de enero de 2020\"" },
  { resolution: 'sc-2605-2021', kind: 'date', version: 'fr', line: 364, reason: "fr \"le 15 février 2022, le 15 juin 2022 et le 14 octobre 2024\" where en says \"on 15 February 2022, 15 June 2022 and 14 October 2022\" and es \"el 14 de octubre de 2022\"" },
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
