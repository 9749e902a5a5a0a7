import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { parseResolution } from '../../server/src/model/parser';
import { createResolutionService } from '../../server/src/service';
import { ROOT } from '../support/paths';

interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

/**
 * The text a snippet inserts when the drafter accepts every default: `${1:x}` gives x, `${1|a,b|}` gives a,
 * `$1`/`${4}` mirror the placeholder's default.
 */
function expand(body: readonly string[]): string {
  const text = body.join('\n');
  const defaults = new Map<string, string>();
  const first = text.replace(/\$\{(\d+)(?::([^}]*)|\|([^|]*)\|)\}/g, (_, n: string, value?: string, choices?: string) => {
    const v = value ?? choices!.split(',')[0]!;
    defaults.set(n, v);
    return v;
  });
  return first.replace(/\$\{(\d+)\}|\$(\d+)/g, (_, a?: string, b?: string) => defaults.get(a ?? b!) ?? '');
}

const LANGUAGES = ['en', 'fr', 'es'] as const;
const ORGAN = { en: /^The (Security Council|General Assembly),$/m, fr: /^(Le Conseil de sécurité|L’Assemblée générale),$/m, es: /^(El Consejo de Seguridad|La Asamblea General),$/m };

describe('snippets', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets?: { language: string; path: string }[] } };
  const service = createResolutionService();

  it('are contributed for the unres language and Markdown, one file per language', () => {
    const contributed = manifest.contributes.snippets ?? [];
    for (const language of ['unres', 'markdown']) {
      assert.deepEqual(contributed.filter((s) => s.language === language).map((s) => s.path).sort(), LANGUAGES.map((l) => `./snippets/${l}.json`).sort());
    }
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      const snippets = JSON.parse(readFileSync(join(ROOT, 'snippets', `${language}.json`), 'utf8')) as Record<string, Snippet>;
      const byPrefix = (p: string): Snippet => Object.values(snippets).find((s) => s.prefix.includes(`${p}-${language}`))!;

      it('has the five snippets with unique prefixes and a description', () => {
        for (const p of ['un-sc', 'un-ga', 'un-pp', 'un-op', 'un-sub']) assert.ok(byPrefix(p), `${p}-${language}`);
        for (const s of Object.values(snippets)) assert.ok(s.description.length > 20);
      });

      for (const skeleton of ['un-sc', 'un-ga']) {
        it(`${skeleton}: the skeleton reads as a resolution with no error or warning`, () => {
          const text = expand(byPrefix(skeleton).body) + '\n';
          assert.match(text, ORGAN[language]);
          const model = parseResolution(text);
          assert.equal(model.language, language);
          assert.equal(model.organ?.body, skeleton === 'un-sc' ? 'security-council' : 'general-assembly');
          assert.ok(model.preamble.length >= 1 && model.operative.length >= 2, text);
          const diagnostics = service.computeDiagnostics(TextDocument.create(`file:///${skeleton}-${language}.unres`, 'unres', 1, text));
          assert.deepEqual(diagnostics.filter((d) => d.severity! <= DiagnosticSeverity.Warning).map((d) => `${d.code}: ${d.message}`), []);
        });
      }

      it('un-sc ends with the "remain seized" paragraph', () => {
        const text = expand(byPrefix('un-sc').body);
        assert.match(text.trimEnd().split('\n').pop()!, /remain seized|rester saisi|seguir ocupándose/);
      });

      it('the paragraph snippets fit in a skeleton without a finding', () => {
        const skeleton = expand(byPrefix('un-sc').body).split('\n');
        const organ = skeleton.findIndex((l) => ORGAN[language].test(l));
        const firstOperative = skeleton.findIndex((l) => /^1\. /.test(l));
        const pp = expand(byPrefix('un-pp').body);
        const op = expand(byPrefix('un-op').body);
        const sub = expand(byPrefix('un-sub').body);
        // pp after the skeleton's preamble; op and sub as paragraphs 1 and 2 before its own operative paragraphs.
        assert.ok(organ > 0 && firstOperative > organ);
        const lines = [...skeleton.slice(0, firstOperative), pp, '', op, '', sub.replace(/^1\./, '2.'), ''];
        lines.push(...skeleton.slice(firstOperative).map((l) => l.replace(/^(\d+)\./, (_, n: string) => `${Number(n) + 2}.`)));
        const text = lines.join('\n') + '\n';
        const model = parseResolution(text);
        assert.equal(model.operative.length, 4, text);
        assert.equal(model.operative[1]!.subparagraphs.length, 2);
        const diagnostics = service.computeDiagnostics(TextDocument.create(`file:///parts-${language}.unres`, 'unres', 1, text));
        assert.deepEqual(diagnostics.map((d) => `${d.range.start.line + 1} ${d.code}: ${d.message}`), []);
      });
    });
  }
});
