import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planRenumber } from '../../server/src/features/renumber';
import { parseResolution } from '../../server/src/model/parser';
import type { Paragraph, ResolutionModel } from '../../server/src/model/types';
import { createResolutionService } from '../../server/src/service';
import { referenceTargets, renumberText, skeleton } from '../support/editing';
import { FIXTURES, hasShared, SHARED } from '../support/paths';
import { runCliCaptured } from '../support/cli';

/** Operative numbers with their suffix, in document order: ["1", "2", "2 bis", "3"]. */
function numbers(model: ResolutionModel): string[] {
  return model.operative.map((p) => (p.number ? `${p.number.value}${p.number.suffix ? ' ' + p.number.suffix : ''}` : '?'));
}

function assertNumberedInOrder(model: ResolutionModel): void {
  let n = 0;
  for (const label of numbers(model)) {
    if (label.includes(' ')) assert.equal(label.split(' ')[0], String(n), `inserted paragraph ${label} after ${n}`);
    else assert.equal(label, String(++n), `numbers: ${numbers(model).join(', ')}`);
  }
}

function assertLettered(model: ResolutionModel): void {
  const walk = (p: Paragraph): void => {
    const labels = p.subparagraphs.filter((s) => s.label).map((s) => s.label!.ordinal);
    assert.deepEqual(labels, labels.map((_, i) => i + 1), `labels under line ${p.line + 1}`);
    p.subparagraphs.forEach(walk);
  };
  model.paragraphs.forEach(walk);
}

const EXTERNAL = /\b(?:paragraph|paragraphe|párrafo|alinéa)s?\s+[*_]?[a-z0-9]+[*_]?\s+(?:of\s+(?:its\s+)?resolution|de\s+la\s+r[ée]solu|du\s+paragraphe)[^,;]*/giu;

describe('renumbering fixtures with references (en, fr, es)', () => {
  const dir = join(FIXTURES, 'renumber');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
    describe(name, () => {
      const before = readFileSync(join(dir, name), 'utf8');
      const { text: after, plan } = renumberText(before);

      it('numbers operative paragraphs 1..N and reletters subparagraphs', () => {
        const model = parseResolution(after);
        assertNumberedInOrder(model);
        assertLettered(model);
        assert.deepEqual(plan.problems, []);
        assert.ok(plan.edits.length > 0, 'the fixture is misnumbered on purpose');
      });

      it('changes nothing but numbers and labels', () => {
        assert.equal(skeleton(after), skeleton(before));
        for (const e of plan.edits) assert.match(e.newText, /^[0-9a-z]+$/, JSON.stringify(e));
      });

      it('keeps every internal reference on the same text', () => {
        const targets = referenceTargets(before);
        assert.ok(targets.length >= 5, `fixture has references: ${targets.length}`);
        assert.ok(!targets.some((t) => t.startsWith('<')), targets.join('\n'));
        assert.deepEqual(referenceTargets(after), targets);
      });

      it('leaves references to other texts untouched', () => {
        const external = before.match(EXTERNAL) ?? [];
        assert.ok(external.length > 0, 'fixture cites another text');
        assert.deepEqual(after.match(EXTERNAL), external);
      });

      it('is idempotent', () => {
        assert.deepEqual(renumberText(after).plan.edits, []);
      });
    });
  }

  it('rewrites the references as a drafter would (spot checks)', () => {
    const read = (name: string): string => renumberText(readFileSync(join(dir, name), 'utf8')).text;
    const en = read('en-references.md');
    for (const s of ['paragraph 2 below', 'paragraph 2 (b) above', 'paragraph 2 (c) above', '3 bis. *Requests*', 'paragraphs 2 and 3 above', 'paragraph 3 bis above', 'paragraphs 2 to 4 above', 'paragraph 6 below', 'paragraph 4 of the present resolution']) {
      assert.ok(en.includes(s), s);
    }
    const fr = read('fr-references.md');
    for (const s of ['paragraphe 3 ci-après', 'paragraphe 1 b) ci-dessus', 'paragraphes 1 et 2 ci-dessus', 'paragraphes 1 à 3 ci-dessus', 'paragraphe 6 de la résolution 180 (1963)', 'paragraphe 2 de la présente résolution']) {
      assert.ok(fr.includes(s), s);
    }
    const es = read('es-references.md');
    for (const s of ['párrafo 1 b) supra', 'párrafos 1 y 2 supra', 'párrafo 4 infra', 'párrafos 1 a 3 supra', 'párrafo 2 de la resolución 660 (1990)']) {
      assert.ok(es.includes(s), s);
    }
  });
});

describe('renumbering edge cases', () => {
  const draft = (body: string): string => `The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n${body}\n`;

  it('reports an ambiguous target and leaves it as written', () => {
    const { text, plan } = renumberText(draft('1. *Decides* to act;\n\n2. *Requests* a report;\n\n2. *Urges* States to apply paragraph 2 above;\n\n4. *Decides* to remain seized of the matter.'));
    assert.ok(text.includes('3. *Urges* States to apply paragraph 2 above;'));
    assert.equal(plan.problems.length, 1);
    assert.match(plan.problems[0]!.message, /2 paragraphs are numbered 2/);
  });

  it('reports a missing target and a missing subparagraph', () => {
    const { plan } = renumberText(draft('1. *Decides* that:\n\n(a) One;\n\n(b) Two;\n\n2. *Urges* States to apply paragraph 7 above and paragraph 1 (c) above.'));
    assert.deepEqual(plan.problems.map((p) => p.message.replace(/:.*/, '')), ['This reference was not updated', 'This reference was not updated']);
    assert.equal(plan.edits.length, 0);
  });

  it('inserts the number of an unnumbered operative paragraph', () => {
    const { text } = renumberText(draft('1. *Decides* to act;\n\n*Decides* to remain seized of the matter.'));
    assert.ok(text.endsWith('2. *Decides* to remain seized of the matter.\n'), text);
  });

  it('renumbers negotiation labels when they are the only number', () => {
    const { text } = renumberText(draft('OP1 *Decides* to act;\n\nOP3 *Requests* a report;\n\nOP4 *Decides* to remain seized of the matter.'));
    assert.ok(text.includes('OP2 *Requests*') && text.includes('OP3 *Decides*'), text);
  });

  it('keeps a "bis" paragraph attached to the one before it', () => {
    const { text } = renumberText(draft('1. *Decides* to act;\n\n3. *Requests* a report;\n\n3 bis. *Invites* States to apply paragraph 3 above;\n\n4. *Decides* to remain seized of the matter.'));
    assert.ok(text.includes('2. *Requests*') && text.includes('2 bis. *Invites* States to apply paragraph 2 above;') && text.includes('3. *Decides*'), text);
  });

  it('reletters nested roman subparagraphs and their references', () => {
    const { text } = renumberText(
      draft('1. *Decides* that:\n\n(a) One:\n\n(i) first;\n\n(iii) second;\n\n(b) Two;\n\n2. *Urges* States to apply paragraph 1 (a) (iii) above.'),
    );
    assert.ok(text.includes('(ii) second;') && text.includes('paragraph 1 (a) (ii) above'), text);
  });

  it('leaves a subparagraph series of mixed kinds as written', () => {
    const before = draft('1. *Decides* that:\n\n(1) first;\n\n(ii) second;\n\n2. *Decides* to remain seized of the matter.');
    assert.equal(renumberText(before).text, before);
  });

  it('works on CRLF text and changes only the digits', () => {
    const before = draft('2. *Decides* to act;\r\n\r\n3. *Urges* States to apply paragraph 2 above.').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    const { text } = renumberText(before);
    assert.equal(text, before.replace('2. *Decides*', '1. *Decides*').replace('3. *Urges*', '2. *Urges*').replace('paragraph 2 above', 'paragraph 1 above'));
  });

  it('answers through the service as LSP text edits with problems as ranges', () => {
    const service = createResolutionService();
    const document = TextDocument.create('file:///d.unres', 'unres', 1, draft('2. *Decides* to act;\n\n2. *Urges* States to apply paragraph 2 above.'));
    const result = service.renumber(document);
    assert.deepEqual(result.edits.map((e) => [e.range.start, e.newText]), [[{ line: 4, character: 0 }, '1']]);
    assert.equal(result.problems.length, 1);
    assert.deepEqual(result.problems[0]!.range.start, { line: 6, character: 37 });
  });
});

describe('renumbering real texts', function () {
  if (!hasShared) {
    it.skip('needs the shared reference texts');
    return;
  }

  it('2388 (2017) with paragraphs 5 and 6 swapped and 12 deleted comes out 1..34, numbers only, idempotent', () => {
    const original = readFileSync(join(SHARED, 'examples', 's-res-2388-2017-fr.md'), 'utf8');
    const lines = original.split('\n');
    const at = (n: number): number => lines.findIndex((l) => l.startsWith(`${n}. `));
    const [five, six] = [at(5), at(6)];
    [lines[five], lines[six]] = [lines[six]!, lines[five]!];
    lines.splice(at(12), 1);
    const damaged = lines.join('\n');

    const { text, plan } = renumberText(damaged);
    const model = parseResolution(text);
    assert.deepEqual(numbers(model), Array.from({ length: 34 }, (_, i) => String(i + 1)));
    assert.equal(skeleton(text), skeleton(damaged));
    assert.ok(plan.edits.every((e) => /^\d+$/.test(e.newText) && /^\d+$/.test(damaged.slice(e.start, e.end))));
    // The swapped paragraphs keep their text; only their numbers moved.
    const bodies = (t: string): string[] => parseResolution(t).operative.map((p) => t.slice(p.bodyStart, p.end));
    assert.deepEqual(bodies(text), bodies(damaged));
    assert.deepEqual(renumberText(text).plan.edits, []);
    const service = createResolutionService();
    const diagnostics = service.computeDiagnostics(TextDocument.create('file:///2388.md', 'unres', 1, text));
    assert.deepEqual(diagnostics.filter((d) => d.code === 'operative-numbering' || d.code === 'cross-reference'), []);
  });

  for (const name of ['sc-661-1990-en.md', 'sc-678-1990-en.md']) {
    it(`${name} is already numbered: no edit, no problem`, () => {
      const plan = planRenumber(parseResolution(readFileSync(join(SHARED, 'corpus', name), 'utf8')));
      assert.deepEqual({ edits: plan.edits, problems: plan.problems }, { edits: [], problems: [] });
    });
  }
});

describe('unres renumber', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-renumber-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  const run = runCliCaptured;
  const DRAFT = 'The Security Council,\n\n*Recalling* its resolution 2331 (2016),\n\n2. *Decides* to act;\n\n3. *Urges* States to apply paragraph 2 above;\n\n4. *Decides* to remain seized of the matter.\n';

  it('prints the renumbered text and leaves the file alone', () => {
    const file = join(dir, 'print.md');
    writeFileSync(file, DRAFT);
    const r = run('renumber', file);
    assert.equal(r.code, 0, r.err.join('\n'));
    assert.equal(r.out.join('\n') + '\n', DRAFT.replace('2. *Decides*', '1. *Decides*').replace('3. *Urges*', '2. *Urges*').replace('paragraph 2', 'paragraph 1').replace('4. *Decides*', '3. *Decides*'));
    assert.equal(readFileSync(file, 'utf8'), DRAFT);
  });

  it('writes the file with --write and is idempotent', () => {
    const file = join(dir, 'write.md');
    writeFileSync(file, DRAFT);
    assert.equal(run('renumber', file, '--write').code, 0);
    const once = readFileSync(file, 'utf8');
    assert.ok(once.includes('paragraph 1 above'));
    const again = run('renumber', '--write', file);
    assert.deepEqual(again.out, [`${file}: 0 changes`]);
    assert.equal(readFileSync(file, 'utf8'), once);
  });

  it('exits with 1 and lists the references it could not update', () => {
    const file = join(dir, 'problem.md');
    writeFileSync(file, DRAFT.replace('paragraph 2 above', 'paragraph 9 above'));
    const r = run('renumber', file, '--format', 'json');
    assert.equal(r.code, 1);
    const result = JSON.parse(r.out.join('\n')) as { problems: { line: number; column: number }[]; text: string };
    assert.deepEqual(result.problems.map((p) => [p.line, p.column]), [[7, 38]]);
    assert.ok(result.text.includes('paragraph 9 above'));
  });

  it('needs exactly one file', () => {
    assert.equal(run('renumber').code, 2);
  });
});
