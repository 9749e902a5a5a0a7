import { basename } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyOffsetEdits } from '../features/offsetEdits';
import { planRenumber } from '../features/renumber';
import { UsageError, type CliOptions } from './args';
import { CliConfig } from './config';
import { makeService } from './context';
import { readDocument, writeTextFile } from './files';
import { writeJson, type CliIo } from './output';
import { pairedFiles } from './versionFiles';

/**
 * `renumber FILE [--write] [--with-versions]`: exit code 1 when a reference could not be updated (it is
 * listed on stderr), or when a paired version could not take the same numbering (--with-versions).
 */
export function renumber(options: CliOptions, io: CliIo): number {
  if (options.files.length !== 1) throw new UsageError('renumber needs exactly one FILE');
  const file = options.files[0]!;
  const document = readDocument(file);
  const service = makeService(options);
  const plan = planRenumber(service.getModel(document), service.settings.locale);
  const text = applyOffsetEdits(document.getText(), plan.edits);
  const problems = plan.problems.map((p) => {
    const at = document.positionAt(p.start);
    return { file, line: at.line + 1, column: at.character + 1, message: p.message };
  });
  const write = options.flags.has('--write');
  // The paired versions are judged against this one as it is now, and given the numbers it is about to get.
  const versions = options.flags.has('--with-versions')
    ? pairedFiles(file, new CliConfig(options, io).settingsFor(file), document.getText()).map((other) => {
        const otherDocument = readDocument(other);
        const outcome = service.renumberVersion(document, { document: otherDocument, name: basename(other) }, plan.numbering);
        if ('refused' in outcome) return { file: other, changes: 0, written: false, refused: outcome.refused };
        const renumbered = TextDocument.applyEdits(otherDocument, outcome.result.edits);
        const changes = outcome.result.edits.length;
        if (write && changes > 0) writeTextFile(other, renumbered);
        return { file: other, changes, written: write && changes > 0, ...(write ? {} : { text: renumbered }) };
      })
    : undefined;
  if (write && plan.edits.length > 0) writeTextFile(file, text);
  if (options.format !== 'text') {
    const written = write && plan.edits.length > 0;
    writeJson(io, options.format, { file, changes: plan.edits.length, written, problems, ...(write ? {} : { text }), ...(versions ? { versions } : {}) });
  } else {
    for (const p of problems) io.err(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    if (write) io.out(`${file}: ${plan.edits.length} change${plan.edits.length === 1 ? '' : 's'}`);
    else io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
    for (const v of versions ?? []) {
      if ('refused' in v) io.err(`${v.file}: ${v.refused}`);
      else io.err(`${v.file}: ${v.changes} change${v.changes === 1 ? '' : 's'}${write || v.changes === 0 ? '' : ' (not written: add --write)'}`);
    }
  }
  return problems.length > 0 || (versions ?? []).some((v) => 'refused' in v) ? 1 : 0;
}
