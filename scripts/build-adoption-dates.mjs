// Builds server/src/citations/adoptionDates.data.ts: the adoption date of every resolution the shared
// reference data or the UN's own adopted texts date. Facts only (number → date), never titles.
//
//   npx tsc -b && node scripts/build-adoption-dates.mjs [SHARED_DIR]
//
// Sources, in order of trust: the Security Council and General Assembly tables (data/sc-resolutions.tsv,
// data/ga-resolutions.tsv); then the adopted texts of corpus-akn/, which give a document's own date in its
// heading and dates with the resolutions they cite ("67/123 of 18 December 2012"). A resolution the tables
// do not date takes the date most texts give it; a tie leaves it undated (never called wrong).
//
// Format (read by server/src/citations/adoptionDates.ts): series separated by "|", each "PREFIX=" then
// numbers written 5 bits a character (PACK_ALPHABET: the first 32 characters end a number). Per entry, in
// order of date then number: twice the days since the previous entry's date (the first: since 1900-01-01),
// plus one when a second number follows: the zigzag difference between the entry's number and the previous
// entry's number plus one, less one. Without it the number is the previous one plus one.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const shared = process.argv[2] ?? join(root, '..', 'shared');
const { parseResolution } = require(join(root, 'out/server/src/model/parser.js'));
const { analyseCitations, catalogueKey } = require(join(root, 'out/server/src/citations/index.js'));
const { datedCitations, fitsCitation } = require(join(root, 'out/server/src/citations/dated.js'));
const { dayNumber, parseIsoDate } = require(join(root, 'out/server/src/lexicon/dates.js'));
const { PACK_ALPHABET } = require(join(root, 'out/server/src/citations/adoptionDates.js'));

const tables = new Map();
const readTsv = (file) => readFileSync(join(shared, 'data', file), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
for (const [number, date] of readTsv('sc-resolutions.tsv')) tables.set(`sc:${number}`, dayNumber(parseIsoDate(date)));
for (const [symbol, date] of readTsv('ga-resolutions.tsv')) {
  const key = gaKey(symbol);
  if (!key) continue;
  const day = dayNumber(parseIsoDate(date));
  // Parts of one resolution adopted on different days ("35/152 A" … "J"): the number alone has no one date.
  // A number listed with a part letter ("35/152B") has parts that may date from other days (those adopted
  // without a vote are not listed): the number alone has no one date.
  if (/[A-Z]$/.test(symbol) || (tables.has(key) && tables.get(key) !== day)) tables.set(key, null);
  else tables.set(key, day);
}
const parted = new Set([...tables].filter(([, day]) => day === null).map(([key]) => key));
for (const key of parted) tables.delete(key);

function gaKey(symbol) {
  let m = /^(\d+)\s*[A-Z]?\s*\(([IVXL]+)\)$/.exec(symbol);
  if (m) return `ga:${m[1]}`;
  m = /^((?:ES|S)-\d+|\d+)\/(\d+)\s*[A-Z]?$/.exec(symbol);
  return m ? `ga:${m[1]}/${m[2]}` : undefined;
}

// Votes from the texts: key → Map(day → count).
const votes = new Map();
const vote = (key, date, weight) => {
  if (!date || date.day === undefined) return;
  const day = dayNumber(date);
  const counts = votes.get(key) ?? new Map();
  counts.set(day, (counts.get(day) ?? 0) + weight);
  votes.set(key, counts);
};
const corpus = join(shared, 'corpus-akn');
let dated = 0;
for (const name of readdirSync(corpus).filter((n) => n.endsWith('.md')).sort()) {
  const text = readFileSync(join(corpus, name), 'utf8');
  const model = parseResolution(text);
  const citations = analyseCitations(model, undefined);
  const { facts } = citations;
  // The heading's own date counts more than a citation's: it is the record of the adoption itself.
  if (facts.scNumber !== undefined) vote(`sc:${facts.scNumber}`, facts.date, 3);
  // "A/RES/76/235 B": the heading's date is part B's, not the resolution's.
  const heading = model.heading ? text.slice(model.heading.start, model.heading.end) : '';
  const ownPart = /^\s*(?:A\/RES\/)?[\w/-]*\d\s+[A-Z]\s*$|^\s*[A-Z]\s*$/m.test(heading);
  if (facts.gaSession && facts.gaNumber !== undefined && facts.gaSession.kind === 'regular' && !ownPart) vote(`ga:${facts.gaSession.number}/${facts.gaNumber}`, facts.date, 3);
  for (const c of citations.list) {
    const key = c.part !== undefined && catalogueKey(c);
    if (key) parted.add(key.slice(0, -c.part.length));
  }
  for (const d of datedCitations(text, citations.list)) {
    dated++;
    if (d.citation.part === undefined && fitsCitation(d.citation, d.date.date)) vote(d.key, d.date.date, 1);
  }
}
let fromTexts = 0;
// The texts date a resolution when they agree, or when one date has at least three votes and three times
// as many as all the others: a text may carry a wrong date, and when two disagree evenly nothing here says
// which one is right. A resolution adopted in parts is never dated by them.
let conflicts = 0;
let disputed = 0;
for (const [key, counts] of votes) {
  if (parted.has(key)) continue;
  if (tables.has(key)) {
    // The table against every text that dates it, three times or more: the sources disagree, and nothing
    // here says which one is right (62/270: "20 June 2008" in all three versions, the table 30 June).
    const day = tables.get(key);
    const against = [...counts].filter(([d]) => d !== day).reduce((sum, [, n]) => sum + n, 0);
    if (!counts.has(day) && against >= 3) {
      tables.delete(key);
      disputed++;
      if (process.env.VERBOSE) console.log(`${key}: table and texts disagree`);
    }
    continue;
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const others = ranked.slice(1).reduce((sum, [, n]) => sum + n, 0);
  if (others > 0 && (ranked[0][1] < 3 || ranked[0][1] < 3 * others)) {
    conflicts++;
    if (process.env.VERBOSE) console.log(key, [...counts].map(([d, n]) => `${new Date(Date.UTC(1900, 0, 1) + d * 864e5).toISOString().slice(0, 10)}×${n}`).join(' '));
    continue;
  }
  tables.set(key, ranked[0][0]);
  fromTexts++;
}

const bySeries = new Map();
for (const [key, day] of tables) {
  const m = /^(.*[:/])(\d+)$/.exec(key);
  if (!m) continue;
  const list = bySeries.get(m[1]) ?? [];
  list.push([Number(m[2]), day]);
  bySeries.set(m[1], list);
}
const write = (n) => {
  let s = '';
  do {
    const chunk = n % 32;
    n = Math.floor(n / 32);
    s += PACK_ALPHABET[n > 0 ? 32 + chunk : chunk];
  } while (n > 0);
  return s;
};
// Entries in order of date, then number: resolutions adopted the same day mostly bear close numbers, so
// both differences are small (one character each for most entries).
const zigzag = (n) => (n < 0 ? -2 * n - 1 : 2 * n);
const parts = [];
for (const series of [...bySeries.keys()].sort()) {
  const list = bySeries.get(series).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  let s = `${series}=`;
  let number = 0;
  let day = 0;
  for (const [n, d] of list) {
    // The next number (step 0) is the common case: it folds into the day's character as an even value.
    const step = zigzag(n - number - 1);
    s += step === 0 ? write(2 * (d - day)) : write(2 * (d - day) + 1) + write(step - 1);
    number = n;
    day = d;
  }
  parts.push(s);
}
const packed = parts.join('|');
writeFileSync(
  join(root, 'server/src/citations/adoptionDates.data.ts'),
  `// Generated by scripts/build-adoption-dates.mjs: adoption dates of ${tables.size} resolutions (${fromTexts} of them from adopted texts). Do not edit.\nexport const PACKED_ADOPTION_DATES =\n  '${packed}';\n`,
);
console.log(`${tables.size} resolutions dated (${fromTexts} from the ${dated} dated citations and the headings of the texts; ${conflicts} left undated, the texts disagreeing, and ${disputed} where the texts contradict the table); ${packed.length} characters`);
