import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { UsageError } from './args';

/**
 * Texts a folder walk read to tell drafts from other Markdown (expand.ts), kept for the check that follows
 * in this thread so that a draft is read from disk once; up to READ_AHEAD_LIMIT UTF-16 units in all (a
 * larger archive has its later drafts read again), each given out once.
 */
const readAhead = new Map<string, string>();
const READ_AHEAD_LIMIT = 24 * 1024 * 1024;
let readAheadSize = 0;

export function keepReadAhead(file: string, text: string): void {
  if (readAheadSize + text.length > READ_AHEAD_LIMIT || readAhead.has(file)) return;
  readAhead.set(file, text);
  readAheadSize += text.length;
}

function takeReadAhead(file: string): string | undefined {
  const text = readAhead.get(file);
  if (text !== undefined) {
    readAhead.delete(file);
    readAheadSize -= text.length;
  }
  return text;
}

/** A file name that a file: URL holds as it is (no character of it is percent-encoded). */
const PLAIN_NAME = /^[A-Za-z0-9._-]+$/;
/** The last folder a URI was made for, and its URI (ending in "/"): the drafts of a folder come one after another. */
let lastFolder: { path: string; uri: string } | undefined;

/**
 * The file: URI of a file, as `pathToFileURL(resolve(file)).toString()` gives it, made once per folder
 * rather than once per file (a URL object per draft is a noticeable part of checking an archive): a plain
 * name is appended to its folder's URI, any other is made as usual.
 */
export function fileUri(file: string): string {
  const absolute = resolve(file);
  const cut = absolute.lastIndexOf(sep) + 1;
  const name = absolute.slice(cut);
  if (cut === 0 || !PLAIN_NAME.test(name)) return pathToFileURL(absolute).toString();
  const folder = absolute.slice(0, cut);
  if (lastFolder?.path !== folder) lastFolder = { path: folder, uri: pathToFileURL(folder).toString() };
  return lastFolder.uri.endsWith('/') ? lastFolder.uri + name : pathToFileURL(absolute).toString();
}

/** Reads a draft; a missing file, a folder or an unreadable file is a UsageError that names the file. */
export function readDocument(file: string): TextDocument {
  const early = takeReadAhead(file);
  if (early !== undefined) return TextDocument.create(fileUri(file), 'unres', 1, early);
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
  return TextDocument.create(fileUri(file), 'unres', 1, text);
}

export function writeTextFile(file: string, text: string): void {
  try {
    writeFileSync(file, text, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
