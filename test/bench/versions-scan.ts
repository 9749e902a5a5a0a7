import { positionOf } from '../../server/src/model/lines';
import { compareTexts, createResolutionService, documentOf, PAIRS, parallelSets } from '../support/versionCorpus';

/** Lists every discrepancy the comparison finds between the corpus's parallel versions (a working aid). */
const service = createResolutionService();
let pairs = 0;
let total = 0;
const kinds: Record<string, number> = {};
for (const set of parallelSets()) {
  for (const [x, y] of PAIRS) {
    if (!set.files[x] || !set.files[y]) continue;
    const a = documentOf(set.files[x]!);
    const b = documentOf(set.files[y]!);
    const c = compareTexts(service, a, b);
    pairs++;
    for (const d of c.discrepancies) {
      total++;
      kinds[d.kind] = (kinds[d.kind] ?? 0) + 1;
      const la = positionOf(c.a.model.lineStarts, d.a.start).line + 1;
      const lb = positionOf(c.b.model.lineStarts, d.b.start).line + 1;
      console.log(`${set.name} ${x}:${la} ${y}:${lb} ${d.kind} [${d.a.says}] [${d.b.says}]`);
    }
  }
  for (const f of Object.values(set.files)) service.forget(documentOf(f).uri);
}
console.log(`${pairs} pairs, ${total} discrepancies`, kinds);
