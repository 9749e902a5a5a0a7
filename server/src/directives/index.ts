/**
 * Inline directives, `<!-- unres-disable CODE -->` … `<!-- unres-enable -->`, `<!-- unres-disable-next-line
 * CODE -->` and `<!-- unres-disable-file -->`: parsed from the text and applied to the findings, pure.
 */
export { parseDirectives, type Directive, type DirectiveKind } from './parse';
export { applyDirectives, type DirectiveProblem, type Silenceable } from './apply';
export { DIRECTIVE_CODE, directiveFindings } from './findings';
export { DISABLE_RULE_COMMAND, silencings, type Silencing, type SettingsTarget } from './quickFixes';
