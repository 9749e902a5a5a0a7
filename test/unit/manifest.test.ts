import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../server/src/features/semanticTokens';
import { RULES } from '../../server/src/rules';
import { ROOT } from '../support/paths';

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
    for (const name of ['unres.language', 'unres.markdownDetection', 'unres.rules', 'unres.catalogue', 'unres.debounce']) {
      assert.ok(properties[name]?.description ?? properties[name]?.markdownDescription, `${name} has a description`);
    }
    assert.deepEqual(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, ['unres.catalogue']);
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
      ...manifest.contributes.languages.map((l: { configuration: string }) => l.configuration),
      'LICENSE',
      'CHANGELOG.md',
    ];
    for (const path of paths) assert.ok(existsSync(join(ROOT, path)), `${path} exists`);
    for (const file of readdirSync(join(ROOT, 'syntaxes'))) readJson(join('syntaxes', file));
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
