import type { Language } from '../lexicon';
import { romanValue } from '../model/labels';

/**
 * Numbers written as words, in the three languages: "twenty-sixth", "vingt-sixième", "vigésimo sexto",
 * "seventy-fifth", "soixante-quinzième", "septuagésimo quinto", "two", "deux", "dos". A version may write in
 * words what another writes in digits ("twenty-sixth report" / "26º informe"), so the comparison reads the
 * words as the numbers they are. Only used to accept a number, never to report one: a word that is also a
 * number in some reading ("un", "once") can only make the comparison more lenient.
 */

type Table = Readonly<Record<string, number>>;

const EN: Table = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, once: 1, twice: 2, single: 1, half: 0.5, dozen: 12,
  biennial: 2, triennial: 3, annual: 1, quadrennial: 4, decennial: 10, quinquennial: 5, biennium: 2,
  // "50/50 gender balance" is "la parité", "la paridad": parity is the 50 of a half-and-half split.
  parity: 50,
};
const EN_SCALES: Table = { decade: 10, decades: 10, hundred: 100, hundreds: 100, hundredth: 100, thousand: 1000, thousands: 1000, thousandth: 1000, million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9 };

const FR: Table = {
  zéro: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, premier: 1, première: 1, premiers: 1, premières: 1, second: 2,
  seconde: 2, unième: 1, deuxième: 2, troisième: 3, quatrième: 4, cinquième: 5, sixième: 6, septième: 7,
  huitième: 8, neuvième: 9, dixième: 10, onzième: 11, douzième: 12, treizième: 13, quatorzième: 14,
  quinzième: 15, seizième: 16, vingtième: 20, trentième: 30, quarantième: 40, cinquantième: 50, soixantième: 60,
  double: 2, triple: 3, demi: 0.5, demie: 0.5, moitié: 0.5, douzaine: 12, biennal: 2, biennale: 2, triennal: 3,
  annuel: 1, annuelle: 1, décennal: 10, décennale: 10, décennaux: 10, quinquennal: 5, quinquennale: 5,
  biennaux: 2, triennaux: 3, biennales: 2, triennale: 3, triennales: 3, quadriennal: 4, quadriennale: 4,
  parité: 50, parités: 50,
  // "over 50 countries" is "une cinquantaine de pays": the round numbers French counts with -aine.
  dizaine: 10, dizaines: 10, quinzaine: 15, quinzaines: 15, vingtaine: 20, vingtaines: 20, trentaine: 30,
  quarantaine: 40, cinquantaine: 50, soixantaine: 60,
};
const FR_SCALES: Table = {
  décennie: 10, décennies: 10, cent: 100, cents: 100, centième: 100, mille: 1000, millième: 1000, million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9,
  // "more than 100 countries" is "plus d'une centaine de pays"; "des milliers" are thousands.
  centaine: 100, centaines: 100, millier: 1000, milliers: 1000,
};

const ES: Table = {
  cero: 0, un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9,
  diez: 10, once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintitrés: 23,
  veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintisiete: 27, veintiocho: 28, veintinueve: 29,
  treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400, quinientos: 500,
  seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
  primero: 1, primer: 1, primera: 1, segundo: 2, tercero: 3, tercer: 3, cuarto: 4, quinto: 5, sexto: 6,
  séptimo: 7, octavo: 8, noveno: 9, décimo: 10, undécimo: 11, duodécimo: 12, vigésimo: 20, trigésimo: 30,
  cuadragésimo: 40, quincuagésimo: 50, sexagésimo: 60, septuagésimo: 70, octogésimo: 80, nonagésimo: 90,
  doble: 2, triple: 3, medio: 0.5, media: 0.5, mitad: 0.5, docena: 12, bienal: 2, trienal: 3, anual: 1,
  decenal: 10, quinquenal: 5, quinquenio: 5, bienio: 2, trienio: 3, cuatrienal: 4,
  paridad: 50,
  // The round numbers Spanish counts with -ena ("una cincuentena de países").
  decena: 10, decenas: 10, quincena: 15, veintena: 20, treintena: 30, cuarentena: 40, cincuentena: 50,
};
const ES_SCALES: Table = {
  decenio: 10, decenios: 10, década: 10, décadas: 10, cien: 100, ciento: 100, cientos: 100, centésimo: 100, mil: 1000, miles: 1000, milésimo: 1000, millón: 1e6, millones: 1e6,
  centenar: 100, centenares: 100, millar: 1000, millares: 1000,
};

/**
 * Words that name a period by its length, read as the numbers of months and days it spans: "his regular
 * 90-day reports" are "ses rapports trimestriels", "informes trimestrales"; "six-month reports" are
 * "rapports semestriels".
 */
const PERIODS: Readonly<Record<Language, Readonly<Record<string, readonly number[]>>>> = {
  en: { quarterly: [3, 90], semiannual: [6, 180], monthly: [1, 30], weekly: [7] },
  fr: {
    trimestre: [3, 90], trimestres: [3, 90], trimestriel: [3, 90], trimestrielle: [3, 90], trimestriels: [3, 90], trimestrielles: [3, 90],
    semestre: [6, 180], semestres: [6, 180], semestriel: [6, 180], semestrielle: [6, 180], semestriels: [6, 180], semestrielles: [6, 180],
    mensuel: [1, 30], mensuelle: [1, 30], mensuels: [1, 30], mensuelles: [1, 30], hebdomadaire: [7], hebdomadaires: [7],
  },
  es: {
    trimestre: [3, 90], trimestres: [3, 90], trimestral: [3, 90], trimestrales: [3, 90], semestre: [6, 180], semestres: [6, 180],
    semestral: [6, 180], semestrales: [6, 180], mensual: [1, 30], mensuales: [1, 30], semanal: [7], semanales: [7],
  },
};

const TABLES: Readonly<Record<Language, { units: Table; scales: Table; joiners: readonly string[] }>> = {
  en: { units: EN, scales: EN_SCALES, joiners: ['and', 'a'] },
  fr: { units: FR, scales: FR_SCALES, joiners: ['et'] },
  es: { units: ES, scales: ES_SCALES, joiners: ['y'] },
};

/** Spanish ordinals written as one word: "vigesimosexto", "decimotercera", "trigesimoprimer". */
const ES_COMPOUND = /^(decimo|vigesimo|trigesimo|cuadragesimo|quincuagesimo|sexagesimo|septuagesimo|octogesimo|nonagesimo)(.+)$/;
const ES_TENS: Table = { decimo: 10, vigesimo: 20, trigesimo: 30, cuadragesimo: 40, quincuagesimo: 50, sexagesimo: 60, septuagesimo: 70, octogesimo: 80, nonagesimo: 90 };

/** Strips the gender and number endings of ordinals ("primera", "segundos", "quintas") to the table form. */
function spanishForm(word: string): string {
  if (word in ES || word in ES_SCALES) return word;
  const base = word.replace(/(as|os|a)$/, 'o');
  return base in ES ? base : word;
}

/** Every word of every table, and the openings of the one-word Spanish ordinals: most words are none. */
const KNOWN: Readonly<Record<Language, ReadonlySet<string>>> = {
  en: new Set([...Object.keys(EN), ...Object.keys(EN_SCALES)]),
  fr: new Set([...Object.keys(FR), ...Object.keys(FR_SCALES)]),
  es: new Set([...Object.keys(ES), ...Object.keys(ES_SCALES)]),
};
const ES_OPENINGS = /^(?:d[ée]cim|vig[ée]sim|trig[ée]sim|cuadrag[ée]sim|quincuag[ée]sim|sexag[ée]sim|septuag[ée]sim|octog[ée]sim|nonag[ée]sim)/;

function wordValue(language: Language, word: string): { value: number; scale: boolean } | undefined {
  if (!KNOWN[language].has(word) && (language !== 'es' || !(/(?:as|os|a)$/.test(word) || ES_OPENINGS.test(word)))) return undefined;
  const t = TABLES[language];
  const w = language === 'es' ? spanishForm(word) : word;
  if (w in t.scales) return { value: t.scales[w]!, scale: true };
  if (w in t.units) return { value: t.units[w]!, scale: false };
  if (language === 'es') {
    const m = ES_COMPOUND.exec(w.normalize('NFD').replace(/\p{M}/gu, ''));
    if (m) {
      const rest = spanishForm(m[2]!);
      const unit = ES[rest] ?? ES[rest.replace(/o$/, 'imo')];
      if (unit !== undefined && unit < 10) return { value: ES_TENS[m[1]!]! + unit, scale: false };
    }
  }
  return undefined;
}

const WORD = /[\p{L}]+/gu;

/**
 * Whether only spaces and hyphens stand between two words ("sixty-five", "vingt et un"): the hyphen as
 * typed, and the Unicode hyphen and non-breaking hyphen ("soixante\u2011quinzième") the editors' tools put
 * in compound numbers.
 */
function onlySpaces(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0 && c !== 45 && c !== 0x2010 && c !== 0x2011 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

/**
 * A Roman numeral in capitals, up to 399: "Chapter IV" is "chapitre 4", "annex 1" is "annexe I". Larger ones
 * (with D and M) are left out: a resolution numbers no chapter or annex that far, and "MD" or "DC" are
 * abbreviations more often than numbers.
 */
const ROMAN = /(?<![\p{L}\p{N}])(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\p{L}\p{N}])/gu;
/**
 * "50/50 gender balance" is as often "el equilibrio de género" or "l'équilibre entre les sexes", without
 * the figures: the balance of the two genders is the 50 of a half-and-half split, as "parity" is.
 */
const GENDER_BALANCE: Readonly<Record<Language, RegExp>> = {
  en: /\bgender[\s\u00a0]+balance/iu,
  fr: /équilibre[\s\u00a0]+(?:entre[\s\u00a0]+(?:les[\s\u00a0]+)?(?:sexes|genres|femmes|hommes)|des[\s\u00a0]+sexes|femmes[\s\u00a0\u2010\u2011-]+hommes|hommes[\s\u00a0\u2010\u2011-]+femmes)/iu,
  es: /equilibrio[\s\u00a0]+(?:de[\s\u00a0]+género|entre[\s\u00a0]+(?:los[\s\u00a0]+)?(?:géneros|sexos|mujeres|hombres))/iu,
};

/**
 * Every number the words of `text` spell, alone and combined: "twenty-sixth" gives 20, 6 and 26;
 * "quatre-vingt-dix" gives 4, 20, 10, 80 and 90; "dos mil veinte" 2, 1000, 20 and 2020. Also the Roman
 * numerals in capitals, the lengths of the periods named ("trimestriel" gives 3 and 90) and the 50 of a gender
 * balance.
 */
export function numbersInWords(language: Language, text: string, into: Set<string>): void {
  const joiners = TABLES[language].joiners;
  let total = 0;
  let current = 0;
  // The last word added: a number's words fall in size ("sixty-five"), a larger one starts a new number
  // ("sixty-fifth and sixty-sixth" are two).
  let last = Infinity;
  let inRun = false;
  let lastEnd = 0;
  let lastWord: number | undefined;
  const close = (): void => {
    if (inRun) into.add(String(total + current));
    total = 0;
    current = 0;
    last = Infinity;
    inRun = false;
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0].toLowerCase();
    if (inRun && !onlySpaces(text, lastEnd, m.index)) close();
    lastEnd = m.index + m[0].length;
    if (inRun && joiners.includes(word)) {
      into.add(String(total + current));
      continue;
    }
    const v = wordValue(language, word);
    if (!v) {
      close();
      lastWord = undefined;
      for (const n of PERIODS[language][word] ?? []) into.add(String(n));
      continue;
    }
    into.add(String(v.value));
    const vingts = language === 'fr' && v.value === 20 && current > 0 && current < 20;
    if (inRun && !v.scale && !vingts && v.value >= last) close();
    inRun = true;
    if (v.scale) {
      // "un demi-milliard", "half a billion": the word right before the scale multiplies it alone too.
      if (lastWord !== undefined) into.add(String(lastWord * v.value));
      if (v.value >= 1000) {
        total += (current || 1) * v.value;
        current = 0;
      } else current = (current || 1) * v.value;
      last = Infinity;
    } else if (vingts) {
      current *= 20;
      last = 20;
    } else {
      current += v.value;
      last = v.value;
    }
    lastWord = v.value;
  }
  close();
  ROMAN.lastIndex = 0;
  for (let m = ROMAN.exec(text); m; m = ROMAN.exec(text)) into.add(String(romanValue(m[0].toLowerCase())));
  if (GENDER_BALANCE[language].test(text)) into.add('50');
}
