import type { ContextReader, Statement } from './context';
import type { Fields } from './fields';
import type { NumberFacts } from './organs';
import type { CitedBody } from './types';

/** A citation read but not yet made: the organ of a number waits for the end of its list. */
export interface Pending {
  readonly start: number;
  readonly end: number;
  /** A symbol names its organ itself; a number has its organ resolved from the words. */
  readonly fields: Fields | undefined;
  readonly facts: NumberFacts | undefined;
  readonly parts: Fields['parts'];
  readonly part: string | undefined;
  /** The session as written in parentheses, or the special session ("S-26"), for the standard form. */
  readonly written: string;
  statement: Statement;
  /** Whether the statement is the list's, shared from its first citation. */
  shared: boolean;
  /** The organ named right after the citation ("… of the Human Rights Council"). */
  readonly after: readonly CitedBody[] | undefined;
}

export function pendingOf(
  context: ContextReader,
  start: number,
  end: number,
  fields: Fields | undefined,
  facts: NumberFacts | undefined,
  parts: Fields['parts'],
  part: string | undefined,
  written: string,
  statement: Statement,
): Pending {
  return { start, end, fields, facts, parts, part, written, statement, shared: false, after: context.namedAfter(end) };
}
