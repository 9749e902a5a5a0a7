import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isInterchangeError, MAX_INPUT_BYTES } from '../interchange/errors';
import { loadInterchange, type InterchangeModule } from '../interchange/load';
import { UsageError, type CliOptions } from './args';

/**
 * What import and export share: reading the input whole (refusing a huge file before reading it), naming
 * the output beside the input, and writing it only once the conversion has succeeded, so that a bad input
 * leaves nothing behind. A problem with the file is one line and exit code 2.
 */
export function readInput(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`cannot read ${file}: it is a directory`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (size > MAX_INPUT_BYTES) throw new UsageError(`cannot read ${file}: the file is too large (${Math.round(size / 1024 / 1024)} MB; at most ${MAX_INPUT_BYTES / 1024 / 1024} MB is read)`);
  return readFileSync(file);
}

/** The output file: --output, else the input's name with the new extension; an existing file needs --force. */
export function outputFile(options: CliOptions, input: string, extension: string): string {
  const named = options.values.get('--output');
  const out = named ?? input.slice(0, input.length - extname(input).length) + extension;
  if (out === input) throw new UsageError(`${input}: the output would overwrite the input (use --output FILE)`);
  if (existsSync(out) && !options.flags.has('--force')) throw new UsageError(`${out} already exists (use --force to replace it, or --output FILE)`);
  return out;
}

export function writeOutput(file: string, data: string | Uint8Array): void {
  try {
    writeFileSync(file, data);
  } catch (error) {
    throw new UsageError(`cannot write ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Runs a conversion; an input the converter refuses becomes a usage error naming the file. */
export async function converting<T>(file: string, run: (interchange: InterchangeModule) => T | Promise<T>): Promise<T> {
  try {
    return await run(loadInterchange());
  } catch (error) {
    if (isInterchangeError(error)) {
      throw new UsageError(`cannot convert ${file}: ${error.message}`);
    }
    throw error;
  }
}

export function oneFile(options: CliOptions, command: string): string {
  if (options.files.length !== 1) throw new UsageError(`${command} needs exactly one FILE`);
  return options.files[0]!;
}
