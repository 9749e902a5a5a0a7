import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { createResolutionService } from '../../server/src/service';
import { aknTexts } from '../accuracy/gold';
import { type FileMeasure, measureAkn } from '../accuracy/measure';
import { summarise } from '../accuracy/summary';
import { SHARED } from '../support/paths';

/**
 * The citations of the 817 adopted resolutions of ../shared/corpus-akn against the UN's own links (skipped
 * when the corpus is absent): the machine-independent figures of `npm run accuracy`, kept above their
 * floors. The floors of links are below 100 % where the UN's links disagree with one another (part letters,
 * Official Records supplements, a few links to another document than the text cites); see docs/accuracy.md.
 */
const texts = aknTexts(join(SHARED, 'corpus-akn'));

describe('citations of the adopted resolutions (AKN corpus)', function () {
  this.timeout(180000);
  let measures: FileMeasure[] = [];
  before(function () {
    if (texts.length === 0) this.skip();
    const service = createResolutionService();
    measures = texts.map((t) => {
      const m = measureAkn(service, t);
      service.forget(`file:///corpus-akn/${t.name}`);
      return m;
    });
  });

  it('finds the citations the UN linked, and links them to the document the UN linked', () => {
    const { citations } = summarise('all', measures);
    const floors: Record<string, { found: number; linked: number }> = {
      'sc-res': { found: 99.9, linked: 99.5 },
      'ga-res': { found: 99.9, linked: 98 },
      prst: { found: 99.9, linked: 99.5 },
      symbol: { found: 99.5, linked: 97.5 },
    };
    for (const [kind, floor] of Object.entries(floors)) {
      const t = citations[kind]!;
      assert.ok(t.gold > 100, `${kind}: ${t.gold} gold citations`);
      const found = (100 * t.found) / t.gold;
      const linked = (100 * t.linked) / t.found;
      assert.ok(found >= floor.found, `${kind}: found ${found.toFixed(2)} % < ${floor.found} %`);
      assert.ok(linked >= floor.linked, `${kind}: linked ${linked.toFixed(2)} % < ${floor.linked} %`);
    }
  });

  it('reports no citation of a later text, and a wrong year only where the text has one', () => {
    const errors = measures.flatMap((m) => m.errorCodes.filter((e) => e.includes(':citation-')).map((e) => `${m.name}:${e}`));
    assert.deepEqual(errors.filter((e) => !e.endsWith(':citation-year')), []);
    // The typos of the sources: "2140 (2015)" for 2140 (2014), "2312 (2106)", "S/RES/2510 (2019)"…
    assert.ok(errors.length <= 16, errors.join('\n'));
  });
});
