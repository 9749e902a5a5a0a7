import { lazyBundle } from '../lazyBundle';
import type * as Interchange from './index';

export type InterchangeModule = typeof Interchange;

/** The interchange code and the Word libraries: dist/interchange.js, required when an import, export or preview runs. */
export const loadInterchange = lazyBundle<InterchangeModule>('interchange');
