import { applyOffsetEdits } from '../features/offsetEdits';
import { planRenumber } from '../features/renumber';
import { UsageError, type CliOptions } from './args';
import { makeService } from './context';
import { readDocument, writeTextFile } from './files';
import { writeJson, type CliIo } from './output';

/** `renumber FILE [--write]`: exit code 1 when a reference could not be updated (it is listed on stderr). */
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
  if (write && plan.edits.length > 0) writeTextFile(file, text);
  if (options.format !== 'text') {
    const written = write && plan.edits.length > 0;
    writeJson(io, options.format, { file, changes: plan.edits.length, written, problems, ...(write ? {} : { text }) });
  } else {
    for (const p of problems) io.err(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    if (write) io.out(`${file}: ${plan.edits.length} change${plan.edits.length === 1 ? '' : 's'}`);
    else io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
  }
  return problems.length > 0 ? 1 : 0;
}
