// What the production bundles of the language server and the command line are made with, shared by the
// build (build.mjs) and the benchmark's size figure (test/bench/bench.ts), so that the figure is the size of
// the file the build writes.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'server', 'src');

/** The locales whose texts are kept apart from the bundles; English stays in, it is the fallback of every text. */
export const LOCALES_APART = ['fr', 'es'];
/** Every locale: a rule's description is kept apart in all three (the server never shows one). */
const LOCALES = ['en', ...LOCALES_APART];
/**
 * Messages read only by `unres rules`, the SARIF log and the configuration schema, never by the analysis or
 * the server: their English text is kept apart too. (Were one shown elsewhere, it would be read from its
 * table all the same.)
 */
const KEPT_APART_WHOLE = new Set(['description']);

/**
 * The configuration file's reader (with the JSON-with-comments parser and its messages) is required only
 * when a configuration file exists: it stays out of the server and CLI bundles (size budget, start-up
 * time), in a file of its own beside them.
 */
export const configApart = {
  name: 'config-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/parse$/ }, (args) =>
      /[\\/]config[\\/]load\.ts$/.test(args.importer) ? { path: './config-reader.js', external: true } : undefined,
    );
  },
};

/** A message literal's id in the tables of texts kept apart: its file under server/src, and which call of the file. */
function messagesId(path, index) {
  return `${relative(join(ROOT, 'server', 'src'), path).split(sep).join('/')}#${index}`;
}

/** The text of a string literal property `name: '…'`, or undefined when the property is anything else. */
function literalText(property, name) {
  if (!ts.isPropertyAssignment(property) || !ts.isIdentifier(property.name) || property.name.text !== name) return undefined;
  const value = property.initializer;
  return ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) ? value.text : undefined;
}

/**
 * A source file with the French and Spanish texts of its `defineMessages({ key: { en, fr, es } })` calls
 * taken out (and the English one of a description, see KEPT_APART_WHOLE): each call is given the id under which `texts` receives them (`texts[locale][id][key]`), and
 * messages.ts reads them from the tables beside the bundle when a message is first asked for in that
 * locale. Only messages written as three plain string literals in the order en, fr, es are taken out; any
 * other is left as written, so that a message always has the same texts in the same order. Returns the
 * source unchanged when it has no such call.
 */
export function takeTranslationsApart(path, source, texts) {
  if (!source.includes('defineMessages(')) return source;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = []; // [start, end, replacement], in source order
  let calls = 0;
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineMessages' && node.arguments.length === 1 && ts.isObjectLiteralExpression(node.arguments[0])) {
      const id = messagesId(path, calls++);
      let taken = 0;
      for (const entry of node.arguments[0].properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const key = ts.isIdentifier(entry.name) || ts.isStringLiteral(entry.name) ? entry.name.text : undefined;
        const parts = entry.initializer.properties;
        if (key === undefined || parts.length !== LOCALES.length || LOCALES.some((name, i) => literalText(parts[i], name) === undefined)) continue;
        const whole = KEPT_APART_WHOLE.has(key);
        LOCALES.forEach((locale, i) => {
          if (whole || locale !== 'en') ((texts[locale] ??= {})[id] ??= {})[key] = literalText(parts[i], locale);
        });
        edits.push(whole ? [entry.initializer.getStart(file) + 1, entry.initializer.end - 1, ''] : [parts[0].end, parts[parts.length - 1].end, '']);
        taken++;
      }
      if (taken > 0) edits.push([node.arguments[0].end, node.arguments[0].end, `, ${JSON.stringify(id)}`]);
      // defineMessages changes nothing but the object it is given: the messages of a module the bundle does
      // not use (one whose code is loaded apart, see editingApart) are left out with it.
      edits.push([node.getStart(file), node.getStart(file), '/* @__PURE__ */ ']);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}

/**
 * The French and Spanish texts of the messages (and the rules' descriptions) stay out of the server and CLI
 * bundles, in one file per locale beside them (messages-en.js, messages-fr.js, messages-es.js, written by
 * `writeTranslations`): a session in English never reads the French and Spanish ones, one in French reads
 * its file once. `texts` collects them across the bundles built.
 */
export function translationsApart(texts) {
  return {
    name: 'translations-apart',
    setup(b) {
      b.onLoad({ filter: /[\\/]server[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const contents = takeTranslationsApart(args.path, source, texts);
        return contents === source ? undefined : { contents, loader: 'ts' };
      });
    },
  };
}

/** Writes the tables `translationsApart` collected: dist/messages-en.js, messages-fr.js and messages-es.js. */
export async function writeTranslations(dir, texts) {
  await Promise.all(
    LOCALES.map((locale) =>
      writeFile(join(dir, `messages-${locale}.js`), `"use strict";module.exports=${JSON.stringify(texts[locale] ?? {})};\n`),
    ),
  );
}

/** The files of the editing room (server/src/editing/index.ts and what it exports), under server/src. */
export const EDITING_ROOM = new Set([
  'editing/index.ts',
  'features/amendments.ts',
  'features/codeActions.ts',
  'features/completion.ts',
  'features/citationCompletion.ts',
  'features/phraseCompletion.ts',
  'features/hover.ts',
  'features/citationHover.ts',
  'features/phraseHover.ts',
  'features/renumber.ts',
  'features/renumberVersions.ts',
  'directives/quickFixes.ts',
  'lsp/renumber.ts',
  'lsp/silenceActions.ts',
  'lsp/applyAmendments.ts',
  'lsp/versionsHover.ts',
]);

/** The libraries the editing room takes from the server, as it takes the server's own modules. */
const HOST_PACKAGES = /^vscode-languageserver(-types|-textdocument|\/node)?$/;

function underSrc(path) {
  return relative(SRC, path).split(sep).join('/');
}

/**
 * The editing room's bundle (dist/editing.js) holds only the room's own files: every other module it
 * imports (the analysis, the citations, the lexicons, the LSP types) is left as `require("unres-host:NAME")`,
 * NAME its path under server/src without extension or the package's name, and the server or CLI that loads
 * the room hands it its own instance of that module (editing/lazy.ts, lazyBundle.ts): one copy of each in
 * memory, and no module state kept twice.
 */
export const editingApart = {
  name: 'editing-apart',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (args.kind === 'entry-point' || !EDITING_ROOM.has(underSrc(args.importer))) return undefined;
      if (HOST_PACKAGES.test(args.path)) return { path: `unres-host:${args.path}`, external: true };
      if (!args.path.startsWith('.')) return undefined;
      const base = join(args.resolveDir, args.path);
      const target = underSrc(existsSync(`${base}.ts`) ? `${base}.ts` : join(base, 'index.ts'));
      return EDITING_ROOM.has(target) ? undefined : { path: `unres-host:${target.replace(/\.ts$/, '')}`, external: true };
    });
  },
};

/** The editing room (dist/editing.js), loaded on the first hover, completion, code action, renumbering or definition. */
export function editingOptions(common, texts) {
  return { ...common, entryPoints: [join(SRC, 'editing/index.ts')], outfile: join(ROOT, 'dist/editing.js'), plugins: [editingApart, ...plugins(texts)] };
}

/** The esbuild options every bundle shares. */
export function commonOptions({ production, version }) {
  return {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    define: { UNRES_VERSION: JSON.stringify(version) },
    logLevel: 'warning',
  };
}

/** The plugins of the server and CLI bundles; `texts` (production) collects the texts kept apart. */
function plugins(texts) {
  return texts ? [configApart, translationsApart(texts)] : [configApart];
}

/** The language server's bundle (dist/server.js). */
export function serverOptions(common, texts) {
  return { ...common, entryPoints: [join(ROOT, 'server/src/server.ts')], outfile: join(ROOT, 'dist/server.js'), plugins: plugins(texts) };
}

/** The command line's code (dist/cli-bundle.js); dist/cli.js, which starts it, is built apart (cli/launch.ts). */
export function cliOptions(common, texts) {
  return { ...common, entryPoints: [join(ROOT, 'server/src/cli/index.ts')], outfile: join(ROOT, 'dist/cli-bundle.js'), plugins: plugins(texts) };
}
