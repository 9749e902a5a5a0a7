import * as assert from 'node:assert/strict';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { limitDiagnostics } from '../../server/src/features/diagnostics';

const at = (line: number): Diagnostic => ({
  range: { start: { line, character: 0 }, end: { line, character: 1 } },
  severity: DiagnosticSeverity.Warning,
  code: 'italic-lead',
  message: `problem on line ${line}`,
});

describe('limitDiagnostics', () => {
  it('passes a list within the limit through untouched', () => {
    const list = [at(0), at(1)];
    assert.equal(limitDiagnostics(list, 2, 'en'), list);
  });

  it('keeps the first ones in reading order and says how many more there are, in the user language', () => {
    const list = Array.from({ length: 12 }, (_, i) => at(i));
    const limited = limitDiagnostics(list, 10, 'fr');
    assert.equal(limited.length, 11);
    assert.deepEqual(limited.slice(0, 10), list.slice(0, 10));
    const note = limited[10]!;
    assert.equal(note.severity, DiagnosticSeverity.Information);
    assert.match(String(note.message), /^2 autres problèmes/);
    assert.deepEqual(note.range.start, list[9]!.range.start);
  });
});
