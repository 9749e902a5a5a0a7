import { basename } from 'node:path';
import { compareRevisions, comparisonHtml, comparisonText, writeAmendments } from '../revisions';
import { UsageError, type CliOptions } from './args';
import { readDocument } from './files';
import { writeJson, type CliIo } from './output';

/**
 * `diff OLD NEW [--format text|json|html] [--as-amendments]`: what changed between two revisions of a
 * draft, paragraph by paragraph; or the amendment sheet that turns OLD into NEW. Exit code 0 when nothing
 * changed, 1 when something did (as diff(1) does).
 */
export function diff(options: CliOptions, io: CliIo): number {
  if (options.files.length !== 2) throw new UsageError('diff needs two files: unres diff OLD NEW');
  const [oldFile, newFile] = options.files as [string, string];
  const oldText = readDocument(oldFile).getText();
  const newText = readDocument(newFile).getText();
  const html = options.values.get('--format') === 'html';
  if (options.flags.has('--as-amendments')) {
    const sheet = writeAmendments(oldText, newText, basename(oldFile), options.lang);
    io.out(sheet.trimEnd());
    return oldText === newText ? 0 : 1;
  }
  const comparison = compareRevisions(oldText, newText, options.lang);
  if (html) io.out(comparisonHtml(comparison, oldFile, newFile).trimEnd());
  else if (options.format !== 'text') writeJson(io, options.format, { old: oldFile, new: newFile, language: comparison.language, unchanged: comparison.unchanged, changes: comparison.changes });
  else io.out(comparisonText(comparison, oldFile, newFile));
  return comparison.changes.length === 0 ? 0 : 1;
}
