import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { adoptionDate, adoptionDateCount } from '../../server/src/citations/adoptionDates';
import { datedCitations, fitsCitation } from '../../server/src/citations/dated';
import { dateAt, isoDate } from '../../server/src/lexicon/dates';
import { createResolutionService } from '../../server/src/service';
import { aknTexts } from '../accuracy/gold';
import { SOURCE_MISTAKES } from '../accuracy/source-mistakes';
import { SHARED } from '../support/paths';

const tsv = join(SHARED, 'data', 'sc-resolutions.tsv');
const texts = aknTexts(join(SHARED, 'corpus-akn'));

describe('citation dates', () => {
  it('reads a date only where it starts', () => {
    const text = 'resolution 67/123 of 18 December 2012';
    assert.equal(isoDate(dateAt(text, 21)!.date), '2012-12-18');
    assert.equal(dateAt(text, 20), undefined);
    assert.equal(isoDate(dateAt('du 1er janvier 2016', 3)!.date), '2016-01-01');
    assert.equal(isoDate(dateAt(', de 18 de diciembre de 2012,', 5)!.date), '2012-12-18');
  });

  it('knows thousands of adoption dates, packed', () => {
    assert.ok(adoptionDateCount() > 8000, `${adoptionDateCount()} dates`);
    assert.equal(isoDate(adoptionDate('sc:1')!), '1946-01-25');
    assert.equal(isoDate(adoptionDate('sc:2282')!), '2016-04-27');
    assert.equal(isoDate(adoptionDate('ga:67/123')!), '2012-12-18');
    assert.equal(adoptionDate('sc:2797'), undefined);
    assert.equal(adoptionDate('ga:99/1'), undefined);
    // A series is read on its first lookup; a key is its series and the number in plain digits, nothing else.
    assert.equal(isoDate(adoptionDate('ga:ES-11/1')!), '2022-03-02');
    for (const key of ['sc:02282', 'sc:', '2282', 'sc:2282 ', 'sc:2282.0']) assert.equal(adoptionDate(key), undefined, key);
  });

  (existsSync(tsv) ? it : it.skip)('carries the date of every Security Council resolution of the reference table', () => {
    const rows = readFileSync(tsv, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
    assert.ok(rows.length > 2700);
    for (const [number, date] of rows) assert.equal(isoDate(adoptionDate(`sc:${number}`)!), date, `resolution ${number}`);
  });

  it('reads the date given to the last of a list, not dates given respectively', () => {
    const service = createResolutionService();
    const read = (text: string): string[] => {
      const a = service.analysis(TextDocument.create('file:///t.md', 'unres', 1, text));
      return datedCitations(text, a.citations.list).map((d) => `${d.citation.standard}=${isoDate(d.date.date)}`);
    };
    assert.deepEqual(read('The Security Council,\n\n*Recalling* its resolutions 2282 (2016) of 27 April 2016 and 2413 (2018) of 26 April 2018,\n'), ['2282 (2016)=2016-04-27', '2413 (2018)=2018-04-26']);
    assert.deepEqual(read('Le Conseil de sécurité,\n\n*Rappelant* ses résolutions 1645 (2005) et 2413 (2018) en date du 20 décembre 2005 et du 26 avril 2018,\n'), []);
  });

  (texts.length ? it : it.skip)('checks the dated citations of the adopted texts, and finds only the mistakes of the sources', function () {
    this.timeout(120000);
    const service = createResolutionService();
    let dated = 0;
    let checked = 0;
    const found: string[] = [];
    for (const t of texts) {
      const text = readFileSync(t.path, 'utf8');
      const document = TextDocument.create(`file:///corpus-akn/${t.name}`, 'unres', 1, text);
      const analysis = service.analysis(document);
      for (const d of datedCitations(text, analysis.citations.list)) {
        dated++;
        const actual = d.citation.part === undefined ? adoptionDate(d.key) : undefined;
        if (actual && fitsCitation(d.citation, actual)) checked++;
      }
      for (const f of analysis.findings) if (f.code === 'citation-date') found.push(`${t.name}:${document.positionAt(f.start).line + 1}`);
      service.forget(document.uri);
    }
    // The figure the documentation gives: every dated citation whose resolution the facts date is compared.
    assert.ok(dated >= 4900, `${dated} dated citations`);
    assert.ok(checked >= 4500, `${checked} dated citations checked`);
    const expected = SOURCE_MISTAKES.filter((m) => m.code === 'citation-date').map((m) => `${m.file}:${m.line}`);
    assert.deepEqual(found.sort(), expected.sort());
  });
});

describe('source mistakes of the adopted texts', () => {
  (texts.length ? it : it.skip)('are each still reported by their rule', function () {
    this.timeout(60000);
    const service = createResolutionService();
    for (const m of SOURCE_MISTAKES) {
      const path = join(SHARED, 'corpus-akn', m.file);
      const document = TextDocument.create(`file:///corpus-akn/${m.file}`, 'unres', 1, readFileSync(path, 'utf8'));
      const lines = service.analysis(document).findings.filter((f) => f.code === m.code).map((f) => document.positionAt(f.start).line + 1);
      assert.ok(lines.includes(m.line), `${m.file}:${m.line} ${m.code} (${m.reason}) is no longer reported`);
    }
  });
});
