import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import * as jsonc from 'jsonc-parser';
import { parseFixture } from '../support/fixtures';
import { FIXTURES, hasShared, ROOT, SHARED } from '../support/paths';

const CLI = join(ROOT, 'dist', 'cli.js');
/** Three italic-lead warnings and nothing else. */
const DRAFT = parseFixture(readFileSync(join(FIXTURES, 'rules', 'italic-lead', 'en-not-italic.md'), 'utf8')).text;

interface Run {
  code: number | null;
  out: string;
  err: string;
  lines: string[];
}

/** `unres` run as a process from `cwd`, as a pipeline runs it. */
function unres(cwd: string, args: string[], input?: string): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}

/** The checked files and codes of text output: "drafts/a.md italic-lead warning". */
function findings(run: Run): string[] {
  return run.lines.map((l) => /^(.*?):\d+:\d+: (\w+) ([a-z-]+) /.exec(l)).map((m) => (m ? `${m[1]} ${m[3]} ${m[2]}` : '?'));
}

describe('unres check with a configuration file, folders, globs and standard input', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'unres-check-ci-'));
    for (const d of ['drafts/ga', 'drafts/sc', 'archive', 'build']) mkdirSync(join(dir, d), { recursive: true });
    writeFileSync(join(dir, 'drafts/ga/one.md'), DRAFT);
    writeFileSync(join(dir, 'drafts/sc/two.unres'), DRAFT);
    writeFileSync(join(dir, 'archive/old.md'), DRAFT);
    writeFileSync(join(dir, 'build/copy.md'), DRAFT);
    writeFileSync(join(dir, 'drafts/README.md'), '# Drafts\n\nThe team keeps its drafts here.\n');
    writeFileSync(join(dir, '.gitignore'), '# generated\nbuild/\n');
    writeFileSync(join(dir, '.unres.json'), [
      '// The team settings',
      '{',
      '  "rules": { "italic-lead": "error" },',
      '  "ignore": ["archive/"],',
      '  "overrides": [{ "files": "drafts/sc/**", "rules": { "italic-lead": "hint" } }],',
      '}',
    ].join('\n'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('checks every draft of a folder with the settings that apply to each, skipping ignored files', () => {
    const run = unres(dir, ['check', '.']);
    assert.equal(run.code, 1, run.err);
    assert.equal(run.err, '');
    const found = findings(run);
    assert.deepEqual([...new Set(found)], ['drafts/ga/one.md italic-lead error', 'drafts/sc/two.unres italic-lead hint']);
    assert.equal(found.length, 6);
  });

  it('takes a glob, and --no-config reads no configuration', () => {
    const run = unres(dir, ['check', 'drafts/**/*.{md,unres}', '--no-config']);
    assert.deepEqual([...new Set(findings(run))], ['drafts/ga/one.md italic-lead warning', 'drafts/sc/two.unres italic-lead warning']);
    assert.equal(run.code, 0);
    assert.equal(unres(dir, ['check', 'nothing/**/*.md']).code, 2);
  });

  it('reads standard input, configured and reported as --stdin-filename', () => {
    const run = unres(dir, ['check', '-', '--stdin-filename', 'drafts/sc/new.md'], DRAFT);
    assert.deepEqual([...new Set(findings(run))], ['drafts/sc/new.md italic-lead hint']);
    assert.equal(unres(dir, ['check', '-', '--fix'], DRAFT).code, 2);
  });

  it('--quiet reports errors only; --max-warnings fails a run with more warnings', () => {
    assert.deepEqual([...new Set(findings(unres(dir, ['check', '.', '--quiet'])))], ['drafts/ga/one.md italic-lead error']);
    const loose = ['check', 'drafts/sc', '--rules', 'italic-lead=warning'];
    assert.equal(unres(dir, [...loose, '--max-warnings', '3']).code, 0);
    const strict = unres(dir, [...loose, '--max-warnings', '2']);
    assert.equal(strict.code, 1);
    assert.match(strict.err, /3 warnings, more than the 2 allowed/);
    assert.equal(unres(dir, [...loose, '--max-warnings', 'many']).code, 2);
  });

  it('a malformed configuration is one line on stderr, and the defaults apply', () => {
    const sub = join(dir, 'broken');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, '.unres.json'), '{ "rules": { "italic-lead": "off" ');
    writeFileSync(join(sub, 'd.md'), DRAFT);
    const run = unres(sub, ['check', 'd.md']);
    assert.equal(run.code, 0);
    const err = run.err.split('\n').filter(Boolean);
    assert.equal(err.length, 1, run.err);
    assert.match(err[0]!, /^unres: .*\.unres\.json:1:\d+: This configuration file cannot be read/);
    assert.deepEqual([...new Set(findings(run))], ['d.md italic-lead warning']);
  });

  it('--format github writes one workflow annotation per finding', () => {
    const run = unres(dir, ['check', 'drafts/ga/one.md', '--format', 'github']);
    assert.equal(run.lines.length, 3);
    assert.match(run.lines[0]!, /^::error file=drafts\/ga\/one\.md,line=3,col=1,endLine=3,endColumn=10,title=unres italic-lead::The leading phrase "Recalling" should be in italics\.$/);
    assert.equal(unres(dir, ['outline', 'drafts/ga/one.md', '--format', 'github']).code, 2);
  });

  it('unres init writes a commented configuration once, and never replaces it', () => {
    const fresh = mkdtempSync(join(tmpdir(), 'unres-init-'));
    try {
      const run = unres(fresh, ['init']);
      assert.equal(run.code, 0, run.err);
      const text = readFileSync(join(fresh, '.unres.json'), 'utf8');
      assert.match(text, /^\/\/ /);
      const errors: jsonc.ParseError[] = [];
      jsonc.parse(text, errors);
      assert.deepEqual(errors, []);
      writeFileSync(join(fresh, '.unres.json'), '{ "language": "fr" }');
      const again = unres(fresh, ['init']);
      assert.equal(again.code, 2);
      assert.match(again.err, /already exists/);
      assert.equal(readFileSync(join(fresh, '.unres.json'), 'utf8'), '{ "language": "fr" }');
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

describe('unres check --format sarif', () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // The schema's language-tag pattern is not valid in Unicode mode ("]?"): read it as the schema's authors did.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);

  it('validates against the official SARIF 2.1.0 schema, with a result per finding', function () {
    const dir = mkdtempSync(join(tmpdir(), 'unres-sarif-'));
    try {
      writeFileSync(join(dir, 'draft.md'), DRAFT);
      const files = ['draft.md'];
      if (hasShared) {
        copyFileSync(join(SHARED, 'examples', 's-res-2388-2017-fr.md'), join(dir, 'reference fr.md'));
        files.push('reference fr.md');
      }
      const run = unres(dir, ['check', ...files, '--format', 'sarif', '--rules', 'italic-lead=error']);
      assert.equal(run.code, 1, run.err);
      const log = JSON.parse(run.out) as { version: string; runs: { results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
      assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
      assert.equal(log.version, '2.1.0');
      const results = log.runs[0]!.results;
      const text = unres(dir, ['check', ...files, '--format', 'json', '--rules', 'italic-lead=error']);
      assert.equal(results.length, (JSON.parse(text.out) as unknown[]).length);
      assert.deepEqual(results.slice(0, 3).map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.artifactLocation.uri, r.locations[0]!.physicalLocation.region.startLine]), [
        ['italic-lead', 'error', 'draft.md', 3],
        ['italic-lead', 'error', 'draft.md', 5],
        ['italic-lead', 'error', 'draft.md', 7],
      ]);
      // A name with a space is a URI reference with %20.
      if (hasShared) assert.ok(results.every((r) => !r.locations[0]!.physicalLocation.artifactLocation.uri.includes(' ')));
      // And the schema can fail: a result without a message is refused.
      const broken = JSON.parse(run.out) as { runs: { results: Record<string, unknown>[] }[] };
      delete broken.runs[0]!.results[0]!.message;
      assert.equal(validate(broken), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('unres check on many drafts, in worker threads', function () {
  this.timeout(120000);
  let dir: string;
  before(function () {
    if (!hasShared) this.skip();
    dir = mkdtempSync(join(tmpdir(), 'unres-parallel-'));
    const corpus = join(SHARED, 'corpus-akn');
    const names = readdirSync(corpus).filter((n) => n.endsWith('.md') && n !== 'README.md').slice(0, 60);
    for (const name of names) copyFileSync(join(corpus, name), join(dir, name));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  const run = (workers: string, args: string[]) =>
    spawnSync(process.execPath, [CLI, 'check', ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'en', UNRES_WORKERS: workers } });

  it('reports exactly what one thread reports, in the order of the files', () => {
    const one = run('1', ['.', '--format', 'json', '--rules', 'citation-unknown=warning']);
    const two = run('2', ['.', '--format', 'json', '--rules', 'citation-unknown=warning']);
    assert.equal(two.status, one.status, two.stderr);
    assert.equal(two.stderr, one.stderr);
    assert.ok((JSON.parse(one.stdout) as unknown[]).length > 0);
    assert.equal(two.stdout, one.stdout);
  });

  it('leaves out the Markdown files that are not drafts, which the threads tell apart, as one thread does', () => {
    const notes = 'Notes for the meeting\n\nNothing here reads as a resolution.\n';
    const sub = join(dir, 'notes');
    mkdirSync(sub, { recursive: true });
    try {
      // Before the first draft (tested by the walk), among the drafts and after them (tested by the threads).
      for (const name of ['aa-notes.md', 'ga-75-mid-notes.md', 'zz-notes.txt']) writeFileSync(join(dir, name), notes);
      writeFileSync(join(sub, 'only-notes.md'), notes);
      const args = ['.', '--format', 'json', '--rules', 'citation-unknown=warning'];
      const one = run('1', args);
      const two = run('2', args);
      assert.equal(two.status, one.status, two.stderr);
      assert.equal(two.stdout, one.stdout);
      assert.doesNotMatch(two.stdout, /notes/);
      // A folder with no draft is the same usage error, with threads or without.
      const empty = run('2', ['notes', '.']);
      assert.equal(empty.status, 2);
      assert.match(empty.stderr, /no drafts in the directory notes/);
      assert.equal(empty.stderr, run('1', ['notes', '.']).stderr);
    } finally {
      for (const name of ['aa-notes.md', 'ga-75-mid-notes.md', 'zz-notes.txt']) rmSync(join(dir, name), { force: true });
      rmSync(sub, { recursive: true, force: true });
    }
  });

  it('stops with exit code 2 on a draft it cannot read, as one thread does', () => {
    const files = readdirSync(dir).filter((n) => n.endsWith('.md'));
    const two = run('2', [...files.slice(0, 50), 'missing-draft.md']);
    assert.equal(two.status, 2);
    assert.match(two.stderr, /cannot read missing-draft\.md: no such file/);
  });
});
