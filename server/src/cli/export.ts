import { UsageError, type CliOptions } from './args';
import { converting, oneFile, outputFile, writeOutput } from './convert';
import { readDocument } from './files';
import type { CliIo } from './output';

/**
 * `export FILE --akn|--docx`: the Markdown draft → Akoma Ntoso XML (FILE.xml) or a Word document in the
 * layout of a UN draft (FILE.docx), or --output.
 */
export async function exportCommand(options: CliOptions, io: CliIo): Promise<number> {
  const file = oneFile(options, 'export');
  const akn = options.flags.has('--akn');
  const docx = options.flags.has('--docx');
  if (akn === docx) throw new UsageError('export needs one of --akn (Akoma Ntoso XML) or --docx (Word)');
  const out = outputFile(options, file, akn ? '.xml' : '.docx');
  const text = readDocument(file).getText();
  const language = options.lang ? { language: options.lang } : {};
  const data = await converting<string | Uint8Array>(file, (ix) => (akn ? ix.exportAkn(text, language) : ix.exportDocx(text, language)));
  writeOutput(out, data);
  io.err(`unres: wrote ${out}`);
  return 0;
}
