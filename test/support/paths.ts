import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root, from the compiled test location (out/test/...) or the sources. */
export const ROOT = resolve(__dirname, '..', '..', existsSync(resolve(__dirname, '..', '..', 'package.json')) ? '' : '..');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
/** The shared reference texts beside the project (real resolutions); absent on some machines. */
export const SHARED = resolve(ROOT, '..', 'shared');
export const hasShared = existsSync(join(SHARED, 'examples'));
