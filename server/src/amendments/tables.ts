import { AMENDS_SYMBOL, BASE_LINE } from './detect';
import type { Language } from '../lexicon';

/**
 * The words of amendments in the three languages, as the UN writes them. Everything the reader of an
 * amendment recognises is here as data: a new form is one more string, never one more branch.
 */

/** What an instruction does. `replace-for` is "substitute NEW for OLD": the new words come first. */
export type Action = 'delete' | 'replace' | 'replace-for' | 'insert' | 'add' | 'renumber' | 'reads';
export type Position = 'before' | 'after' | 'end' | 'start';
export type Part = 'preamble' | 'operative';

export interface AmendmentWords {
  /** Verbs opening an instruction, and what they do. */
  readonly verbs: Readonly<Record<Action, readonly string[]>>;
  /** Where inserted text goes, relative to a target or to quoted words. */
  readonly positions: Readonly<Record<Position, readonly string[]>>;
  /** Between the old and the new words of a replacement ("replace "a" with "b""). */
  readonly replaceWith: readonly string[];
  /** Marks a new paragraph (rather than new words). */
  readonly newParagraph: readonly string[];
  /** Words in the "new paragraph" phrase that say which part it belongs to. */
  readonly newPart: Readonly<Record<Part | 'subparagraph', readonly string[]>>;
  /** "…paragraph reading:" — the paragraph's text is quoted after the instruction. */
  readonly reading: readonly string[];
  /** The line naming the draft an amendment sheet amends: "Amendments to: draft.md". */
  readonly baseLine: RegExp;
  /** "…: amendment to draft resolution A/80/L.18" in a UN amendment document. */
  readonly amendsSymbol: RegExp;
  /** Targets, most specific first: {ord} an ordinal, {num} a number, {label} a subparagraph letter, {labels} letters after a number. */
  readonly targets: readonly TargetPattern[];
  /** How a target is named in messages and in written amendments. */
  readonly names: Readonly<Record<'preamble' | 'operative' | 'preamblePart' | 'operativePart', string>>;
  /** Sentences the amendment writer produces (diff --as-amendments). */
  readonly write: Readonly<Record<WrittenOperation, string>>;
  /** The first line of a written amendment sheet. */
  readonly sheetHeading: string;
}

export type WrittenOperation = 'deleteParagraph' | 'replaceParagraph' | 'insertAfter' | 'insertBefore' | 'addAtEnd' | 'deleteWords' | 'replaceWords' | 'insertWordsAfter' | 'insertWordsBefore';

export interface TargetPattern {
  readonly pattern: string;
  /** 'end-of-part' names the preamble or the operative part as a whole ("at the end of the preamble"). */
  readonly part: Part;
  readonly whole?: boolean;
}

const EN: AmendmentWords = {
  verbs: {
    delete: ['delete', 'strike out', 'strike', 'remove'],
    replace: ['replace', 'amend'],
    'replace-for': ['substitute'],
    insert: ['insert'],
    add: ['add'],
    renumber: ['renumber'],
    reads: ['so that the paragraph will read', 'so that the paragraph would read', 'so that the paragraph reads', 'so that it will read', 'so that it reads', 'so as to read', 'to read'],
  },
  positions: { after: ['after'], before: ['before'], end: ['at the end of'], start: ['at the beginning of', 'at the start of'] },
  replaceWith: ['with', 'by'],
  newParagraph: ['new paragraph', 'new paragraphs', 'new preambular paragraph', 'new preambular paragraphs', 'new operative paragraph', 'new operative paragraphs', 'new subparagraph', 'new subparagraphs', 'the following paragraph', 'a paragraph'],
  newPart: { preamble: ['preambular'], operative: ['operative'], subparagraph: ['subparagraph'] },
  reading: ['reading', 'which reads', 'that reads', 'which read'],
  baseLine: BASE_LINE.en,
  amendsSymbol: AMENDS_SYMBOL.en,
  targets: [
    { pattern: 'subparagraph {label} of (?:operative )?paragraph {num}', part: 'operative' },
    { pattern: '(?:the )?{ord} preambular paragraph', part: 'preamble' },
    { pattern: 'preambular paragraph {num}', part: 'preamble' },
    { pattern: 'pp ?{num}', part: 'preamble' },
    { pattern: '(?:the )?{ord} operative paragraph', part: 'operative' },
    { pattern: '(?:operative )?paragraph {num}{labels}', part: 'operative' },
    { pattern: 'op ?{num}{labels}', part: 'operative' },
    { pattern: '(?:the )?preamble', part: 'preamble', whole: true },
    { pattern: '(?:the )?operative part', part: 'operative', whole: true },
  ],
  names: { preamble: '{ord} preambular paragraph', operative: 'operative paragraph {num}', preamblePart: 'preamble', operativePart: 'operative part' },
  write: {
    deleteParagraph: 'Delete {target}.',
    replaceParagraph: 'Replace {target} with the following:',
    insertAfter: 'After {target}, insert a new paragraph reading:',
    insertBefore: 'Before {target}, insert a new paragraph reading:',
    addAtEnd: 'At the end of {target}, add a new paragraph reading:',
    deleteWords: 'In {target}, delete the words “{old}”.',
    replaceWords: 'In {target}, replace the words “{old}” with “{new}”.',
    insertWordsAfter: 'In {target}, insert “{new}” after “{old}”.',
    insertWordsBefore: 'In {target}, insert “{new}” before “{old}”.',
  },
  sheetHeading: 'Amendments to: {base}',
};

const FR: AmendmentWords = {
  verbs: {
    delete: ['supprimer', 'supprime', 'biffer'],
    replace: ['remplacer', 'remplace', 'modifier'],
    'replace-for': [],
    insert: ['insérer', 'insère', 'intercaler'],
    add: ['ajouter', 'ajoute'],
    renumber: ['renuméroter', 'renumérote'],
    reads: ['de sorte que le paragraphe se lise comme suit', 'de sorte que l\'alinéa se lise comme suit', 'de sorte qu\'il se lise comme suit', 'de façon qu\'il se lise comme suit', 'pour qu\'il se lise comme suit', 'qui se lira comme suit', 'de manière à ce qu\'il se lise comme suit'],
  },
  positions: { after: ['après'], before: ['avant'], end: ['à la fin du', 'à la fin de l\'', 'à la fin de la', 'à la fin de'], start: ['au début du', 'au début de l\'', 'au début de la', 'au début de'] },
  replaceWith: ['par'],
  newParagraph: ['nouvel alinéa', 'nouveaux alinéas', 'nouveau paragraphe', 'nouveaux paragraphes', 'nouvel alinéa du préambule', 'alinéa suivant', 'paragraphe suivant'],
  newPart: { preamble: ['du préambule'], operative: ['du dispositif', 'paragraphe'], subparagraph: [] },
  reading: ['ainsi libellé', 'ainsi conçu', 'libellé comme suit', 'qui se lit', 'qui se lit comme suit'],
  baseLine: BASE_LINE.fr,
  amendsSymbol: AMENDS_SYMBOL.fr,
  targets: [
    { pattern: '(?:l\'|le )?alinéa {label} du paragraphe {num}(?: du dispositif)?', part: 'operative' },
    { pattern: '(?:le |l\')?{ord} alinéa du préambule', part: 'preamble' },
    { pattern: '(?:l\')?alinéa {num} du préambule', part: 'preamble' },
    { pattern: 'pp ?{num}', part: 'preamble' },
    { pattern: '(?:le )?{ord} paragraphe du dispositif', part: 'operative' },
    { pattern: '(?:le )?paragraphe {num}{labels}(?: du dispositif)?', part: 'operative' },
    { pattern: 'op ?{num}{labels}', part: 'operative' },
    { pattern: '(?:le )?préambule', part: 'preamble', whole: true },
    { pattern: '(?:le )?dispositif', part: 'operative', whole: true },
  ],
  names: { preamble: '{ord} alinéa du préambule', operative: 'paragraphe {num} du dispositif', preamblePart: 'préambule', operativePart: 'dispositif' },
  write: {
    deleteParagraph: 'Supprimer le {target}.',
    replaceParagraph: 'Remplacer le {target} par le texte suivant :',
    insertAfter: 'Après le {target}, insérer un nouvel alinéa ainsi libellé :',
    insertBefore: 'Avant le {target}, insérer un nouvel alinéa ainsi libellé :',
    addAtEnd: 'À la fin du {target}, ajouter un nouvel alinéa ainsi libellé :',
    deleteWords: 'Au {target}, supprimer les mots « {old} ».',
    replaceWords: 'Au {target}, remplacer les mots « {old} » par « {new} ».',
    insertWordsAfter: 'Au {target}, insérer « {new} » après « {old} ».',
    insertWordsBefore: 'Au {target}, insérer « {new} » avant « {old} ».',
  },
  sheetHeading: 'Amendements au projet : {base}',
};

const ES: AmendmentWords = {
  verbs: {
    delete: ['suprímase', 'suprímanse', 'suprimase', 'supprimanse', 'suprimir', 'elimínese', 'elimínense', 'eliminar'],
    replace: ['sustitúyase', 'sustitúyanse', 'sustituir', 'reemplácese', 'reemplácense', 'reemplazar', 'modifíquese'],
    'replace-for': [],
    insert: ['insértese', 'insértense', 'insertar', 'intercálese'],
    add: ['añádase', 'añádanse', 'añadir', 'agréguese', 'agréguense', 'agregar'],
    renumber: ['renumérense', 'renumerar', 'renumérese'],
    reads: ['de modo que el párrafo diga', 'de modo que el apartado diga', 'de modo que diga', 'de manera que el párrafo diga', 'de manera que diga', 'para que diga', 'que quedará redactado'],
  },
  positions: { after: ['después del', 'después de la', 'después de', 'tras'], before: ['antes del', 'antes de la', 'antes de'], end: ['al final del', 'al final de la', 'al final de'], start: ['al principio del', 'al comienzo del', 'al inicio del', 'al principio de'] },
  replaceWith: ['por', 'con'],
  newParagraph: ['nuevo párrafo', 'nuevos párrafos', 'nuevo apartado', 'nuevos apartados', 'párrafo siguiente', 'nuevo párrafo del preámbulo'],
  newPart: { preamble: ['del preámbulo'], operative: ['de la parte dispositiva', 'dispositivo'], subparagraph: ['apartado'] },
  reading: ['que diga', 'que dice', 'cuyo texto es', 'redactado', 'del tenor siguiente'],
  baseLine: BASE_LINE.es,
  amendsSymbol: AMENDS_SYMBOL.es,
  targets: [
    { pattern: '(?:el )?apartado {label} del párrafo {num}(?: de la parte dispositiva)?', part: 'operative' },
    { pattern: '(?:el )?{ord} párrafo del preámbulo', part: 'preamble' },
    { pattern: '(?:el )?párrafo {num} del preámbulo', part: 'preamble' },
    { pattern: 'pp ?{num}', part: 'preamble' },
    { pattern: '(?:el )?{ord} párrafo de la parte dispositiva', part: 'operative' },
    { pattern: '(?:el )?párrafo {num}{labels}(?: de la parte dispositiva)?', part: 'operative' },
    { pattern: 'op ?{num}{labels}', part: 'operative' },
    { pattern: '(?:el )?preámbulo', part: 'preamble', whole: true },
    { pattern: '(?:la )?parte dispositiva', part: 'operative', whole: true },
  ],
  names: { preamble: '{ord} párrafo del preámbulo', operative: 'párrafo {num} de la parte dispositiva', preamblePart: 'preámbulo', operativePart: 'parte dispositiva' },
  write: {
    deleteParagraph: 'Suprímase el {target}.',
    replaceParagraph: 'Sustitúyase el {target} por el texto siguiente:',
    insertAfter: 'Después del {target}, insértese un nuevo párrafo que diga:',
    insertBefore: 'Antes del {target}, insértese un nuevo párrafo que diga:',
    addAtEnd: 'Al final de la {target}, añádase un nuevo párrafo que diga:',
    deleteWords: 'En el {target}, suprímanse las palabras «{old}».',
    replaceWords: 'En el {target}, sustitúyanse las palabras «{old}» por «{new}».',
    insertWordsAfter: 'En el {target}, insértese «{new}» después de «{old}».',
    insertWordsBefore: 'En el {target}, insértese «{new}» antes de «{old}».',
  },
  sheetHeading: 'Enmiendas al proyecto: {base}',
};

export const AMENDMENT_WORDS: Readonly<Record<Language, AmendmentWords>> = { en: EN, fr: FR, es: ES };

/** Opening and closing quotation marks amendments use around words. */
export const QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['«', '»'],
  ['"', '"'],
  ['„', '“'],
  ['‘', '’'],
];

/**
 * Ordinals from 1 to 99 as words, built from their parts in each language. The first form of each number
 * is the one written; the others are read ("twenty first", "vingt-et-unième", "vigesimoprimero").
 */
interface OrdinalParts {
  /** 1–19 (index 0 = 1): each number's forms. */
  readonly small: readonly (readonly string[])[];
  /** 20, 30, … 90 as ordinals. */
  readonly tens: readonly string[];
  /** 20, 30, … 90 as cardinals, to build the compounds (French). */
  readonly tensCardinal: readonly string[];
  /** How a ten and a unit combine: forms built from the ten's ordinal or cardinal and the unit's forms. */
  combine(n: number, tenOrdinal: string, tenCardinal: string, unit: readonly string[]): readonly string[];
}

const ORDINAL_PARTS: Readonly<Record<Language, OrdinalParts>> = {
  en: {
    small: [
      ['first'], ['second'], ['third'], ['fourth'], ['fifth'], ['sixth'], ['seventh'], ['eighth'], ['ninth'], ['tenth'],
      ['eleventh'], ['twelfth'], ['thirteenth'], ['fourteenth'], ['fifteenth'], ['sixteenth'], ['seventeenth'], ['eighteenth'], ['nineteenth'],
    ],
    tens: ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'],
    tensCardinal: ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'],
    combine: (_n, _o, cardinal, unit) => unit.flatMap((u) => [`${cardinal}-${u}`, `${cardinal} ${u}`]),
  },
  fr: {
    small: [
      ['premier', 'première'], ['deuxième', 'second', 'seconde'], ['troisième'], ['quatrième'], ['cinquième'], ['sixième'], ['septième'], ['huitième'], ['neuvième'], ['dixième'],
      ['onzième'], ['douzième'], ['treizième'], ['quatorzième'], ['quinzième'], ['seizième'], ['dix-septième'], ['dix-huitième'], ['dix-neuvième'],
    ],
    tens: ['vingtième', 'trentième', 'quarantième', 'cinquantième', 'soixantième', 'soixante-dixième', 'quatre-vingtième', 'quatre-vingt-dixième'],
    tensCardinal: ['vingt', 'trente', 'quarante', 'cinquante', 'soixante', 'soixante', 'quatre-vingt', 'quatre-vingt'],
    combine: (n, _o, cardinal) => {
      // 71–79 and 91–99 count on from dix ("soixante-douzième"); 21, 31 … 71 take "et" ("vingt et unième").
      const ten = Math.floor(n / 10);
      const rest = ten === 7 || ten === 9 ? (n % 10) + 10 : n % 10;
      const units = ORDINAL_PARTS.fr.small[rest - 1]!.filter((u) => u !== 'second' && u !== 'seconde');
      const unitWord = rest === 1 ? 'unième' : rest === 11 ? 'onzième' : undefined;
      if (unitWord && ten !== 8 && ten !== 9) return [`${cardinal} et ${unitWord}`, `${cardinal}-et-${unitWord}`];
      return (unitWord ? [unitWord] : units).map((u) => `${cardinal}-${u}`);
    },
  },
  es: {
    small: [
      ['primero', 'primer', 'primera'], ['segundo', 'segunda'], ['tercero', 'tercer', 'tercera'], ['cuarto', 'cuarta'], ['quinto', 'quinta'], ['sexto', 'sexta'], ['séptimo', 'sétimo', 'séptima'], ['octavo', 'octava'], ['noveno', 'nono', 'novena'], ['décimo', 'décima'],
      ['undécimo', 'decimoprimero', 'decimoprimer', 'décimo primero', 'décimo primer'], ['duodécimo', 'decimosegundo', 'décimo segundo'], ['decimotercero', 'decimotercer', 'décimo tercero', 'décimo tercer'], ['decimocuarto', 'décimo cuarto'], ['decimoquinto', 'décimo quinto'],
      ['decimosexto', 'décimo sexto'], ['decimoséptimo', 'décimo séptimo'], ['decimoctavo', 'décimo octavo'], ['decimonoveno', 'décimo noveno'],
    ],
    tens: ['vigésimo', 'trigésimo', 'cuadragésimo', 'quincuagésimo', 'sexagésimo', 'septuagésimo', 'octogésimo', 'nonagésimo'],
    tensCardinal: [],
    combine: (_n, ordinal, _c, unit) => unit.flatMap((u) => [`${ordinal} ${u}`, `${ordinal.replace('é', 'e')}${u}`]),
  },
};

function ordinalForms(language: Language): Map<string, number> {
  const parts = ORDINAL_PARTS[language];
  const forms = new Map<string, number>();
  const add = (n: number, list: readonly string[]): void => {
    for (const f of list) if (!forms.has(f)) forms.set(f, n);
  };
  parts.small.forEach((list, i) => add(i + 1, list));
  parts.tens.forEach((tenOrdinal, i) => {
    const ten = (i + 2) * 10;
    add(ten, [tenOrdinal]);
    for (let unit = 1; unit <= 9; unit++) add(ten + unit, parts.combine(ten + unit, tenOrdinal, parts.tensCardinal[i] ?? '', parts.small[unit - 1]!));
  });
  return forms;
}

const ORDINALS: Readonly<Record<Language, Map<string, number>>> = { en: ordinalForms('en'), fr: ordinalForms('fr'), es: ordinalForms('es') };

/** The number an ordinal word stands for ("thirty-eighth" → 38), or undefined. */
export function ordinalValue(language: Language, word: string): number | undefined {
  return ORDINALS[language].get(word.toLowerCase());
}

/** The written ordinal of n (1–99) in a language: the first of its forms. */
export function ordinalWord(language: Language, n: number): string {
  for (const [form, value] of ORDINALS[language]) if (value === n) return form;
  return String(n);
}

/** Every ordinal form, longest first, so that an alternation prefers "thirty-eighth" over "thirty". */
export function ordinalAlternatives(language: Language): string[] {
  return [...ORDINALS[language].keys()].sort((a, b) => b.length - a.length);
}
