import { existsSync } from 'node:fs';
import { CONFIG_FILE, initialConfigText } from '../config';
import { UsageError, type CliOptions } from './args';
import { writeTextFile } from './files';
import type { CliIo } from './output';

/** `init`: writes a commented .unres.json in the current folder; never replaces one that is there. */
export function init(options: CliOptions, io: CliIo): number {
  if (options.files.length > 0) throw new UsageError('init takes no FILE: it writes .unres.json in the current folder');
  if (existsSync(CONFIG_FILE)) throw new UsageError(`${CONFIG_FILE} already exists; nothing was written`);
  writeTextFile(CONFIG_FILE, initialConfigText());
  io.out(`wrote ${CONFIG_FILE}`);
  return 0;
}
