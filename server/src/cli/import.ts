import { extname } from 'node:path';
import { UsageError, type CliOptions } from './args';
import { converting, oneFile, outputFile, readInput, writeOutput } from './convert';
import type { CliIo } from './output';

/**
 * `import FILE`: a Word document (.docx) or an Akoma Ntoso file (.xml) → the Markdown draft beside it
 * (FILE.md, or --output). Prints where it wrote, so that a script can pick the file up.
 */
export async function importCommand(options: CliOptions, io: CliIo): Promise<number> {
  const file = oneFile(options, 'import');
  const kind = extname(file).toLowerCase();
  if (kind !== '.docx' && kind !== '.xml') throw new UsageError(`import reads .docx and .xml (Akoma Ntoso) files, not "${kind || file}"`);
  const out = outputFile(options, file, '.md');
  const bytes = readInput(file);
  const markdown = await converting(file, async (ix) => (kind === '.docx' ? (await ix.importDocx(bytes)).markdown : ix.importAkn(bytes)));
  writeOutput(out, markdown);
  io.err(`unres: wrote ${out}`);
  return 0;
}
