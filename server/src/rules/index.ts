import { agreement } from './agreement';
import { amendmentTarget } from './amendment-target';
import { citationFormat } from './citation-format';
import { citationFuture } from './citation-future';
import { citationUnknown } from './citation-unknown';
import { citationYear } from './citation-year';
import { crossReference } from './cross-reference';
import { italicLead } from './italic-lead';
import { operativeNumbering } from './operative-numbering';
import { operativePunctuation } from './operative-punctuation';
import { operativeVerb } from './operative-verb';
import { organLine } from './organ-line';
import { paragraphOrder } from './paragraph-order';
import { preamblePhrase } from './preamble-phrase';
import { preamblePunctuation } from './preamble-punctuation';
import { subparagraphLabels } from './subparagraph-labels';
import { versionAlignment } from './version-alignment';
import { citationDate } from './citation-date';
import { phraseSequence } from './phrase-sequence';
import { chapterVii } from './chapter-vii';
import { closingFormula } from './closing-formula';
import { frenchSpacing } from './french-spacing';
import { footnotePosition } from './footnote-position';
import { charterCapitals } from './charter-capitals';
import { brackets } from './brackets';
import { citationOrder } from './citation-order';
import type { Rule } from './types';

export type { Fix, Finding, OffsetEdit, Rule, RuleContext } from './types';

/** Every rule, in the order their findings are listed. Add a rule by adding its module here. */
export const RULES: readonly Rule[] = [
  organLine,
  paragraphOrder,
  preamblePhrase,
  operativeVerb,
  italicLead,
  agreement,
  preamblePunctuation,
  operativePunctuation,
  operativeNumbering,
  subparagraphLabels,
  crossReference,
  citationYear,
  citationFuture,
  citationUnknown,
  citationFormat,
  amendmentTarget,
  versionAlignment,
  citationDate,
  phraseSequence,
  chapterVii,
  closingFormula,
  frenchSpacing,
  footnotePosition,
  charterCapitals,
  brackets,
  citationOrder,
];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
