import { defineMessages, format, type Locale } from '../messages';
import type { Target } from './read';
import { AMENDMENT_WORDS, ordinalWord } from './tables';

/** What a delegate reads when an operation cannot be applied, in the three languages. */
export const AMENDMENT_MESSAGES = defineMessages({
  missing: {
    en: 'The draft has no {target}: it has {count}.',
    fr: 'Le projet n’a pas de {target} : il en a {count}.',
    es: 'El proyecto no tiene {target}: tiene {count}.',
  },
  ambiguous: {
    en: 'The draft has {count} paragraphs that could be the {target}: renumber the draft first.',
    fr: 'Le projet a {count} paragraphes qui pourraient être le {target} : renumérotez d’abord le projet.',
    es: 'El proyecto tiene {count} párrafos que podrían ser el {target}: renumere primero el proyecto.',
  },
  missingLabel: {
    en: 'The {target} has no subparagraph ({label}).',
    fr: 'Le {target} n’a pas d’alinéa {label}).',
    es: 'El {target} no tiene apartado {label}).',
  },
  wordsAbsent: {
    en: 'The words “{words}” are not in the {target}.',
    fr: 'Les mots « {words} » ne figurent pas au {target}.',
    es: 'Las palabras «{words}» no figuran en el {target}.',
  },
  wordsAmbiguous: {
    en: 'The words “{words}” occur {count} times in the {target} (line {lines} of the draft): quote more of the text, so that one occurrence is meant.',
    fr: 'Les mots « {words} » figurent {count} fois au {target} (ligne {lines} du projet) : citez davantage de texte pour désigner une seule occurrence.',
    es: 'Las palabras «{words}» figuran {count} veces en el {target} (línea {lines} del proyecto): cite más texto para designar una sola aparición.',
  },
  quotedDiffers: {
    en: 'The text quoted is not the text of the {target} in the draft (it begins “{actual}”): check which paragraph is meant.',
    fr: 'Le texte cité n’est pas celui du {target} du projet (qui commence par « {actual} ») : vérifiez le paragraphe visé.',
    es: 'El texto citado no es el del {target} del proyecto (que empieza por «{actual}»): compruebe el párrafo al que se refiere.',
  },
  contradicts: {
    en: 'This operation changes text that operation {other} already deletes or replaces.',
    fr: 'Cette opération modifie un texte que l’opération {other} supprime ou remplace déjà.',
    es: 'Esta operación modifica un texto que la operación {other} ya suprime o sustituye.',
  },
  noTarget: {
    en: 'This instruction does not say which paragraph it changes.',
    fr: 'Cette instruction ne dit pas quel paragraphe elle modifie.',
    es: 'Esta instrucción no dice qué párrafo modifica.',
  },
  noText: {
    en: 'This instruction gives no new text: write it after the colon, or in quotation marks.',
    fr: 'Cette instruction ne donne pas de nouveau texte : écrivez-le après les deux-points, ou entre guillemets.',
    es: 'Esta instrucción no da texto nuevo: escríbalo después de los dos puntos, o entre comillas.',
  },
  emptyPart: {
    en: 'The draft has no {target}.',
    fr: 'Le projet n’a pas de {target}.',
    es: 'El proyecto no tiene {target}.',
  },
  notApplied: {
    en: 'Not applied, because another operation was refused (use --partial to apply the others).',
    fr: 'Non appliquée, car une autre opération a été refusée (--partial applique les autres).',
    es: 'No aplicada, porque se rechazó otra operación (--partial aplica las demás).',
  },
  covered: {
    en: 'Checked; the text the sentence gives for the whole paragraph is applied.',
    fr: 'Vérifiée ; le texte que la phrase donne pour tout le paragraphe est appliqué.',
    es: 'Verificada; se aplica el texto que la frase da para todo el párrafo.',
  },
  noBase: {
    en: 'The draft these amendments apply to was not found ({base}).',
    fr: 'Le projet auquel s’appliquent ces amendements est introuvable ({base}).',
    es: 'No se encontró el proyecto al que se aplican estas enmiendas ({base}).',
  },
  renumbered: {
    en: 'The paragraphs were renumbered and {count} references to them updated.',
    fr: 'Les paragraphes ont été renumérotés et {count} renvois mis à jour.',
    es: 'Se renumeraron los párrafos y se actualizaron {count} remisiones.',
  },
});

export type AmendmentMessage = keyof typeof AMENDMENT_MESSAGES;

/** A problem with an operation: the message key and its arguments, formatted in the reader's locale. */
export interface AmendmentProblem {
  readonly message: AmendmentMessage;
  readonly args: Readonly<Record<string, string | number>>;
}

export function describeProblem(problem: AmendmentProblem, locale: Locale): string {
  return format(AMENDMENT_MESSAGES[problem.message], locale, problem.args);
}

/** "operative paragraph 5 (c)", "paragraphe 5 c) du dispositif", "cuarto párrafo del preámbulo". */
export function targetName(target: Pick<Target, 'part' | 'number' | 'labels' | 'whole'>, locale: Locale): string {
  const names = AMENDMENT_WORDS[locale].names;
  if (target.whole) return target.part === 'preamble' ? names.preamblePart : names.operativePart;
  if (target.part === 'preamble') return names.preamble.replace('{ord}', ordinalWord(locale, target.number));
  const labels = target.labels.map((l) => (locale === 'en' ? ` (${l})` : ` ${l})`)).join('');
  return names.operative.replace('{num}', `${target.number}${labels}`);
}

/** "12, 14 and 20": a list in the reader's language. */
export function joinList(items: readonly (string | number)[], locale: Locale): string {
  const and = { en: ' and ', fr: ' et ', es: ' y ' }[locale];
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
