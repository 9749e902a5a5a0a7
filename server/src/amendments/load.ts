import { lazyBundle } from '../lazyBundle';
import type * as Amendments from './index';

export type AmendmentsModule = typeof Amendments;

/** The amendment reader, planner and their word tables: dist/amendments.js, required when a sheet is read. */
export const loadAmendments = lazyBundle<AmendmentsModule>('amendments');
