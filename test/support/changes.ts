import { diffWordsWithSpace } from 'diff';

/**
 * The changes between two texts, word by word and spaces included, one line per change:
 *   `12: "3" → "2"` (line of the old text, what went, what came). Unchanged text is not listed, so a
 * reviewed list of changes pins the whole result without copying the text it was made from.
 */
export function describeChanges(before: string, after: string): string[] {
  const lines: string[] = [];
  let line = 1;
  let pending: { line: number; removed: string; added: string } | undefined;
  const flush = (): void => {
    if (pending) lines.push(`${pending.line}: ${JSON.stringify(pending.removed)} → ${JSON.stringify(pending.added)}`);
    pending = undefined;
  };
  for (const part of diffWordsWithSpace(before, after)) {
    if (!part.added && !part.removed) {
      flush();
      line += part.value.split('\n').length - 1;
      continue;
    }
    pending ??= { line, removed: '', added: '' };
    if (part.removed) {
      pending.removed += part.value;
      line += part.value.split('\n').length - 1;
    } else pending.added += part.value;
  }
  flush();
  return lines;
}
