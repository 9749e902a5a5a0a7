import type { TextDocument } from 'vscode-languageserver-textdocument';
import { defineMessages, format, type Locale } from '../messages';
import type { Paragraph, ResolutionModel } from '../model/types';
import type { Comparison } from '../versions/lazy';
import { negotiationDigits, planInDocument, planRenumber, type RenumberPlan, type RenumberResult } from './renumber';

/**
 * Renumbering the language versions of a text together: when one version is renumbered, each of its other
 * versions gets the same mapping, paragraph by paragraph in order (the n-th operative paragraph of the other
 * version takes the number the n-th one of this version has now), and its references to its own paragraphs
 * are rewritten in its own language's forms (planRenumber reads them with that version's recognizer).
 *
 * Only a version whose operative paragraphs align one to one with this one's is renumbered: a version with
 * a paragraph more or less, or whose alignment pairs them otherwise, is left as written and the reason is
 * said, since any mapping would be a guess.
 */

export { RENUMBER_VERSIONS_COMMAND } from './commands';

const messages = defineMessages({
  count: {
    en: '{name} was not renumbered: it has {theirs} operative paragraphs and this version {ours}, so the new numbers cannot be carried over. Align the versions first.',
    fr: '{name} n’a pas été renuméroté : il a {theirs} paragraphes au dispositif et cette version {ours}, les nouveaux numéros ne peuvent donc pas y être reportés. Alignez d’abord les versions.',
    es: '{name} no se renumeró: tiene {theirs} párrafos dispositivos y esta versión {ours}, así que los nuevos números no pueden trasladarse. Alinee primero las versiones.',
  },
  unaligned: {
    en: '{name} was not renumbered: its operative paragraph {position} does not align with the paragraph in the same place here. Align the versions first.',
    fr: '{name} n’a pas été renuméroté : son paragraphe {position} du dispositif ne correspond pas au paragraphe placé au même rang ici. Alignez d’abord les versions.',
    es: '{name} no se renumeró: su párrafo dispositivo {position} no se corresponde con el párrafo que ocupa el mismo lugar aquí. Alinee primero las versiones.',
  },
  inserted: {
    en: '{name} was not renumbered: its operative paragraph {position} is an inserted paragraph (“bis”) in one version and not in the other.',
    fr: '{name} n’a pas été renuméroté : son paragraphe {position} du dispositif est un paragraphe inséré (« bis ») dans une version et pas dans l’autre.',
    es: '{name} no se renumeró: su párrafo dispositivo {position} es un párrafo insertado («bis») en una versión y no en la otra.',
  },
});

/** Why a version cannot follow the numbering of the other (undefined: it can), in the locale's words. */
export function renumberRefusal(comparison: Comparison, name: string, locale: Locale): string | undefined {
  const source = comparison.a.model;
  const other = comparison.b.model;
  if (source.operative.length !== other.operative.length) {
    return format(messages.count, locale, { name, theirs: other.operative.length, ours: source.operative.length });
  }
  const positionIn = (model: ResolutionModel): Map<Paragraph, number> => new Map(model.operative.map((p, i) => [p, i]));
  const sourcePosition = positionIn(source);
  const otherPosition = positionIn(other);
  // Every operative paragraph must be paired with the one at the same position in the other version.
  for (const pair of comparison.pairs) {
    const p = pair.a === undefined ? undefined : source.paragraphs[pair.a];
    const q = pair.b === undefined ? undefined : other.paragraphs[pair.b];
    const i = p ? sourcePosition.get(p) : undefined;
    const j = q ? otherPosition.get(q) : undefined;
    if (i === undefined && j === undefined) continue;
    if (i !== j) return format(messages.unaligned, locale, { name, position: (j ?? i)! + 1 });
  }
  for (const [i, p] of source.operative.entries()) {
    if (Boolean(p.number?.suffix) !== Boolean(other.operative[i]!.number?.suffix)) {
      return format(messages.inserted, locale, { name, position: i + 1 });
    }
  }
  return undefined;
}

/** The numbers the operative paragraphs of `source` have now, in order: the mapping the others follow. */
export function currentNumbering(source: ResolutionModel): (number | undefined)[] {
  return source.operative.map((p) => {
    if (p.number) return p.number.value;
    if (p.negotiationLabel?.kind !== 'OP') return undefined;
    const digits = negotiationDigits(source.text, p.negotiationLabel);
    return digits === p.negotiationLabel ? undefined : Number(source.text.slice(digits.start, digits.end));
  });
}

/** The plan that gives `other` the numbering of `source`, or the reason it is not given one. */
export function planRenumberFollowing(
  comparison: Comparison,
  name: string,
  locale: Locale,
  numbering: readonly (number | undefined)[] = currentNumbering(comparison.a.model),
): { plan: RenumberPlan } | { refused: string } {
  const refused = renumberRefusal(comparison, name, locale);
  return refused !== undefined ? { refused } : { plan: planRenumber(comparison.b.model, locale, numbering) };
}

/** One paired version as the renumbering of its counterpart leaves it: edits in its document, or a refusal. */
export type VersionRenumber = { readonly uri: string; readonly name: string } & (
  | { readonly result: RenumberResult }
  | { readonly refused: string }
);

/** planRenumberFollowing on a version's document, as text edits (the service and the server use it). */
export function renumberFollowing(
  comparison: Comparison,
  other: { readonly document: TextDocument; readonly name: string },
  locale: Locale,
  numbering?: readonly (number | undefined)[],
): VersionRenumber {
  const planned = planRenumberFollowing(comparison, other.name, locale, numbering);
  if ('refused' in planned) return { uri: other.document.uri, name: other.name, refused: planned.refused };
  return { uri: other.document.uri, name: other.name, result: planInDocument(other.document, planned.plan) };
}
