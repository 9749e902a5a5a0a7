import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, DocumentSymbol, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { FIX_ALL_KIND } from '../../server/src/features/codeActions';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import type { ResolutionService } from '../../server/src/service';

/**
 * What every answer of the service must satisfy on any text, checked independently of the service's own
 * line handling: lines split at LF, CRLF and lone CR (as LSP does), positions in UTF-16 code units, every
 * range inside the document and never ending between the halves of a surrogate pair.
 */
export interface Lines {
  readonly text: string;
  /** Offset of the first character of each line. */
  readonly starts: readonly number[];
  /** Length of each line without its line break. */
  readonly lengths: readonly number[];
}

export function linesOf(text: string): Lines {
  const starts = [0];
  const lengths: number[] = [];
  const pattern = /\r\n|\r|\n/g;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    lengths.push(m.index - starts[starts.length - 1]!);
    starts.push(m.index + m[0].length);
  }
  lengths.push(text.length - starts[starts.length - 1]!);
  return { text, starts, lengths };
}

function offsetOf(lines: Lines, p: Position): number {
  return lines.starts[p.line]! + p.character;
}

export function assertPositionInside(lines: Lines, p: Position, what: string): void {
  assert.ok(Number.isInteger(p.line) && Number.isInteger(p.character), `${what}: non-integer position ${JSON.stringify(p)}`);
  assert.ok(p.line >= 0 && p.line < lines.starts.length, `${what}: line ${p.line} outside 0..${lines.starts.length - 1}`);
  const length = lines.lengths[p.line]!;
  assert.ok(p.character >= 0 && p.character <= length, `${what}: character ${p.character} outside line ${p.line} of length ${length}`);
  const offset = offsetOf(lines, p);
  const before = lines.text.charCodeAt(offset - 1);
  const after = lines.text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  assert.ok(!splitsPair, `${what}: position ${JSON.stringify(p)} falls inside a surrogate pair`);
}

export function assertRangeInside(lines: Lines, r: Range, what: string): void {
  assertPositionInside(lines, r.start, `${what} start`);
  assertPositionInside(lines, r.end, `${what} end`);
  assert.ok(offsetOf(lines, r.start) <= offsetOf(lines, r.end), `${what}: range ends before it starts ${JSON.stringify(r)}`);
}

/** Edits of one change must be inside the document and must not overlap (LSP forbids it). */
export function assertEditsApply(document: TextDocument, lines: Lines, edits: readonly TextEdit[], what: string): string {
  edits.forEach((e, i) => {
    assertRangeInside(lines, e.range, `${what} edit ${i}`);
    assert.equal(typeof e.newText, 'string', `${what} edit ${i}: newText`);
  });
  // applyEdits throws on overlapping edits.
  return TextDocument.applyEdits(document, [...edits]);
}

function editsOfAction(action: CodeAction, uri: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const [target, list] of Object.entries(action.edit?.changes ?? {})) {
    assert.equal(target, uri, `code action "${action.title}" edits another document`);
    edits.push(...list);
  }
  for (const change of action.edit?.documentChanges ?? []) {
    assert.ok('textDocument' in change, `code action "${action.title}" creates, renames or deletes files`);
    assert.equal(change.textDocument.uri, uri, `code action "${action.title}" edits another document`);
    for (const e of change.edits) edits.push(e as TextEdit);
  }
  return edits;
}

function checkSymbols(lines: Lines, symbols: readonly DocumentSymbol[], path: string): number {
  let count = 0;
  for (const s of symbols) {
    const what = `symbol ${path}/${s.name}`;
    // VS Code rejects a whole outline when one name is empty or a selection range is outside its range.
    assert.ok(typeof s.name === 'string' && s.name.trim().length > 0, `${what}: empty name`);
    assertRangeInside(lines, s.range, `${what} range`);
    assertRangeInside(lines, s.selectionRange, `${what} selectionRange`);
    const inRange =
      offsetOf(lines, s.range.start) <= offsetOf(lines, s.selectionRange.start) &&
      offsetOf(lines, s.selectionRange.end) <= offsetOf(lines, s.range.end);
    assert.ok(inRange, `${what}: selectionRange ${JSON.stringify(s.selectionRange)} outside range ${JSON.stringify(s.range)}`);
    count += 1 + checkSymbols(lines, s.children ?? [], `${path}/${s.name}`);
  }
  return count;
}

function checkSemanticTokens(lines: Lines, data: readonly number[]): void {
  assert.equal(data.length % 5, 0, 'semantic tokens: data length is not a multiple of 5');
  let line = 0;
  let character = 0;
  let previousEnd = -1;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifiers] = data.slice(i, i + 5) as [number, number, number, number, number];
    assert.ok(deltaLine >= 0 && deltaStart >= 0 && length > 0, `semantic token ${i / 5}: ${data.slice(i, i + 5).join(',')}`);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const range = { start: { line, character }, end: { line, character: character + length } };
    assertRangeInside(lines, range, `semantic token ${i / 5}`);
    const start = offsetOf(lines, range.start);
    assert.ok(start >= previousEnd, `semantic token ${i / 5} overlaps or precedes the one before it`);
    previousEnd = start + length;
    assert.ok(type >= 0 && type < TOKEN_TYPES.length, `semantic token ${i / 5}: type ${type}`);
    assert.ok(modifiers >= 0 && modifiers < 1 << TOKEN_MODIFIERS.length, `semantic token ${i / 5}: modifiers ${modifiers}`);
  }
}

/**
 * Calls every method of the service on `document` and checks every answer. `probes` are offsets (any
 * integer: they are folded into the document, and a few positions past the end are always tried) at which
 * hover, completion and code actions are asked.
 */
export function checkService(service: ResolutionService, document: TextDocument, probes: readonly number[] = []): void {
  const text = document.getText();
  const lines = linesOf(text);
  const uri = document.uri;

  const diagnostics = service.computeDiagnostics(document);
  diagnostics.forEach((d, i) => {
    assertRangeInside(lines, d.range, `diagnostic ${i} (${String(d.code)})`);
    assert.ok(typeof d.message === 'string' && d.message.length > 0, `diagnostic ${i}: empty message`);
    assert.ok(typeof d.code === 'string' && d.code.length > 0, `diagnostic ${i}: no rule code`);
  });

  checkSemanticTokens(lines, service.getSemanticTokens(document));
  checkSymbols(lines, service.getDocumentSymbols(document), '');

  for (const f of service.getFoldingRanges(document)) {
    assert.ok(f.startLine >= 0 && f.startLine <= f.endLine && f.endLine < lines.starts.length, `folding range ${JSON.stringify(f)}`);
  }

  for (const link of service.getDocumentLinks(document)) {
    assertRangeInside(lines, link.range, 'document link');
    assert.ok(link.target === undefined || /^https:\/\/\S+$/.test(link.target), `document link target ${link.target}`);
  }

  const positions: Position[] = [
    { line: lines.starts.length + 3, character: 0 },
    { line: 0, character: 1_000_000 },
    { line: lines.starts.length - 1, character: lines.lengths[lines.lengths.length - 1]! },
  ];
  for (const probe of probes) positions.push(document.positionAt(Math.abs(probe) % (text.length + 1)));
  for (const position of positions) {
    const hover = service.getHover(document, position);
    if (hover?.range) assertRangeInside(lines, hover.range, 'hover range');
    if (hover) assert.ok(hover.contents !== undefined, 'hover without contents');
    const completions = service.getCompletions(document, position);
    for (const item of completions.items) {
      assert.ok(item.label.length > 0, 'completion without a label');
      const edit = item.textEdit;
      if (edit && 'range' in edit) assertRangeInside(lines, edit.range, `completion "${item.label}" edit`);
      if (edit && 'insert' in edit) {
        assertRangeInside(lines, edit.insert, `completion "${item.label}" insert`);
        assertRangeInside(lines, edit.replace, `completion "${item.label}" replace`);
      }
      for (const extra of item.additionalTextEdits ?? []) assertRangeInside(lines, extra.range, `completion "${item.label}" additional edit`);
    }
  }

  // Every kind of action for the whole document (and past its end); quick fixes only at the diagnostics
  // and probes, since "fix all" reanalyses the document several times and is the same everywhere.
  const whole: Range = { start: { line: 0, character: 0 }, end: { line: lines.starts.length + 5, character: 0 } };
  const requests: [Range, string[] | undefined][] = [
    [whole, undefined],
    [whole, [FIX_ALL_KIND]],
    ...diagnostics.slice(0, 8).map((d): [Range, string[]] => [d.range, ['quickfix']]),
    ...positions.slice(3, 5).map((p): [Range, string[]] => [{ start: p, end: p }, ['quickfix']]),
  ];
  for (const [range, only] of requests) {
    for (const action of service.getCodeActions(document, range, only)) {
      assert.ok(action.title.length > 0, 'code action without a title');
      assertEditsApply(document, lines, editsOfAction(action, uri), `code action "${action.title}"`);
      for (const d of action.diagnostics ?? []) assertRangeInside(lines, d.range, `code action "${action.title}" diagnostic`);
    }
  }

  const renumbered = service.renumber(document);
  assertEditsApply(document, lines, renumbered.edits, 'renumber');
  for (const p of renumbered.problems) assertRangeInside(lines, p.range, 'renumber problem');

  const fixed = service.fixAll(document);
  assert.equal(typeof fixed.text, 'string', 'fix all: text');
  let previous = -1;
  let rebuilt = '';
  for (const e of fixed.edits) {
    assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length && e.start >= previous, `fix all: edit ${JSON.stringify(e)} out of order or outside`);
    rebuilt += text.slice(Math.max(previous, 0), e.start) + e.newText;
    previous = e.end;
  }
  rebuilt += text.slice(Math.max(previous, 0));
  assert.equal(rebuilt, fixed.text, 'fix all: the edits do not produce the fixed text');
}
