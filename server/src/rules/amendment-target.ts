import { describeProblem } from '../amendments/lazy';
import { defineMessages } from '../messages';
import type { Span } from '../model/types';
import type { Rule, RuleContext } from './types';

const messages = defineMessages({
  description: {
    en: 'In an amendment sheet, each operation names a paragraph that exists in the draft it amends, and words that occur there exactly once; no two operations contradict.',
    fr: 'Dans une feuille d’amendements, chaque opération vise un paragraphe qui existe dans le projet amendé et des mots qui y figurent une seule fois ; aucune opération n’en contredit une autre.',
    es: 'En una hoja de enmiendas, cada operación se refiere a un párrafo que existe en el proyecto enmendado y a palabras que figuran en él una sola vez; ninguna operación contradice a otra.',
  },
  noBase: {
    en: 'The draft these amendments apply to was not found: "{base}" is not in the workspace, so the operations cannot be checked.',
    fr: 'Le projet auquel s’appliquent ces amendements est introuvable : « {base} » n’est pas dans l’espace de travail, les opérations ne peuvent donc pas être vérifiées.',
    es: 'No se encontró el proyecto al que se aplican estas enmiendas: «{base}» no está en el espacio de trabajo, por lo que no se pueden verificar las operaciones.',
  },
});

/**
 * Runs only on amendment sheets (see amendments/read.ts: a first line naming the draft, a UN amendment's
 * "amendment to draft resolution A/…", or a .amend.unres file); an ordinary draft gets nothing. Each
 * operation is planned on the base draft as the CLI's `amend` would apply it, and every refusal is an
 * error at the words that cause it: the target, or the quoted words.
 */
export const amendmentTarget: Rule = {
  code: 'amendment-target',
  description: messages.description,
  defaultSeverity: 'error',
  check(ctx) {
    const context = ctx.amendment;
    if (!context) return;
    const { sheet } = context;
    for (const problem of sheet.problems) report(ctx, problem, describeProblem({ message: problem.code === 'no-target' ? 'noTarget' : 'noText', args: {} }, ctx.locale));
    if (!context.baseModel) {
      if (sheet.base) report(ctx, sheet.base.span, ctx.t(messages.noBase, { base: sheet.base.name ?? sheet.base.symbol ?? '' }));
      return;
    }
    for (const plan of context.plans) {
      if (plan.problem) report(ctx, plan.problemSpan ?? plan.operation.span, describeProblem(plan.problem, ctx.locale));
    }
  },
};

/** Findings stay on one line: a target phrase wrapped over two lines of PDF text is marked on its first. */
function report(ctx: RuleContext, span: Span, message: string): void {
  const text = ctx.model.text;
  const lineEnd = text.slice(span.start, span.end).search(/\r?\n/);
  ctx.report({ start: span.start, end: lineEnd === -1 ? span.end : span.start + lineEnd, message });
}
