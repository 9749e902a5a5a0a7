import { operativeNumbering } from './operative-numbering';
import { organLine } from './organ-line';
import type { Rule } from './types';

export type { Fix, Finding, OffsetEdit, Rule, RuleContext } from './types';

/** Every rule, in the order their findings are listed. Add a rule by adding its module here. */
export const RULES: readonly Rule[] = [organLine, operativeNumbering];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
