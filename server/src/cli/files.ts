import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { UsageError } from './args';

/** Reads a draft; a missing file, a folder or an unreadable file is a UsageError that names the file. */
export function readDocument(file: string): TextDocument {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (stat.isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return TextDocument.create(pathToFileURL(resolve(file)).toString(), 'unres', 1, text);
}

export function writeTextFile(file: string, text: string): void {
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
