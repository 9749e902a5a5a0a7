import { readFileSync } from 'node:fs';
import type { ConfigReader } from './types';

/**
 * The reader the CLI and the server give the configuration module: files from the disk; a missing or
 * unreadable one is "not there". (Kept out of index.ts, which stays pure.)
 */
export const diskReader: ConfigReader = {
  read(path) {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};
