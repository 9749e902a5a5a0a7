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
  // citation
  // lead-kind
  // subparagraphs
  // reference
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
