/**
 * A global alignment of two sequences (Needleman–Wunsch) computed only in a band around the diagonal
 * scaled to both lengths, so that it costs O((n + m) · band) instead of O(n · m): two 1 MB versions with
 * thousands of paragraphs each align in about a millisecond. Versions of one text differ by a few
 * paragraphs, so the band (the length difference plus a margin) always holds the true alignment.
 */

/** One step of the alignment: a pair, or an item of one side alone (`a` or `b` undefined). */
export interface AlignedPair {
  readonly a: number | undefined;
  readonly b: number | undefined;
}

const MARGIN = 12;
/**
 * Versions that differ by more paragraphs than this are not versions of one text: the band stops growing,
 * so that the cost stays linear (the alignment is then only as good as the band allows).
 */
const MAX_BAND = 64;

/**
 * Aligns indexes 0..n-1 with 0..m-1. `score(i, j)` is the gain of pairing i with j (higher is better);
 * `gapA(i)` and `gapB(j)` the (negative) gain of leaving one item unpaired. `row(i, lo, hi)`, when given, is
 * told before the scores of item i are asked, and which j (lo ≤ j < hi) they will be: a caller can then
 * work out what item i shares with all of them at once.
 */
export function align(
  n: number,
  m: number,
  score: (i: number, j: number) => number,
  gapA: (i: number) => number,
  gapB: (j: number) => number,
  row?: (i: number, lo: number, hi: number) => void,
): AlignedPair[] {
  if (n === 0 || m === 0) {
    return n === 0 ? Array.from({ length: m }, (_, j) => ({ a: undefined, b: j })) : Array.from({ length: n }, (_, i) => ({ a: i, b: undefined }));
  }
  const slope = m / n;
  const band = Math.min(MAX_BAND, Math.abs(n - m) + MARGIN + Math.ceil(slope));
  const width = 2 * band + 1;
  const lo = (i: number): number => Math.max(0, Math.round(i * slope) - band);
  const hi = (i: number): number => Math.min(m, Math.round(i * slope) + band);
  // Row i holds j = lows[i]..highs[i], stored from i * width on.
  const lows = new Int32Array(n + 1);
  const highs = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lows[i] = lo(i);
    highs[i] = hi(i);
  }
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  // 0: diagonal (pair), 1: up (a alone), 2: left (b alone).
  const from = new Uint8Array((n + 1) * width);
  const at = (i: number, j: number): number => i * width + (j - lows[i]!);
  best[0] = 0;
  for (let j = 1; j <= highs[0]!; j++) {
    best[j] = best[j - 1]! + gapB(j - 1);
    from[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    const first = lows[i]!;
    const last = highs[i]!;
    const upLow = lows[i - 1]!;
    const upHigh = highs[i - 1]!;
    const base = i * width - first;
    const upBase = (i - 1) * width - upLow;
    const gapHere = gapA(i - 1);
    if (row) row(i - 1, Math.max(0, first - 1), last);
    for (let j = first; j <= last; j++) {
      let value = -Infinity;
      let step = 0;
      if (j > 0 && j - 1 >= upLow && j - 1 <= upHigh) value = best[upBase + j - 1]! + score(i - 1, j - 1);
      if (j >= upLow && j <= upHigh) {
        const up = best[upBase + j]! + gapHere;
        if (up > value) {
          value = up;
          step = 1;
        }
      }
      if (j > first) {
        const left = best[base + j - 1]! + gapB(j - 1);
        if (left > value) {
          value = left;
          step = 2;
        }
      }
      best[base + j] = value;
      from[base + j] = step;
    }
  }
  const path: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = i === 0 ? 2 : j === 0 ? 1 : from[at(i, j)]!;
    if (step === 0) path.push({ a: --i, b: --j });
    else if (step === 1) path.push({ a: --i, b: undefined });
    else path.push({ a: undefined, b: --j });
  }
  return path.reverse();
}
