import { applyAmendments, readAmendmentSheet } from '../amendments/lazy';
import { UsageError, localeOf, type CliOptions } from './args';
import { readDocument, writeTextFile } from './files';
import { writeJson, type CliIo } from './output';

/**
 * `amend BASE SHEET [--write | -o OUT] [--partial]`: applies an amendment sheet (or a UN amendment document)
 * to the draft it amends. Prints the amended draft (or writes it), and reports each operation on stderr as
 * applied or refused with the reason. Exit code 1 when an operation was refused: then nothing is written
 * unless --partial.
 */
export function amend(options: CliOptions, io: CliIo): number {
  if (options.files.length !== 2) throw new UsageError('amend needs the draft and the amendment sheet: unres amend BASE SHEET');
  const [baseFile, sheetFile] = options.files as [string, string];
  const out = options.values.get('-o') ?? options.values.get('--output');
  const write = options.flags.has('--write');
  if (write && out !== undefined) throw new UsageError('amend: give --write or -o FILE, not both');
  const base = readDocument(baseFile);
  const sheetDocument = readDocument(sheetFile);
  const locale = localeOf(options);
  const sheet = readAmendmentSheet(sheetDocument.getText(), sheetFile);
  if (!sheet) throw new UsageError(`${sheetFile} is not an amendment sheet: start it with "Amendments to: ${baseFile}" or name it *.amend.unres`);
  if (sheet.operations.length === 0 && sheet.problems.length === 0) throw new UsageError(`${sheetFile}: no amendment operation found in it`);
  const result = applyAmendments(sheet, base.getText(), { locale, partial: options.flags.has('--partial'), ...(options.lang ? { language: options.lang } : {}) });
  const refused = result.reports.some((r) => r.status === 'refused');
  const target = write ? baseFile : out;
  const written = target !== undefined && result.changed && (!refused || options.flags.has('--partial'));
  if (written) writeTextFile(target, result.text);
  const lineOf = (offset: number): number => sheetDocument.positionAt(offset).line + 1;
  if (options.format !== 'text') {
    writeJson(io, options.format, {
      base: baseFile,
      sheet: sheetFile,
      operations: result.reports.map((r) => ({ index: r.index ?? null, line: lineOf(r.at), instruction: r.instruction, status: r.status, ...(r.reason ? { reason: r.reason } : {}) })),
      ...(result.renumbered ? { renumbered: result.renumbered } : {}),
      changed: result.changed,
      ...(target !== undefined ? { written: written ? target : null } : { text: result.text }),
    });
    return refused ? 1 : 0;
  }
  for (const r of result.reports) {
    io.err(`${sheetFile}:${lineOf(r.at)}: ${r.status}: ${shorten(r.instruction)}${r.reason ? ` — ${r.reason}` : ''}`);
  }
  if (result.renumbered) {
    for (const p of result.renumbered.problems) io.err(`${target ?? baseFile} (amended):${p.line}: ${p.message}`);
  }
  if (target !== undefined) io.out(written ? `${target}: amended` : `${target}: not changed`);
  else if (!refused || options.flags.has('--partial')) io.out(result.text.endsWith('\n') ? result.text.slice(0, -1) : result.text);
  return refused ? 1 : 0;
}

function shorten(s: string): string {
  return s.length > 100 ? `${s.slice(0, 99)}…` : s;
}
