import { lineOf } from '../model/lines';
import type { Directive } from './parse';

/** What applyDirectives needs of a finding: where it starts, and its rule. */
export interface Silenceable {
  readonly start: number;
  readonly code: string;
}

export type DirectiveProblem =
  | { readonly kind: 'unknown-code'; readonly code: string; readonly start: number; readonly end: number }
  | { readonly kind: 'unused'; readonly directive: Directive };

/** One switched-off stretch: the rule codes (none: every rule) from one line to another, inclusive. */
interface Silence {
  readonly directive: Directive;
  readonly codes: readonly string[];
  readonly fromLine: number;
  readonly toLine: number;
  used: boolean;
}

function silences(directives: readonly Directive[], lineCount: number): Silence[] {
  const list: Silence[] = [];
  const open: Silence[] = [];
  const close = (s: Silence, line: number): void => {
    list.push({ ...s, toLine: line });
  };
  for (const d of directives) {
    if (d.kind === 'disable-file') list.push({ directive: d, codes: d.codes, fromLine: 0, toLine: lineCount, used: false });
    else if (d.kind === 'disable-next-line') list.push({ directive: d, codes: d.codes, fromLine: d.line + 1, toLine: d.line + 1, used: false });
    else if (d.kind === 'disable') open.push({ directive: d, codes: d.codes, fromLine: d.line, toLine: lineCount, used: false });
    else {
      // `enable` with codes ends the stretches of those codes; without, every open stretch.
      for (let i = open.length - 1; i >= 0; i--) {
        const s = open[i]!;
        const ends = d.codes.length === 0 || (s.codes.length > 0 && s.codes.every((c) => d.codes.includes(c)));
        if (ends) {
          close(s, d.line);
          open.splice(i, 1);
        }
      }
    }
  }
  for (const s of open) close(s, lineCount);
  return list;
}

/**
 * The findings the directives leave, and the directives' own problems: a code no rule has, and (when asked)
 * a directive that silenced nothing. Findings are matched by the line they start on. Pure, and applied in
 * one place (the analysis), so that the command line, the server and every editor agree.
 */
export function applyDirectives<F extends Silenceable>(
  findings: readonly F[],
  directives: readonly Directive[],
  lineStarts: readonly number[],
  knownCodes: ReadonlySet<string>,
  reportUnused = false,
): { kept: F[]; problems: DirectiveProblem[] } {
  if (directives.length === 0) return { kept: [...findings], problems: [] };
  const problems: DirectiveProblem[] = [];
  for (const d of directives) {
    for (const c of d.codeSpans) if (!knownCodes.has(c.code)) problems.push({ kind: 'unknown-code', code: c.code, start: c.start, end: c.end });
  }
  const list = silences(directives, lineStarts.length);
  const kept = findings.filter((f) => {
    const line = lineOf(lineStarts, f.start);
    const silence = list.find((s) => line >= s.fromLine && line <= s.toLine && (s.codes.length === 0 || s.codes.includes(f.code)));
    if (silence) silence.used = true;
    return !silence;
  });
  if (reportUnused) {
    const used = new Set(list.filter((s) => s.used).map((s) => s.directive));
    // (A directive with an unknown code is reported for that already.)
    const unknown = (d: Directive): boolean => d.codes.some((c) => !knownCodes.has(c));
    for (const d of directives) if (d.kind !== 'enable' && !used.has(d) && !unknown(d)) problems.push({ kind: 'unused', directive: d });
  }
  return { kept, problems };
}
