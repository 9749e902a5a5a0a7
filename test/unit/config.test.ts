import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import Ajv from 'ajv';
import * as jsonc from 'jsonc-parser';
import {
  applyFileSettings,
  configSchema,
  ConfigStore,
  describeConfigProblem,
  globToRegExp,
  initialConfigText,
  settingsForFile,
  type ConfigReader,
} from '../../server/src/config';
import { RULES } from '../../server/src/rules';
import { DEFAULT_SETTINGS } from '../../server/src/settings';

/** A folder tree in memory: the reader the CLI and the server would give, without a disk. */
function memory(files: Record<string, string>): ConfigReader & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    read(path) {
      reads.push(path);
      return files[path];
    },
  };
}

const R = join('/', 'repo');
const at = (...parts: string[]): string => join(R, ...parts);

describe('configuration file', () => {
  it('is found upward from the file, and the nearest one wins', () => {
    const store = new ConfigStore(memory({
      [at('.unres.json')]: '{ "rules": { "italic-lead": "off" } }',
      [at('drafts', 'ga', '.unres.json')]: '// comments are allowed\n{ "language": "fr", }',
    }));
    assert.deepEqual(settingsForFile(store.forFile(at('drafts', 'a.md')), at('drafts', 'a.md')).rules, { 'italic-lead': 'off' });
    const deep = settingsForFile(store.forFile(at('drafts', 'ga', 'b.md')), at('drafts', 'ga', 'b.md'));
    assert.equal(deep.language, 'fr');
    assert.equal(deep.rules, undefined, 'the nearer file does not inherit unless it extends');
    assert.equal(store.forFile(join('/', 'elsewhere', 'c.md')), undefined);
  });

  it('reads the "unres" key of a package.json, and skips one without it', () => {
    const reader = memory({
      [at('package.json')]: '{ "name": "drafts", "unres": { "rules": { "agreement": "hint" } } }',
      [at('sub', 'package.json')]: '{ "name": "no-config-here" }',
    });
    const store = new ConfigStore(reader);
    const found = store.forFile(at('sub', 'x.md'));
    assert.equal(found?.path, at('package.json'));
    assert.deepEqual(settingsForFile(found, at('sub', 'x.md')).rules, { agreement: 'hint' });
  });

  it('reads each folder once', () => {
    const reader = memory({ [at('.unres.json')]: '{}' });
    const store = new ConfigStore(reader);
    store.forFile(at('a', 'b', 'one.md'));
    const before = reader.reads.length;
    store.forFile(at('a', 'b', 'two.md'));
    store.forFile(at('a', 'three.md'));
    assert.equal(reader.reads.length, before);
    store.clear();
    store.forFile(at('a', 'three.md'));
    assert.ok(reader.reads.length > before, 'clear() reads again');
  });

  it('applies overrides whose globs match, in order, merged rule by rule', () => {
    const store = new ConfigStore(memory({
      [at('.unres.json')]: JSON.stringify({
        rules: { 'italic-lead': 'error', agreement: 'hint' },
        overrides: [
          { files: 'drafts/ga/**', rules: { 'italic-lead': 'off' } },
          { files: ['**/*-fr.md'], language: 'fr', rules: { agreement: 'off' } },
        ],
      }),
    }));
    const config = store.forFile(at('drafts', 'ga', 'x-fr.md'));
    const s = settingsForFile(config, at('drafts', 'ga', 'x-fr.md'));
    assert.deepEqual(s.rules, { 'italic-lead': 'off', agreement: 'off' });
    assert.equal(s.language, 'fr');
    const other = settingsForFile(config, at('drafts', 'sc', 'y.md'));
    assert.deepEqual(other.rules, { 'italic-lead': 'error', agreement: 'hint' });
    assert.equal(other.language, undefined);
  });

  it('extends other files (base first), reports a missing one and a cycle, and goes on', () => {
    const store = new ConfigStore(memory({
      [at('base.json')]: '{ "rules": { "italic-lead": "off", "agreement": "error" }, "language": "es" }',
      [at('team', '.unres.json')]: '{ "extends": ["../base.json", "../missing.json", "./.unres.json"], "rules": { "agreement": "hint" } }',
    }));
    const config = store.forFile(at('team', 'd.md'));
    const s = settingsForFile(config, at('team', 'd.md'));
    assert.deepEqual(s.rules, { 'italic-lead': 'off', agreement: 'hint' });
    assert.equal(s.language, 'es');
    const lines = config!.problems.map((p) => describeConfigProblem(p, 'en'));
    assert.equal(lines.length, 2, lines.join('\n'));
    assert.match(lines.join('\n'), /missing\.json, cannot be read/);
    assert.match(lines.join('\n'), /extends itself/);
  });

  it('ignores files named by "ignore", relative to the file that says so', () => {
    const store = new ConfigStore(memory({ [at('.unres.json')]: '{ "ignore": ["archive/", "*.old.md", "/top.md"] }' }));
    const ignored = (p: string): boolean => settingsForFile(store.forFile(p), p).ignored;
    assert.equal(ignored(at('archive', '2019', 'a.md')), true);
    assert.equal(ignored(at('drafts', 'archive', 'b.md')), true, 'a name without a slash matches at any depth');
    assert.equal(ignored(at('drafts', 'x.old.md')), true);
    assert.equal(ignored(at('top.md')), true);
    assert.equal(ignored(at('drafts', 'top.md')), false, 'a leading slash anchors the pattern');
    assert.equal(ignored(at('drafts', 'x.md')), false);
  });

  it('makes a malformed file one problem on the file itself, and the defaults apply', () => {
    const store = new ConfigStore(memory({ [at('.unres.json')]: '{\n  "rules": { "italic-lead": "off" \n' }));
    const config = store.forFile(at('a.md'));
    assert.equal(config?.problems.length, 1);
    const problem = config!.problems[0]!;
    assert.equal(problem.file, at('.unres.json'));
    assert.equal(problem.severity, 'error');
    assert.match(describeConfigProblem(problem, 'fr'), /illisible/);
    assert.deepEqual(settingsForFile(config, at('a.md')).rules, undefined);
  });

  it('reports unknown keys, rule codes and levels where they stand, and keeps the valid ones', () => {
    const text = '{\n  "rulez": {},\n  "rules": {\n    "italics": "off",\n    "agreement": "loud",\n    "italic-lead": "off"\n  },\n  "language": "de"\n}';
    const config = new ConfigStore(memory({ [at('.unres.json')]: text })).forFile(at('a.md'));
    const problems = config!.problems.map((p) => `${p.range.start.line + 1}:${p.range.start.character + 1} ${p.severity}`);
    assert.deepEqual(problems, ['2:3 warning', '4:5 warning', '5:18 error', '8:15 error']);
    assert.deepEqual(settingsForFile(config, at('a.md')).rules, { 'italic-lead': 'off' });
  });

  it('carries "versions" through as written, a list or a map', () => {
    const store = new ConfigStore(memory({
      [at('.unres.json')]: '{ "versions": ["*-en.md", "*-fr.md"], "overrides": [{ "files": "sc/**", "versions": { "en": "sc/en/*.md" } }] }',
    }));
    const c = store.forFile(at('a.md'));
    assert.deepEqual(settingsForFile(c, at('a.md')).versions, ['*-en.md', '*-fr.md']);
    assert.deepEqual(settingsForFile(c, at('sc', 'b.md')).versions, { en: 'sc/en/*.md' });
    assert.deepEqual(applyFileSettings(DEFAULT_SETTINGS, settingsForFile(c, at('a.md'))).versions, ['*-en.md', '*-fr.md']);
  });

  it('in an untrusted workspace ignores the keys that name files to read, saying so', () => {
    const files = { [at('.unres.json')]: '{ "catalogue": "cat.tsv", "extends": "base.json" }', [at('base.json')]: '{ "language": "fr" }' };
    const trusted = new ConfigStore(memory(files)).forFile(at('a.md'));
    assert.equal(settingsForFile(trusted, at('a.md')).catalogue, at('cat.tsv'));
    assert.equal(settingsForFile(trusted, at('a.md')).language, 'fr');
    const reader = memory(files);
    const untrusted = new ConfigStore(reader, { untrusted: true }).forFile(at('a.md'));
    assert.equal(settingsForFile(untrusted, at('a.md')).catalogue, undefined);
    assert.equal(settingsForFile(untrusted, at('a.md')).language, undefined);
    assert.ok(!reader.reads.includes(at('base.json')));
    assert.equal(untrusted!.problems.length, 2);
  });

  it('is under the editor settings: a language other than auto and each rule given win', () => {
    const file = { ignored: false, language: 'fr' as const, rules: { 'italic-lead': 'off' as const, agreement: 'hint' as const } };
    assert.equal(applyFileSettings(DEFAULT_SETTINGS, file).language, 'fr');
    const editor = { ...DEFAULT_SETTINGS, language: 'es' as const, rules: { agreement: 'error' as const } };
    const merged = applyFileSettings(editor, file);
    assert.equal(merged.language, 'es');
    assert.deepEqual(merged.rules, { 'italic-lead': 'off', agreement: 'error' });
    assert.equal(applyFileSettings(DEFAULT_SETTINGS, { ignored: true }).ignored, true);
  });
});

describe('configuration globs', () => {
  const cases: [string, string, boolean][] = [
    ['drafts/**', 'drafts/ga/a.md', true],
    ['drafts/**', 'other/a.md', false],
    ['drafts/*.md', 'drafts/ga/a.md', false],
    ['**/*.md', 'a.md', true],
    ['*.{md,unres}', 'x/y.unres', true],
    ['draft-[0-9].md', 'draft-7.md', true],
    ['draft-?.md', 'draft-10.md', false],
    ['a+b(1).md', 'a+b(1).md', true],
  ];
  for (const [glob, path, expected] of cases) {
    it(`${glob} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(globToRegExp(glob).test(path), expected));
  }
  it('reads a command-line glob from the base folder only', () => {
    assert.equal(globToRegExp('*.md', { anchored: true }).test('sub/a.md'), false);
    assert.equal(globToRegExp('*.md', { anchored: true }).test('a.md'), true);
  });
});

describe('unres init and the JSON schema', () => {
  it('writes a commented file that reads without a problem and lists every rule of the registry', () => {
    const text = initialConfigText();
    const config = new ConfigStore(memory({ [at('.unres.json')]: text })).forFile(at('a.md'));
    assert.deepEqual(config?.problems, []);
    for (const rule of RULES) assert.ok(text.includes(`"${rule.code}":`), rule.code);
  });

  it('the schema knows every rule code and validates what init writes; a wrong level fails it', () => {
    const validate = new Ajv({ allErrors: true }).compile(configSchema());
    const written = jsonc.parse(initialConfigText()) as Record<string, unknown>;
    assert.equal(validate(written), true, JSON.stringify(validate.errors));
    const rules = (configSchema().properties as Record<string, { properties?: Record<string, unknown> }>).rules!.properties!;
    assert.deepEqual(Object.keys(rules), RULES.map((r) => r.code));
    assert.equal(validate({ rules: { 'italic-lead': 'loud' } }), false);
    assert.equal(validate({ overrides: [{ rules: {} }] }), false, 'an override needs files');
    assert.equal(validate({ rulez: {} }), false);
  });
});
