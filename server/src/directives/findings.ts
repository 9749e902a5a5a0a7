import { defineMessages, format, type Locale } from '../messages';
import type { Severity } from '../settings';
import type { DirectiveProblem } from './apply';

/** The code shown with a directive's own problems (it is not a rule: it cannot be switched off). */
export const DIRECTIVE_CODE = 'unres-directive';

const messages = defineMessages({
  unknown: {
    en: 'No rule has the code "{code}": this directive silences nothing for it (the command "unres rules" lists the codes).',
    fr: 'Aucune règle n’a le code « {code} » : cette directive ne fait rien taire pour lui (la commande « unres rules » énumère les codes).',
    es: 'Ninguna regla tiene el código «{code}»: esta directiva no silencia nada con él (el comando «unres rules» enumera los códigos).',
  },
  unused: {
    en: 'This directive silences nothing: no finding it names stands where it applies.',
    fr: 'Cette directive ne fait rien taire : aucun constat qu’elle nomme ne se trouve là où elle s’applique.',
    es: 'Esta directiva no silencia nada: ningún hallazgo que nombra está donde se aplica.',
  },
});

/** A directive's problem as a finding of the analysis (same shape as a rule's). */
export interface DirectiveFinding {
  readonly start: number;
  readonly end: number;
  readonly message: string;
  readonly code: string;
  readonly effectiveSeverity: Severity;
}

export function directiveFindings(problems: readonly DirectiveProblem[], locale: Locale): DirectiveFinding[] {
  return problems.map((p) =>
    p.kind === 'unknown-code'
      ? { start: p.start, end: p.end, code: DIRECTIVE_CODE, effectiveSeverity: 'warning', message: format(messages.unknown, locale, { code: p.code }) }
      : { start: p.directive.start, end: p.directive.end, code: DIRECTIVE_CODE, effectiveSeverity: 'warning', message: format(messages.unused, locale) },
  );
}
