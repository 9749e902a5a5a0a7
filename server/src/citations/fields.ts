import type { Span } from '../model/types';
import type { Citation, CitationParts } from './types';

/** The fields of a citation that depend on its form; the recogniser adds the rest. */
export type Fields = Pick<Citation, 'kind' | 'body' | 'form' | 'number' | 'year' | 'session' | 'part' | 'symbol' | 'standard'> & {
  readonly parts: CitationParts;
};

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Parts with every property present (one object shape), the optional ones filled in by the caller. */
export function partsOf(number: Span): Mutable<CitationParts> {
  return { number, part: undefined, partGap: undefined, gap: undefined, inner: undefined, open: undefined, close: undefined, prefix: undefined };
}
