import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { RULES } from '../../server/src/rules';
import { ROOT } from '../support/paths';
import { SERVER_EXEC_ARGV } from '../support/serverArgs';

/**
 * The extension manifest and its static contributions: every localised string has its translations,
 * every rule can be configured, every semantic token type is declared and mapped, and the grammars'
 * patterns compile and colour what they claim to.
 */
const readJson = (path: string): any => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const manifest = readJson('package.json');

function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* strings(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* strings(v);
}

describe('extension manifest', () => {
  it('has every %key% of package.json in the English, French and Spanish nls files, and no stale key', () => {
    const used = new Set([...strings(manifest)].flatMap((s) => [...s.matchAll(/^%([\w.-]+)%$/g)].map((m) => m[1]!)));
    assert.ok(used.size > 20, `found ${used.size} localised strings`);
    for (const file of ['package.nls.json', 'package.nls.fr.json', 'package.nls.es.json']) {
      const nls = readJson(file) as Record<string, string>;
      for (const key of used) assert.ok(typeof nls[key] === 'string' && nls[key]!.length > 0, `${file} lacks "${key}"`);
      for (const key of Object.keys(nls)) assert.ok(used.has(key), `${file} has "${key}", which package.json does not use`);
    }
  });

  it('translates every runtime string of the client into French and Spanish, keeping the placeholders', () => {
    const source = readFileSync(join(ROOT, 'client', 'src', 'extension.ts'), 'utf8');
    const keys = [...source.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]!.replace(/\\'/g, "'"));
    assert.ok(keys.length >= 5, `found ${keys.length} strings`);
    for (const lang of ['fr', 'es']) {
      const bundle = readJson(`l10n/bundle.l10n.${lang}.json`) as Record<string, string>;
      for (const key of keys) {
        const translated = bundle[key];
        assert.ok(translated, `l10n/bundle.l10n.${lang}.json lacks "${key}"`);
        const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
        assert.deepEqual(placeholders(translated), placeholders(key), `placeholders of "${key}" in ${lang}`);
      }
    }
  });

  it('lets every rule be set to error, warning, information, hint or off in unres.rules', () => {
    const properties = manifest.contributes.configuration.properties['unres.rules'].properties as Record<string, { enum: string[] }>;
    for (const rule of RULES) {
      assert.ok(properties[rule.code], `unres.rules lists no "${rule.code}"`);
      assert.deepEqual(properties[rule.code]!.enum, ['error', 'warning', 'information', 'hint', 'off']);
    }
  });

  it('describes every setting, and restricts the catalogue path in untrusted workspaces', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>;
    for (const name of ['unres.language', 'unres.markdownDetection', 'unres.rules', 'unres.catalogue', 'unres.debounce', 'unres.amendmentBase']) {
      assert.ok(properties[name]?.description ?? properties[name]?.markdownDescription, `${name} has a description`);
    }
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['unres.catalogue', 'unres.amendmentBase', 'unres.versions']);
  });

  it('declares the server semantic token types and modifiers and maps each type to a TextMate scope', () => {
    const declared = (manifest.contributes.semanticTokenTypes as { id: string; superType: string }[]).map((t) => t.id);
    assert.deepEqual(declared, [...TOKEN_TYPES]);
    assert.deepEqual((manifest.contributes.semanticTokenModifiers as { id: string }[]).map((m) => m.id), [...TOKEN_MODIFIERS]);
    const scopes = manifest.contributes.semanticTokenScopes[0].scopes as Record<string, string[]>;
    for (const type of TOKEN_TYPES) assert.ok(scopes[type]?.[0]?.endsWith('.unres'), `${type} maps to a scope`);
  });

  it('names files that exist: icon, grammars, language configuration, licence, changelog', () => {
    const paths = [
      manifest.icon,
      ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
      ...manifest.contributes.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
      // The configuration file's schemas, written by the build.
      ...manifest.contributes.jsonValidation.map((v: { url: string }) => v.url),
      'LICENSE',
      'CHANGELOG.md',
    ];
    for (const path of paths) assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
    for (const file of readdirSync(join(ROOT, 'syntaxes'))) readJson(join('syntaxes', file));
  });

  it('shows the no-break spaces and the no-break hyphen of UN texts as normal text in drafts, and nothing more', () => {
    // U+00A0 before French ";" and ":" and in "25 September", U+202F, U+2011 in "non-governmental".
    const typographic = ['\u00a0', '\u202f', '\u2011'];
    const defaults = manifest.contributes.configurationDefaults as Record<string, Record<string, unknown>>;
    for (const language of ['[unres]', '[markdown]']) {
      const allowed = defaults[language]?.['editor.unicodeHighlight.allowedCharacters'] as Record<string, unknown> | undefined;
      assert.ok(allowed, `${language} sets editor.unicodeHighlight.allowedCharacters`);
      // VS Code reads the first code point of each key and keeps only the keys set to true.
      assert.deepEqual(Object.keys(allowed).sort(), [...typographic].sort(), language);
      for (const char of typographic) assert.equal(allowed[char], true, `${language}: U+${char.codePointAt(0)!.toString(16).toUpperCase()}`);
      // Every other unusual character (a zero-width space, a Cyrillic "а" in a Latin word) is still boxed.
      for (const broad of ['invisibleCharacters', 'nonBasicASCII', 'ambiguousCharacters']) {
        assert.equal(defaults[language]![`editor.unicodeHighlight.${broad}`], undefined, `${language} leaves ${broad} alone`);
      }
    }
  });
});

describe('TextMate grammar', () => {
  const grammar = readJson('syntaxes/unres.tmLanguage.json');
  const repo = grammar.repository as Record<string, { match?: string; patterns?: { match?: string }[] }>;
  const regexOf = (rule: { match?: string }): RegExp => new RegExp(rule.match!, 'g');
  const first = (text: string, rules: { match?: string }[]): string | undefined => {
    for (const rule of rules) {
      const m = regexOf(rule).exec(text);
      if (m) return m[0].trim();
    }
    return undefined;
  };
  const citations = repo.citation!.patterns!;

  it('compiles every pattern (Oniguruma syntax kept to what JavaScript also reads)', () => {
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.match === 'string') assert.doesNotThrow(() => new RegExp(record.match as string), String(record.match));
      for (const v of Object.values(record)) visit(v);
    };
    visit(grammar.repository);
  });

  it('recognises citations and document symbols, also inside Markdown links', () => {
    assert.equal(first('its resolution 2331 (2016),', citations), '2331 (2016)');
    assert.equal(first('ses résolutions [2359 \\(2017\\)](#) et', citations), '2359 \\(2017\\)');
    assert.equal(first('see S/RES/2388 (2017) and', citations), 'S/RES/2388 (2017)');
    assert.equal(first('document S/2017/939,', citations), 'S/2017/939');
    assert.equal(first('statement S/PRST/2015/25', citations), 'S/PRST/2015/25');
    assert.equal(first('resolution 2625 (XXV)', citations), '2625 (XXV)');
    assert.equal(first('resolution 70/1 of', citations), '70/1');
    assert.equal(first('resolution ES-11/1 of', citations), 'ES-11/1');
  });

  it('does not take dates, meeting numbers or presidential statement numbers for citations', () => {
    assert.equal(first('la déclaration 2015/25 de son Président', citations), undefined);
    assert.equal(first('le 21/11/2017 à sa 8111e séance', citations), undefined);
    assert.equal(first('in 2016 the Council', citations), undefined);
  });

  it('marks paragraph numbers, negotiation labels and subparagraph labels only at the start of a line', () => {
    assert.equal(first('5. *Decides* to act;', [repo['paragraph-number']!]), '5.');
    assert.equal(first('5 bis. *Decides* to act;', [repo['paragraph-number']!]), '5 bis.');
    assert.equal(first('OP12 *Decides*', [repo['negotiation-label']!]), 'OP12');
    assert.equal(first('(a) To report;', [repo['subparagraph-label']!]), '(a)');
    assert.equal(first('ii) de faire rapport;', [repo['subparagraph-label']!]), 'ii)');
    assert.equal(first('*b*) de faire rapport;', [repo['subparagraph-label']!]), '*b*)');
    assert.equal(first('It decides in 2016. Then', [repo['paragraph-number']!]), undefined);
  });

  it('marks italic spans with stars and underscores, not lone stars', () => {
    const italic = repo.italic!.patterns!;
    assert.equal(first('1. *Decides also* to act', italic), '*Decides also*');
    assert.equal(first('_Recalling_ its', italic), '_Recalling_');
    assert.equal(first('2 * 3 = 6 * 1', italic), undefined);
    assert.equal(first('**Adopted** by', italic), undefined);
  });
});

/**
 * The grammars through VS Code's own TextMate engine (vscode-textmate with Oniguruma), taken from the
 * code-server that `scripts/setup-e2e.sh` installs; skipped when it is not installed.
 */
describe('TextMate grammar in the VS Code engine', function () {
  const modules = join(process.env.UNRES_E2E_DIR ?? join(ROOT, '.e2e'), 'code-server', 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules');
  const available = existsSync(join(modules, 'vscode-textmate')) && existsSync(join(modules, 'vscode-oniguruma'));

  const tokenize = async (scopeName: string, lines: readonly string[]): Promise<string[][]> => {
    const tm = require(join(modules, 'vscode-textmate')) as any;
    const onig = require(join(modules, 'vscode-oniguruma')) as any;
    const wasm = readFileSync(join(modules, 'vscode-oniguruma', 'release', 'onig.wasm'));
    await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)).catch(() => undefined); // loaded once per process
    const markdown = join(modules, '..', 'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json');
    const files: Record<string, string> = {
      'text.unres': join(ROOT, 'syntaxes', 'unres.tmLanguage.json'),
      'markdown.unres.injection': join(ROOT, 'syntaxes', 'unres.markdown-injection.tmLanguage.json'),
      'text.html.markdown': markdown,
    };
    const registry = new tm.Registry({
      onigLib: Promise.resolve({ createOnigScanner: (p: string[]) => new onig.OnigScanner(p), createOnigString: (s: string) => new onig.OnigString(s) }),
      loadGrammar: async (scope: string) => (files[scope] && existsSync(files[scope]!) ? tm.parseRawGrammar(readFileSync(files[scope]!, 'utf8'), files[scope]) : null),
      getInjections: (scope: string) => (scope === 'text.html.markdown' ? ['markdown.unres.injection'] : []),
    });
    const grammar = await registry.loadGrammar(scopeName);
    assert.ok(grammar, `grammar ${scopeName}`);
    let state = tm.INITIAL;
    return lines.map((line) => {
      const result = grammar.tokenizeLine(line, state);
      state = result.ruleStack;
      return (result.tokens as { startIndex: number; endIndex: number; scopes: string[] }[])
        .filter((t) => {
          const scope = t.scopes[t.scopes.length - 1]!;
          return scope.endsWith('.unres') && scope !== 'text.unres' && !scope.startsWith('meta.');
        })
        .map((t) => `${line.slice(t.startIndex, t.endIndex)}=${t.scopes[t.scopes.length - 1]!.replace(/\.unres$/, '')}`);
    });
  };

  before(function () {
    if (!available) this.skip();
  });

  it('colours numbers, labels, italics and citations in .unres files', async () => {
    const [op, sub] = await tokenize('text.unres', ['5 bis. *Decides also* that resolution 2331 (2016) applies;', '*b*) voir [2359 \\(2017\\)](#) et 70/1;']);
    assert.deepEqual(op, [
      '5 bis.=constant.numeric.paragraph-number',
      '*=punctuation.definition.italic',
      'Decides also=markup.italic',
      '*=punctuation.definition.italic',
      '2331=constant.numeric.citation',
      '(=punctuation.definition.year.begin',
      '2016=constant.numeric.year',
      ')=punctuation.definition.year.end',
    ]);
    assert.ok(sub!.includes('*b*)=variable.other.enummember.subparagraph-label'), sub!.join(' '));
    assert.ok(sub!.includes('2359=constant.numeric.citation') && sub!.includes('70/1=constant.numeric.citation'), sub!.join(' '));
  });

  it('injects citations and symbols into Markdown, also inside links', async function () {
    if (!existsSync(join(modules, '..', 'extensions', 'markdown-basics'))) this.skip();
    const [line] = await tokenize('text.html.markdown', ['Rappelant ses résolutions [2359 \\(2017\\)](#) et S/RES/2388 (2017), pas la déclaration 2015/25,']);
    assert.ok(line!.includes('2359=constant.numeric.citation'), line!.join(' '));
    assert.ok(line!.includes('S/RES/2388=string.other.document-symbol'), line!.join(' '));
    assert.ok(!line!.some((t) => t.startsWith('2015')), line!.join(' '));
  });
});

describe('extension package', () => {
  it('carries every file the server loads beside its bundle on first need (the rooms, the message tables)', () => {
    // A room or table missing from the .vsix works in every test run from the sources and fails only in the
    // installed extension, on first use: the names are read from the calls that load them.
    const names = new Set<string>(['server', 'extension', 'config-reader']);
    const scan = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (entry.name.endsWith('.ts')) {
          for (const m of readFileSync(path, 'utf8').matchAll(/\b(?:lazyBundle(?:<[^>]*>)?|besideBundle)\('([\w-]+)'/g)) names.add(m[1]!);
        }
      }
    };
    scan(join(ROOT, 'server', 'src'));
    assert.ok(names.size >= 10, [...names].join(' '));
    const included = new Set(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim()));
    for (const name of names) assert.ok(included.has(`dist/${name}.js`), `.vscodeignore leaves out dist/${name}.js`);
  });
});

describe('the server process', () => {
  it('is started by the protocol tests and the benchmark with the Node options VS Code starts it with', () => {
    const client = readFileSync(join(ROOT, 'client', 'src', 'serverProcess.ts'), 'utf8');
    const list = /SERVER_EXEC_ARGV: readonly string\[\] = (\[[^\]]*\])/.exec(client);
    assert.ok(list, 'client/src/serverProcess.ts declares SERVER_EXEC_ARGV');
    assert.deepEqual(JSON.parse(list[1]!.replace(/'/g, '"')), [...SERVER_EXEC_ARGV]);
  });
});
