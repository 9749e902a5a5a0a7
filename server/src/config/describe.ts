import { format, type Locale } from '../messages';
import type { ConfigProblem } from './types';

/** A problem as one line: "file:line:col: message", lines and columns from 1. */
export function describeConfigProblem(problem: ConfigProblem, locale: Locale): string {
  const { line, character } = problem.range.start;
  return `${problem.file}:${line + 1}:${character + 1}: ${format(problem.message, locale, problem.args)}`;
}
