import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit } from 'vscode-languageserver-types';
import { FIX_ALL_KIND, fixToFixedPoint } from '../../server/src/features/codeActions';
import { applyOffsetEdits, EditComposer } from '../../server/src/features/offsetEdits';
import { RENUMBER_COMMAND } from '../../server/src/features/renumber';
import type { Fix } from '../../server/src/rules/types';
import { createResolutionService } from '../../server/src/service';
import { runCliCaptured } from '../support/cli';

const service = createResolutionService();
let version = 0;
const doc = (text: string): TextDocument => TextDocument.create(`file:///draft${++version}.unres`, 'unres', 1, text);
const whole = (d: TextDocument) => ({ start: { line: 0, character: 0 }, end: d.positionAt(d.getText().length) });
const editsOf = (a: CodeAction, d: TextDocument): TextEdit[] => a.edit?.changes?.[d.uri] ?? [];
const apply = (d: TextDocument, edits: TextEdit[]): string => TextDocument.applyEdits(d, edits);

/** Five faults with one right answer each: the organ comma, the italics, three ending marks. */
const FAULTY = 'The Security Council\n\nRecalling its resolution 2331 (2016).\n\n1. *Decides* to act,\n\n2. *Decides* to remain seized of the matter;\n';
const FIXED = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to act;\n\n2. *Decides* to remain seized of the matter.\n';

describe('quick fixes', () => {
  it('turns a finding’s fix into a quick fix attached to its diagnostic', () => {
    const d = doc(FAULTY);
    const actions = service.getCodeActions(d, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.diagnostics?.[0]?.code === 'organ-line');
    assert.ok(fix, JSON.stringify(actions));
    assert.equal(fix.isPreferred, true);
    const after = apply(d, editsOf(fix, d));
    assert.equal(after, FAULTY.replace('The Security Council\n', 'The Security Council,\n'));
    assert.ok(!service.computeDiagnostics(doc(after)).some((x) => x.code === 'organ-line'));
  });

  it('offers only the fixes of findings in the requested range', () => {
    const d = doc(FAULTY);
    const actions = service.getCodeActions(d, { start: { line: 4, character: 19 }, end: { line: 4, character: 19 } }, ['quickfix']);
    assert.ok(actions.length > 0);
    assert.ok(actions.every((a) => a.diagnostics?.every((x) => x.range.start.line === 4)), JSON.stringify(actions));
  });

  it('every quick fix, applied alone, removes its own diagnostic and keeps the text around it', () => {
    const d = doc(FAULTY);
    const actions = service.getCodeActions(d, whole(d), ['quickfix']).filter((a) => a.edit);
    assert.ok(actions.length >= 5, `${actions.length} quick fixes`);
    for (const action of actions) {
      const edits = editsOf(action, d);
      const after = apply(d, edits);
      const target = action.diagnostics![0]!;
      const remaining = service.computeDiagnostics(doc(after)).filter((x) => x.code === target.code && x.range.start.line === target.range.start.line);
      assert.deepEqual(remaining, [], action.title);
      // Words are never lost: only markers and punctuation are added or changed here.
      assert.equal(after.replace(/[*,;.]/g, ''), FAULTY.replace(/[*,;.]/g, ''), action.title);
    }
  });

  it('offers the renumber command on operative-numbering findings', () => {
    const d = doc('The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n1. *Decides* to act;\n\n3. *Decides* to remain seized of the matter.\n');
    const actions = service.getCodeActions(d, { start: { line: 6, character: 0 }, end: { line: 6, character: 0 } });
    const renumber = actions.find((a) => a.command?.command === RENUMBER_COMMAND);
    assert.ok(renumber, JSON.stringify(actions));
    assert.deepEqual(renumber.command!.arguments, [d.uri]);
    assert.equal(renumber.diagnostics?.[0]?.code, 'operative-numbering');
  });

  it('gives titles in the user’s locale', () => {
    const fr = createResolutionService({ settings: { language: 'auto', rules: {}, locale: 'fr' } });
    const d = doc('The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n2. *Decides* to remain seized of the matter.\n');
    const actions = fr.getCodeActions(d, whole(d));
    assert.ok(actions.some((a) => a.title === 'Renuméroter les paragraphes du dispositif et mettre à jour les renvois'), JSON.stringify(actions.map((a) => a.title)));
  });
});

describe('fix all', () => {
  it('answers source.fixAll.unres with one edit that applies every safe fix', () => {
    const d = doc(FAULTY);
    const actions = service.getCodeActions(d, whole(d), [FIX_ALL_KIND]);
    assert.equal(actions.length, 1);
    assert.equal(actions[0]!.kind, FIX_ALL_KIND);
    assert.equal(apply(d, editsOf(actions[0]!, d)), FIXED);
  });

  it('is offered for "source" and "source.fixAll", not for quick fixes or other source actions', () => {
    const d = doc(FAULTY);
    assert.equal(service.getCodeActions(d, whole(d), ['source']).filter((a) => a.kind === FIX_ALL_KIND).length, 1);
    assert.equal(service.getCodeActions(d, whole(d), ['source.fixAll']).length, 1);
    assert.equal(service.getCodeActions(d, whole(d), ['quickfix']).filter((a) => a.kind === FIX_ALL_KIND).length, 0);
    assert.deepEqual(service.getCodeActions(d, whole(d), ['source.organizeImports']), []);
  });

  it('has nothing left to do on its own result', () => {
    const d = doc(FIXED);
    assert.deepEqual(service.getCodeActions(d, whole(d), [FIX_ALL_KIND]), []);
    assert.deepEqual(service.fixAll(d).edits, []);
  });

  it('produces minimal edits: one per changed place, none elsewhere', () => {
    const result = service.fixAll(doc(FAULTY));
    assert.equal(result.text, FIXED);
    assert.equal(result.edits.length, 6); // comma, two asterisks, three ending marks
    for (const e of result.edits) assert.ok(e.end - e.start <= 1 && e.newText.length === 1, JSON.stringify(e));
  });
});

describe('fix-all engine', () => {
  const insert = (at: number, text: string, safe = true): Fix => ({ title: `insert ${text}`, safe, edits: [{ start: at, end: at, newText: text }] });
  const replace = (start: number, end: number, text: string, safe = true): Fix => ({ title: `replace ${text}`, safe, edits: [{ start, end, newText: text }] });

  it('defers overlapping fixes to the next pass and composes the passes into edits on the original', () => {
    // Pass 1 fixes "abc" → "aXc" and would also replace "bc"; that second fix overlaps and waits. On the next
    // text the fixes are recomputed: here the rule asks for a "!" at the end once the X is there.
    const result = fixToFixedPoint('abc def', (text) => {
      const fixes: Fix[] = [];
      if (text.startsWith('abc')) fixes.push(replace(1, 2, 'X'), replace(1, 3, 'YY'));
      if (text.startsWith('aXc') && !text.endsWith('!')) fixes.push(insert(text.length, '!'));
      return fixes;
    });
    assert.equal(result.text, 'aXc def!');
    assert.equal(result.passes, 2);
    assert.equal(result.applied, 2);
    assert.deepEqual(result.edits, [{ start: 1, end: 2, newText: 'X' }, { start: 7, end: 7, newText: '!' }]);
    assert.equal(applyOffsetEdits('abc def', result.edits), result.text);
  });

  it('never applies an unsafe fix', () => {
    const result = fixToFixedPoint('abc', () => [replace(0, 1, 'Z', false)]);
    assert.equal(result.text, 'abc');
    assert.deepEqual(result.edits, []);
  });

  it('stops after a bounded number of passes when fixes never settle', () => {
    const result = fixToFixedPoint('x', (text) => [insert(text.length, '+')], 4);
    assert.equal(result.text, 'x++++');
    assert.equal(result.passes, 4);
  });

  it('stops when a "fix" changes nothing', () => {
    const result = fixToFixedPoint('abc', () => [replace(0, 1, 'a')]);
    assert.deepEqual(result.edits, []);
    assert.equal(result.passes, 1);
  });

  it('does not race two insertions at one offset', () => {
    const result = fixToFixedPoint('ab', (text) => (text === 'ab' ? [insert(1, '1'), insert(1, '2')] : text === 'a1b' ? [insert(2, '2')] : []));
    assert.equal(result.text, 'a12b');
    assert.deepEqual(result.edits, [{ start: 1, end: 1, newText: '12' }]);
  });

  it('composes replacements inside earlier insertions', () => {
    const composer = new EditComposer('hello world');
    composer.apply([{ start: 5, end: 5, newText: ', big' }]);
    assert.equal(composer.text(), 'hello, big world');
    composer.apply([{ start: 7, end: 10, newText: 'small' }, { start: 11, end: 16, newText: 'moon' }]);
    assert.equal(composer.text(), 'hello, small moon');
    assert.deepEqual(composer.edits(), [{ start: 5, end: 5, newText: ', small' }, { start: 6, end: 11, newText: 'moon' }]);
  });
});

describe('unres check --fix', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-fix-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = runCliCaptured;

  it('writes the fixed file, then reports only what remains', () => {
    const file = join(dir, 'draft.md');
    // The numbering error has no safe fix: it must still be reported after the fixes.
    writeFileSync(file, FAULTY.replace('2. *Decides*', '3. *Decides*'));
    const r = run('check', '--fix', file);
    assert.equal(readFileSync(file, 'utf8'), FIXED.replace('2. *Decides*', '3. *Decides*'));
    assert.deepEqual(r.err, [`${file}: applied 5 fixes`]);
    assert.deepEqual(r.out.map((l) => l.replace(/^.*?: (\w+) ([\w-]+) .*$/, '$1 $2')), ['error operative-numbering']);
    assert.equal(r.code, 1);
    const again = run('check', '--fix', file);
    assert.deepEqual(again.err, []);
    assert.equal(again.out.length, 1);
  });

  it('leaves a file with nothing to fix untouched', () => {
    const file = join(dir, 'clean.md');
    writeFileSync(file, FIXED);
    const r = run('check', '--fix', '--format', 'json', file);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.out.join('\n')), []);
    assert.equal(readFileSync(file, 'utf8'), FIXED);
  });
});

describe('fix all in the light bulb', () => {
  it('is offered beside the quick fixes when the cursor is on a fixable finding', () => {
    const d = doc(FAULTY);
    const actions = service.getCodeActions(d, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } });
    assert.ok(actions.some((a) => a.kind === FIX_ALL_KIND));
  });

  it('is not computed unasked where there is nothing to fix at the cursor', () => {
    const d = doc(FIXED);
    assert.deepEqual(service.getCodeActions(d, { start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }), []);
  });
});
