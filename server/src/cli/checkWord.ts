import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CliOptions } from './args';
import type { JsonDiagnostic } from './check';
import { converting, readInput } from './convert';

/** A file to check: its text, and for a Word document the Word paragraph of each line of that text. */
export interface CheckedFile {
  readonly document: TextDocument;
  readonly paragraphOfLine?: readonly number[];
}

export function isWordFile(file: string): boolean {
  return /\.docx$/i.test(file);
}

/**
 * `check draft.docx`: the Word documents are read first (reading them is asynchronous), then checked as
 * their Markdown; a finding's position is the document's paragraph number, which a Word user can find.
 */
export async function checkWordFiles(options: CliOptions, run: (read: (file: string) => CheckedFile | undefined) => number): Promise<number> {
  const converted = new Map<string, CheckedFile>();
  for (const file of options.files.filter(isWordFile)) {
    const bytes = readInput(file);
    const result = await converting(file, (ix) => ix.importDocx(bytes));
    converted.set(file, { document: TextDocument.create(pathToFileURL(resolve(file)).toString(), 'unres', 1, result.markdown), paragraphOfLine: result.paragraphOfLine });
  }
  return run((file) => converted.get(file));
}

/** Lines become Word paragraph numbers; a column inside a paragraph means nothing to a Word user. */
export function inWordParagraph(d: JsonDiagnostic, paragraphOfLine: readonly number[]): JsonDiagnostic & { paragraph: number } {
  const paragraph = paragraphOfLine[d.line - 1] || nearestParagraph(paragraphOfLine, d.line - 1);
  const endParagraph = paragraphOfLine[d.endLine - 1] || paragraph;
  return { ...d, paragraph, line: paragraph, endLine: endParagraph };
}

function nearestParagraph(map: readonly number[], line: number): number {
  for (let l = line; l >= 0; l--) if (map[l]) return map[l]!;
  return 1;
}
