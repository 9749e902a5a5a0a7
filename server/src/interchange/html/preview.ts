import type { Draft, DraftBlock, DraftPoint } from '../draft';
import type { InlineRun } from '../inline';

/**
 * The preview of a draft in the layout of a UN document (the same layout as the Word export): heading
 * block, organ line, italic leading phrases, hanging-indent numbering, subparagraphs by level, footnotes at
 * the foot. Built from the model, not by a Markdown renderer, which would misread "1." and "(a)". Every
 * element carries the Markdown line it comes from (`data-line`), for scrolling with the editor; paragraphs
 * on a line with an error are marked.
 */
export interface PreviewOptions {
  /** 0-based Markdown lines that carry an error. */
  readonly errorLines?: readonly number[];
}

export function previewBody(draft: Draft, options: PreviewOptions = {}): string {
  const errors = new Set(options.errorLines ?? []);
  const notes = new Map(draft.footnotes.map((n, i) => [n.label, i + 1]));
  const inline = (runs: readonly InlineRun[]): string => runs.map((r) => runHtml(r, notes)).join('');
  const mark = (line: number, cls: string): string => `class="${cls}${errors.has(line) ? ' has-error' : ''}" data-line="${line}"`;
  const out: string[] = [];
  if (draft.heading.length) out.push(`<header class="heading">${draft.heading.map((l, i) => `<div class="${i === 0 ? 'symbol' : /^\S+\/\d+\.\s/.test(l) ? 'title' : 'line'}">${escapeHtml(l)}</div>`).join('')}</header>`);
  if (draft.organ) out.push(`<p ${mark(draft.organ.line, 'organ')}>${inline(draft.organ.runs)}</p>`);
  for (const b of draft.blocks) out.push(blockHtml(b, inline, mark));
  if (draft.footnotes.length) {
    out.push(`<footer class="footnotes">${draft.footnotes.map((n, i) => `<p class="footnote"><sup>${i + 1}</sup> ${inline(n.runs)}</p>`).join('')}</footer>`);
  }
  if (draft.closing.length) out.push(`<div class="closing">${draft.closing.map((l) => `<div>${escapeHtml(l)}</div>`).join('')}</div>`);
  return out.join('\n');
}

type Inline = (runs: readonly InlineRun[]) => string;
type Mark = (line: number, cls: string) => string;

function blockHtml(b: DraftBlock, inline: Inline, mark: Mark): string {
  if (b.kind === 'heading') return `<h3 ${mark(b.line, 'section')}>${escapeHtml(b.text)}</h3>`;
  if (b.kind === 'preamble') return `<p ${mark(b.line, 'preamble')}>${inline(b.runs)}</p>`;
  const numbered = (label: string | undefined, runs: readonly InlineRun[], line: number, cls: string): string =>
    `<p ${mark(line, cls)}>${label ? `<span class="num">${escapeHtml(label)}</span>` : ''}${inline(runs)}</p>`;
  const points = (ps: readonly DraftPoint[]): string => ps.map((p) => numbered(p.label, p.runs, p.line, `point level-${Math.min(p.level, 4)}`) + points(p.points)).join('');
  return numbered(b.number, b.runs, b.line, 'operative') + points(b.points) + (b.wrapUp.length ? `<p class="wrapup">${inline(b.wrapUp)}</p>` : '');
}

function runHtml(r: InlineRun, notes: ReadonlyMap<string, number>): string {
  if (r.note !== undefined) return `<sup class="note">${notes.get(r.note) ?? escapeHtml(r.note)}</sup>`;
  let html = escapeHtml(r.text);
  if (r.italic) html = `<em>${html}</em>`;
  if (r.bold) html = `<strong>${html}</strong>`;
  return html;
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const STYLE = `
body { background: #e8e8e8; margin: 0; padding: 16px; }
#page { background: #fff; color: #000; max-width: 16cm; margin: 0 auto; padding: 2cm 2.2cm; font: 12pt/1.35 "Times New Roman", "Liberation Serif", Times, serif; box-shadow: 0 1px 4px rgba(0,0,0,.3); }
.heading { margin-bottom: 1.5em; }
.heading .symbol { text-align: right; font-weight: bold; margin-bottom: .5em; }
.heading .title { font-weight: bold; margin-top: 1em; }
p { margin: 0 0 .6em 0; text-align: justify; }
.organ, .preamble { text-indent: 1.27cm; margin-left: 1.27cm; }
.operative, .point { position: relative; margin-left: 2.54cm; }
.point.level-1 { margin-left: 3.81cm; } .point.level-2 { margin-left: 5.08cm; } .point.level-3, .point.level-4 { margin-left: 6.35cm; }
.num { position: absolute; left: -1.27cm; }
h3.section { font-size: 12pt; margin: 1em 0 .6em 1.27cm; }
.wrapup { margin-left: 2.54cm; }
.has-error { background: #fde7e9; box-shadow: -6px 0 0 #d13438; }
.footnotes { border-top: 1px solid #000; width: 5cm; padding-top: .3em; margin-top: 2em; font-size: 10pt; }
.footnotes p { width: 14cm; text-align: left; }
.closing { text-align: right; margin-top: 2em; }
sup { font-size: 8pt; }
`;

/**
 * The whole page, under a strict content security policy: nothing but the page's own style and script
 * (by nonce) runs or loads. The script replaces the page on "update" and scrolls to a line on "scroll".
 */
export function previewPage(draft: Draft, nonce: string, options: PreviewOptions = {}): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="${draft.language}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">${STYLE}</style></head>
<body><main id="page">${previewBody(draft, options)}</main>
<script nonce="${nonce}">${SCRIPT}</script></body></html>`;
}

const SCRIPT = `
(function () {
  const page = document.getElementById('page');
  window.addEventListener('message', function (event) {
    const m = event.data || {};
    if (m.type === 'update' && typeof m.body === 'string') page.innerHTML = m.body;
    if (m.type === 'scroll' && typeof m.line === 'number') {
      let target = null;
      for (const el of page.querySelectorAll('[data-line]')) { if (Number(el.dataset.line) <= m.line) target = el; else break; }
      if (target) target.scrollIntoView({ block: 'start' });
      else window.scrollTo(0, 0);
    }
  });
})();
`;
