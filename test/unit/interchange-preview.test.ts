import assert from 'node:assert/strict';
import { previewHtml, previewUpdate } from '../../server/src/interchange';

const DRAFT = `S/RES/9999 (2030)
Adopted by the Security Council at its 9999th meeting, on 1 March 2030

The Security Council,

Recalling its resolution 2231 (2015),

1. *Decides* to extend the mandate[^1];

2. *Requests* the Secretary-General <script>alert(1)</script>:

(a) to report every month;

(i) in writing;

3. Decides to remain seized of the matter.

[^1]: See S/2030/1.
`;

describe('preview page', () => {
  const html = previewHtml(DRAFT, 'abc123', { errorLines: [9] });

  it('is built from the model in the layout of a UN document', () => {
    assert.match(html, /<div class="symbol">S\/RES\/9999 \(2030\)<\/div>/);
    assert.match(html, /<p class="organ" data-line="3"><em>The Security Council<\/em>,<\/p>/, 'organ line in italics, even when typed without markers');
    assert.match(html, /<p class="preamble" data-line="5"><em>Recalling<\/em> its resolution/);
    assert.match(html, /<p class="operative" data-line="7"><span class="num">1\.<\/span><em>Decides<\/em> to extend the mandate<sup class="note">1<\/sup>;/);
    assert.match(html, /<p class="point level-1" data-line="11"><span class="num">\(a\)<\/span>to report/);
    assert.match(html, /<p class="point level-2" data-line="13"><span class="num">\(i\)<\/span>in writing/);
    assert.match(html, /<span class="num">3\.<\/span><em>Decides<\/em> to remain/, 'leading phrase in italics as printed');
    assert.match(html, /<footer class="footnotes"><p class="footnote"><sup>1<\/sup> See S\/2030\/1\.<\/p><\/footer>/);
  });

  it('marks the paragraphs on lines with errors', () => {
    assert.match(html, /<p class="operative has-error" data-line="9">/);
    assert.equal((html.match(/has-error"/g) ?? []).length, 1);
  });

  it('runs under a strict content security policy: nothing loads, only its own style and script run', () => {
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123';">/);
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'the draft text cannot add a script');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.doesNotMatch(html, /\b(?:src|href)=/);
  });

  it('an update is the page body alone, for the open preview to swap in', () => {
    const body = previewUpdate(DRAFT.replace('extend', 'renew'));
    assert.doesNotMatch(body, /<html|<script/);
    assert.match(body, /to renew the mandate/);
  });
});
