import type { Comparison, ParagraphChange, WordChange } from './compare';

/** The comparison as a reader scans it in a terminal: one block per change, words marked [-…-] and {+…+}. */
export function comparisonText(c: Comparison, oldName: string, newName: string): string {
  const lines = [`--- ${oldName}`, `+++ ${newName}`];
  for (const change of c.changes) {
    lines.push('', `${headline(change)}`);
    if (change.words) lines.push(`  ${change.words.map(markText).join('')}`);
    else if (change.kind === 'deleted') lines.push(`  ${change.old!.text}`);
    else if (change.kind === 'inserted') lines.push(`  ${change.new!.text}`);
  }
  lines.push('', summary(c));
  return lines.join('\n');
}

function headline(change: ParagraphChange): string {
  const o = change.old;
  const n = change.new;
  switch (change.kind) {
    case 'deleted':
      return `- ${o!.label} deleted (line ${o!.line})`;
    case 'inserted':
      return `+ ${n!.label} inserted (line ${n!.line})`;
    case 'renumbered':
      return `= ${o!.label} renumbered ${n!.label}`;
    case 'moved':
      return `> ${o!.label} moved to ${n!.label}${change.alsoChanged ? ', and changed' : ''} (line ${o!.line} → ${n!.line})`;
    default:
      return `~ ${o!.label}${o!.label === n!.label ? '' : ` → ${n!.label}`} changed (line ${o!.line} → ${n!.line})`;
  }
}

function markText(w: WordChange): string {
  return w.op === '=' ? w.text : w.op === '-' ? `[-${w.text}-]` : `{+${w.text}+}`;
}

export function summary(c: Comparison): string {
  const count = (k: ParagraphChange['kind']): number => c.changes.filter((x) => x.kind === k).length;
  return `${count('changed')} changed, ${count('moved')} moved, ${count('renumbered')} renumbered, ${count('deleted')} deleted, ${count('inserted')} inserted, ${c.unchanged} unchanged`;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A self-contained page to circulate: no script, no external style or font, readable printed. */
export function comparisonHtml(c: Comparison, oldName: string, newName: string): string {
  const rows = c.changes
    .map((change) => {
      const body = change.words
        ? change.words.map((w) => (w.op === '=' ? escapeHtml(w.text) : w.op === '-' ? `<del>${escapeHtml(w.text)}</del>` : `<ins>${escapeHtml(w.text)}</ins>`)).join('')
        : escapeHtml((change.new ?? change.old)!.text);
      return `<section class="${change.kind}"><h2>${escapeHtml(headline(change))}</h2><p>${body}</p></section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${c.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(oldName)} → ${escapeHtml(newName)}</title>
<style>
body { font-family: Georgia, "Times New Roman", serif; max-width: 50em; margin: 2em auto; line-height: 1.5; color: #111; }
h1 { font-size: 1.2em; } h2 { font-size: 0.95em; font-family: sans-serif; margin: 0 0 0.3em; color: #333; }
section { border-left: 4px solid #999; padding: 0.3em 1em; margin: 1em 0; }
section.deleted { border-color: #b00; } section.deleted p { text-decoration: line-through; color: #700; }
section.inserted { border-color: #070; } section.inserted p { color: #050; }
section.moved { border-color: #06c; } section.renumbered { border-color: #aaa; }
del { background: #fdd; color: #700; } ins { background: #dfd; color: #050; text-decoration: none; border-bottom: 1px solid #050; }
</style>
</head>
<body>
<h1>${escapeHtml(oldName)} → ${escapeHtml(newName)}</h1>
<p>${escapeHtml(summary(c))}</p>
${rows}
</body>
</html>
`;
}
