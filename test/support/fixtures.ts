/**
 * Fixture documents with their expected diagnostics marked inline, under the line they concern:
 *
 *   3. *Requests* the Secretary-General;
 *   ^ operative-numbering
 *
 * The carets give the columns of the range (start to end, exclusive of the column after the last caret),
 * the word after them the rule code. Marker lines are removed before the text is analysed.
 */
export interface ExpectedDiagnostic {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly code: string;
}

const MARKER = /^(\s*)(\^+)\s+([a-z][a-z0-9-]*)\s*$/;

export function parseFixture(source: string): { text: string; expected: ExpectedDiagnostic[] } {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const kept: string[] = [];
  const expected: ExpectedDiagnostic[] = [];
  for (const line of source.split(/\r?\n/)) {
    const m = MARKER.exec(line);
    if (m && kept.length > 0) {
      const start = m[1]!.length;
      expected.push({ line: kept.length - 1, start, end: start + m[2]!.length, code: m[3]! });
    } else {
      kept.push(line);
    }
  }
  return { text: kept.join(eol), expected };
}

export function describeDiagnostic(d: ExpectedDiagnostic): string {
  return `${d.line + 1}:${d.start + 1}-${d.end + 1} ${d.code}`;
}
