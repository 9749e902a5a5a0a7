import { performance } from 'node:perf_hooks';

/**
 * Analyses at most this long (ms) run at once after a keystroke: waiting would only delay what the user
 * sees (a 30 KB draft takes about 1 ms). Longer ones wait `unres.debounce` after the last change.
 */
const FAST_ANALYSIS_MS = 8;
/**
 * Documents up to this size (UTF-16 code units) are always checked at once: their analysis takes a few
 * milliseconds once the code is warm, and the first, cold one would otherwise make them wait.
 */
const SMALL_DOCUMENT = 64 * 1024;

export interface AdaptiveDebounce {
  /** Runs an analysis of the document and remembers how long it took. */
  timed<T>(uri: string, analyse: () => T): T;
  /** How long to wait after a change: none for a small document, or one whose last analysis was fast. */
  delayFor(uri: string, length: number, configured: number): number;
  forget(uri: string): void;
}

export function createAdaptiveDebounce(): AdaptiveDebounce {
  const last = new Map<string, number>();
  return {
    timed(uri, analyse) {
      const start = performance.now();
      const result = analyse();
      last.set(uri, performance.now() - start);
      return result;
    },
    delayFor(uri, length, configured) {
      if (length <= SMALL_DOCUMENT) return 0;
      const ms = last.get(uri);
      return ms !== undefined && ms <= FAST_ANALYSIS_MS ? 0 : configured;
    },
    forget(uri) {
      last.delete(uri);
    },
  };
}
