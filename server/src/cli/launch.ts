import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

/**
 * `unres` as a process (dist/cli.js): starts the command line, whose code is the bundle beside it
 * (dist/cli-bundle.js, from index.ts), the way a process that lives for one command wants it started.
 *
 * - V8's optimising compiler (TurboFan) is left out: measured on `unres check` of a 1 MB draft, of the
 *   whole AKN corpus and of 10 MB, the process spends more time compiling and deoptimising than the
 *   optimised code wins back before it exits; the baseline compiler (Sparkplug) still compiles what is hot.
 *   A user who sets a tier (`node --max-opt=…`, NODE_OPTIONS) keeps it. The language server, which lives
 *   for hours, keeps every tier.
 * - The bundle is compiled from the code cache the build wrote beside it (dist/cli-bundle.cache: V8's
 *   bytecode of the functions a check runs), so that a process does not parse and compile them again. The
 *   cache is used only when it was made from the bundle this file was built with (its SHA-256, written in
 *   here by the build: hashing it at run time would load node:crypto, which costs more than a cache read),
 *   by this Node on this machine architecture; anything else (another Node, a development build, a missing
 *   file) compiles the bundle as usual, and V8 refuses a cache whose source differs in length. It is read
 *   from the folder of this file only, never from a workspace, and never written at run time.
 *
 * The threads of a large check start from this file too (see parallel.ts: they call `runCheckingThread`),
 * so they get the same; the tier is the process's already.
 */

const BUNDLE = join(__dirname, 'cli-bundle.js');
const CACHE = join(__dirname, 'cli-bundle.cache');

/** The tier V8 may optimise to here: 1 is Sparkplug (0 the interpreter, 3 TurboFan). */
const MAX_TIER = '--max-opt=1';
const TIER_FLAGS = /(^|\s)--(max-opt|no-opt|opt|turbofan|no-turbofan|jitless|maglev|sparkplug|no-sparkplug)\b/;

/**
 * Leaves TurboFan out (see above), before anything is compiled, unless the user set a tier. The code cache
 * is made with it set too: V8 refuses a cache made under other flags. (V8 flags are the process's: the
 * threads have it too.)
 */
function setTier(): void {
  if (!TIER_FLAGS.test([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '))) setFlagsFromString(MAX_TIER);
}

/** What the bundle exports for this file. */
interface CliBundle {
  main(entry: string): void;
  runCheckingThread(): void;
  runCli(argv: readonly string[], io: { out(text: string): void; err(text: string): void }): number | Promise<number>;
}

/** The SHA-256 of dist/cli-bundle.js, defined by the build (build.mjs); undefined when run otherwise. */
declare const UNRES_BUNDLE_DIGEST: string | undefined;
const DIGEST = typeof UNRES_BUNDLE_DIGEST === 'string' ? UNRES_BUNDLE_DIGEST : undefined;

/** Identifies the bundle and the engine a code cache is valid for: its first line. */
export function cacheKey(digest: string): string {
  return `unres-code-cache ${process.version} ${process.versions.v8} ${process.arch} ${digest}\n`;
}

/** The cached data for `key`, or undefined when there is none or it was made for something else. */
function readCache(key: string | undefined): Buffer | undefined {
  if (key === undefined) return undefined;
  let data: Buffer;
  try {
    data = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  const head = Buffer.from(key, 'utf8');
  return data.length > head.length && data.subarray(0, head.length).equals(head) ? data.subarray(head.length) : undefined;
}

/** Compiles and runs the bundle as a CommonJS module (what `require` would do, with the cached code). */
function loadBundle(): { bundle: CliBundle; script: Script } {
  const cachedData = readCache(DIGEST === undefined ? undefined : cacheKey(DIGEST));
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(BUNDLE, 'utf8')}\n})`;
  const script = new Script(wrapped, { filename: BUNDLE, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as CliBundle, filename: BUNDLE, id: BUNDLE, loaded: false };
  const run = script.runInThisContext() as (e: object, r: NodeRequire, m: object, f: string, d: string) => void;
  run.call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, __dirname);
  module.loaded = true;
  return { bundle: module.exports, script };
}

/**
 * For the build: runs `unres` with the arguments given on sample drafts (the output is dropped), then
 * writes the code cache of every function that ran, for the bundle of SHA-256 `digest`. Run in a process
 * of its own, started as `unres` is, so that the V8 flags, which the cache must match, are the same.
 */
export async function writeCodeCache(argv: readonly string[], digest: string): Promise<void> {
  setTier();
  const { bundle, script } = loadBundle();
  await bundle.runCli(argv, { out: () => undefined, err: () => undefined });
  writeFileSync(CACHE, Buffer.concat([Buffer.from(cacheKey(digest), 'utf8'), script.createCachedData()]));
}

/**
 * For the tests: whether the bundle compiles from the code cache in a process started as `unres` is (V8
 * refuses a cache quietly, and the only sign is a slower start).
 */
export function codeCacheUsed(): boolean {
  setTier();
  const { script } = loadBundle();
  return DIGEST !== undefined && readCache(cacheKey(DIGEST)) !== undefined && !script.cachedDataRejected;
}

/** A thread of a large check (parallel.ts): the bundle, with the cached code, checks the drafts it is given. */
export function runCheckingThread(): void {
  loadBundle().bundle.runCheckingThread();
}

if (require.main === module) {
  setTier();
  loadBundle().bundle.main(__filename);
}
