import { performance } from 'node:perf_hooks';

/**
 * Analyses at most this long (ms) run at once after a keystroke: waiting would only delay what the user
 * sees. One that is over before the next keystroke of a fast typist (about 100 ms apart) never piles up: a
 * 30 KB draft takes about 1 ms, a 1 MB one 20 to 60 ms from start to publication on a loaded machine; and a
 * large document's analysis, run rule by rule, stops at the next rule when a newer version arrives, so an
 * edit in between wastes at most the parse and one rule. Longer ones (10 MB) wait `unres.debounce` after
 * the last change.
 */
const FAST_ANALYSIS_MS = 100;
/**
 * Documents up to this size (UTF-16 code units) are always checked at once: their analysis takes a few
 * milliseconds once the code is warm, and the first, cold one would otherwise make them wait.
 */
const SMALL_DOCUMENT = 64 * 1024;

export interface AdaptiveDebounce {
  /** Runs an analysis of the document and remembers how long it took. */
  timed<T>(uri: string, analyse: () => T): T;
  /** Remembers how long an analysis run in steps took, from its start to its last step. */
  record(uri: string, ms: number): void;
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
    record(uri, ms) {
      last.set(uri, ms);
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
