import type { CliOptions, OutputFormat } from './args';

/** Where a command writes: the entry point gives the process streams, tests give arrays. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /**
   * Shows how far a run over many files has got (a terminal only; CI logs stay clean): `done` of `total`
   * files have been `verb`, e.g. "checked".
   */
  progress?(done: number, total: number, verb: string): void;
}

/** `json`: one indented document; `jsonl`: the same value on one line. */
export function writeJson(io: CliIo, format: Exclude<OutputFormat, 'text'>, value: unknown): void {
  io.out(format === 'json' ? JSON.stringify(value, null, 2) : JSON.stringify(value));
}

/** `json`: one indented array; `jsonl`: one line per item, so that a large answer can be read line by line. */
export function writeJsonList(io: CliIo, format: Exclude<OutputFormat, 'text'>, items: readonly unknown[]): void {
  if (format === 'json') writeJson(io, format, items);
  else for (const item of items) writeJson(io, format, item);
}

/** Runs `each` on every file in order and reports the progress before each file and once at the end. */
export function forEachFile(files: readonly string[], io: CliIo, verb: string, each: (file: string) => void): void {
  for (const [index, file] of files.entries()) {
    io.progress?.(index, files.length, verb);
    each(file);
  }
  io.progress?.(files.length, files.length, verb);
}

/** Sent to a terminal to take a progress line away: back to the start of the line, and clear it. */
export const ERASE_LINE = '\r\x1b[K';

/** Below this many files a run is over before a progress line could be read. */
const PROGRESS_FROM = 10;

/**
 * What a terminal is sent for a progress report: a line that rewrites itself ("\r") while files remain and
 * is erased at the end; nothing for a handful of files.
 */
export function progressLine(done: number, total: number, verb: string): string | undefined {
  if (total < PROGRESS_FROM) return undefined;
  return done < total ? `\runres: ${verb} ${done} of ${total} files` : ERASE_LINE;
}

/**
 * A command reads its options, writes through `io` and returns the exit code; a command that reads or
 * writes Word documents returns it as a promise (the .docx libraries are asynchronous).
 */
export type Command = (options: CliOptions, io: CliIo) => number | Promise<number>;
