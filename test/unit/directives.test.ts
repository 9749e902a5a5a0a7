import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyDirectives, parseDirectives } from '../../server/src/directives';
import { splitLines } from '../../server/src/model/lines';
import { createResolutionService } from '../../server/src/service';
import { DEFAULT_SETTINGS } from '../../server/src/settings';
import { runCliCaptured } from '../support/cli';
import { describeDiagnostic, parseFixture } from '../support/fixtures';
import { FIXTURES } from '../support/paths';

const DIR = join(FIXTURES, 'directives');

/**
 * The directive fixtures (English, French, Spanish; Markdown and .unres): what is left after the
 * directives, and the directives' own problems, exactly as marked. Unused ones are reported here.
 */
describe('inline directives: fixtures', () => {
  const service = createResolutionService({ settings: { ...DEFAULT_SETTINGS, reportUnusedDirectives: true } });
  for (const name of readdirSync(DIR).sort()) {
    it(name, () => {
      const { text, expected } = parseFixture(readFileSync(join(DIR, name), 'utf8'));
      const document = TextDocument.create(`file:///${name}`, name.endsWith('.unres') ? 'unres' : 'markdown', 1, text);
      const diagnostics = service.computeDiagnostics(document);
      const actual = diagnostics.map((d) => ({ line: d.range.start.line, start: d.range.start.character, end: d.range.end.character, code: String(d.code) }));
      assert.deepEqual(actual.map(describeDiagnostic).sort(), expected.map(describeDiagnostic).sort(), diagnostics.map((d) => `${d.range.start.line + 1}: ${d.code} ${d.message}`).join('\n'));
    });
  }

  it('the command line reports the same, with --report-unused-directives, and without it no unused one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-directives-'));
    try {
      for (const name of readdirSync(DIR).sort()) {
        const { text, expected } = parseFixture(readFileSync(join(DIR, name), 'utf8'));
        const file = join(dir, name);
        writeFileSync(file, text);
        const run = runCliCaptured('check', '--format', 'json', '--report-unused-directives', '--no-config', file);
        const found = (JSON.parse(run.out.join('\n')) as { code: string; line: number; column: number; endColumn: number }[]).map((d) =>
          describeDiagnostic({ line: d.line - 1, start: d.column - 1, end: d.endColumn - 1, code: d.code }),
        );
        assert.deepEqual(found.sort(), expected.map(describeDiagnostic).sort(), name);
        const without = runCliCaptured('check', '--format', 'json', '--no-config', file);
        assert.ok(!without.out.join('\n').includes('no finding it names'), name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('inline directives: semantics', () => {
  const text = ['a', '<!-- unres-disable x y -->', 'b', '<!-- unres-enable y -->', 'c', '<!-- unres-enable -->', 'd'].join('\n');
  const { starts } = splitLines(text);
  const at = (line: number, code: string) => ({ start: starts[line]!, code });
  const known = new Set(['x', 'y', 'z']);

  it('an enable with codes ends only the stretches of those codes; one without ends them all', () => {
    const findings = [at(0, 'x'), at(2, 'x'), at(2, 'y'), at(4, 'x'), at(4, 'y'), at(6, 'x')];
    const { kept } = applyDirectives(findings, parseDirectives(text, starts), starts, known);
    // "disable x y" is one stretch: "enable y" does not end it (it names only part of it), "enable" does.
    assert.deepEqual(kept.map((f) => `${f.code}@${text.split('\n').findIndex((_, i) => starts[i] === f.start)}`), ['x@0', 'x@6']);
  });

  it('reads codes separated by commas or spaces, and sees directives around italics', () => {
    const d = parseDirectives('*<!-- unres-disable-next-line a,b  c -->*', [0]);
    assert.deepEqual(d.map((x) => [x.kind, x.codes]), [['disable-next-line', ['a', 'b', 'c']]]);
    assert.deepEqual(parseDirectives('<!-- unres-disabled x -->', [0]), []);
  });

  it('a comment line is not a paragraph: the structure around it stays as it was', () => {
    const service = createResolutionService();
    const plain = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to remain seized of the matter.\n';
    const commented = plain.replace('\n\n1.', '\n\n<!-- unres-disable-next-line operative-verb -->\n1.');
    const outline = (t: string) => {
      const m = service.getModel(TextDocument.create(`file:///${t.length}.md`, 'markdown', 1, t));
      return [m.preamble.length, m.operative.length];
    };
    assert.deepEqual(outline(commented), outline(plain));
  });
});
