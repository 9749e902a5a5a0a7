import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { UsageError, type CliOptions } from './args';
import { checkListed, type JsonDiagnostic } from './checkDraft';
import { CliConfig } from './config';
import { STDIN } from './expand';
import type { CliIo } from './output';

/**
 * node:worker_threads, loaded when a run uses threads: a check of a few drafts never loads it (about 5 ms,
 * a fifth of the time the command line takes to load).
 */
let threadsModule: typeof import('node:worker_threads') | undefined;
function workerThreads(): typeof import('node:worker_threads') {
  threadsModule ??= require('node:worker_threads') as typeof import('node:worker_threads');
  return threadsModule;
}

/** Below this many drafts, starting a thread (it loads the bundle: tens of ms) costs more than it saves. */
const PARALLEL_FROM = 40;

/**
 * The script a checking thread starts from: the one the process was started from (the CLI's entry point
 * sets it), so that a thread runs nothing but the code already running; this file by default. A thread
 * requires it and calls its `runCheckingThread` (the entry points export it), so that the script's own
 * start-up code, which runs the command line, does not run in the thread.
 */
let threadScript = __filename;

export function useThreadScript(path: string): void {
  threadScript = path;
}

/** The shared counters, as indices into an Int32Array over a SharedArrayBuffer. */
const FINISHED = 0; // worker threads that have answered
const CHECKED = 1; // drafts checked, by every thread (the progress)
const NEXT = 2; // the next draft to take
const STOP = 3; // the first draft that could not be read (files.length while none): no thread takes one after it
const GO = 4; // 0 while the drafts are being found, 1 once they were sent to the threads, -1: no work, stop
const COUNTERS = 5;

/** What a worker is started with: the options, as plain values. Its drafts follow on the port (GO). */
interface Job {
  readonly kind: 'unres-check';
  readonly options: { format: CliOptions['format']; lang: CliOptions['lang']; locale: CliOptions['locale']; flags: string[]; values: [string, string][] };
  readonly port: MessagePort;
  readonly counters: SharedArrayBuffer;
}

/**
 * What a worker is sent once the drafts are known: every draft of the run, which it takes as they come;
 * undefined for a thread started early that this run does not need (it stops without answering).
 */
interface Drafts {
  readonly files: readonly string[] | undefined;
  /** The files a folder walk listed untested (see ExpandOptions.untested). */
  readonly untested: readonly string[];
}

/** What a thread found, draft by draft (the index of each in the run's files). */
interface Share {
  readonly checked: { readonly index: number; readonly found: JsonDiagnostic[] }[];
  /** Lines the thread would have written to stderr, each with the draft it was checking (-1: none). */
  readonly err: { readonly index: number; readonly line: string }[];
  /** The draft that could not be read (-1: an internal error), and why: the run stops, as in one thread. */
  readonly failed?: { readonly index: number; readonly message: string };
}

/** The threads a run may use: one per core, or UNRES_WORKERS (1 keeps one thread); undefined when not set. */
function threadsAsked(): number | undefined {
  const asked = Number(process.env.UNRES_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : undefined;
}

/** Whether a run may check in threads at all: not with --fix (it writes files) nor with standard input. */
function mayUseThreads(args: readonly string[], options: CliOptions): boolean {
  return !options.flags.has('--fix') && !args.includes(STDIN) && (threadsAsked() ?? availableParallelism()) > 1;
}

/**
 * How many threads check the drafts, this one included: one per core (UNRES_WORKERS sets another number;
 * 1 keeps one thread), for runs of many drafts; one for --fix (it writes files) and for standard input.
 */
export function workerCount(files: readonly string[], options: CliOptions): number {
  if (!mayUseThreads(files, options)) return 1;
  const asked = threadsAsked();
  if (files.length < PARALLEL_FROM && !(asked !== undefined && asked > 1)) return 1;
  return Math.max(1, Math.min(asked ?? availableParallelism(), Math.ceil(files.length / 4)));
}

/** Checking threads started before the drafts are known (see startEarly); `dispose` when they are not used. */
export interface EarlyThreads {
  readonly workers: Worker[];
  readonly ports: MessagePort[];
  readonly state: Int32Array;
  dispose(): void;
}

/**
 * A thread takes longer to start (Node's own start in it, then the bundle: about a tenth of a second) than
 * finding the drafts of a folder takes: when the arguments name a folder or a glob, the threads a large run
 * would use are started before the folder is walked, and wait (GO) for the drafts. A run that turns out
 * small stops them unused. Undefined when the run cannot use threads, or names files only (their number is
 * known: the threads are started when they are needed).
 */
export function startEarly(args: readonly string[], options: CliOptions, isFolderOrGlob: (arg: string) => boolean): EarlyThreads | undefined {
  if (!mayUseThreads(args, options) || !args.some(isFolderOrGlob)) return undefined;
  return startThreads(options, (threadsAsked() ?? availableParallelism()) - 1);
}

function startThreads(options: CliOptions, count: number): EarlyThreads {
  const state = new Int32Array(new SharedArrayBuffer(COUNTERS * Int32Array.BYTES_PER_ELEMENT));
  const plain = { format: options.format, lang: options.lang, locale: options.locale, flags: [...options.flags], values: [...options.values] };
  const ports: MessagePort[] = [];
  const { MessageChannel, Worker } = workerThreads();
  const code = `require(${JSON.stringify(threadScript)}).runCheckingThread();`;
  const workers = Array.from({ length: count }, () => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    const job: Job = { kind: 'unres-check', options: plain, port: port2, counters: state.buffer as SharedArrayBuffer };
    return new Worker(code, { eval: true, workerData: job, transferList: [port2] });
  });
  let disposed = false;
  return {
    workers,
    ports,
    state,
    dispose() {
      if (disposed) return;
      disposed = true;
      if (Atomics.load(state, GO) === 0) {
        Atomics.store(state, GO, -1);
        Atomics.notify(state, GO);
      }
      for (const w of workers) void w.terminate();
    },
  };
}

/**
 * One thread's part of the run: takes drafts from the shared counter until none is left, or until the
 * draft that could not be read, so that every draft before it is checked by some thread and the run stops
 * on the first one, as one thread would. A thread that starts late simply takes fewer drafts. What it would
 * say on stderr is kept with the draft it was checking, so that the lines can be said in the order of the
 * files: a thread says a configuration's problem at the first draft it checks under it, and the first draft
 * of the run under it is checked by a thread that had not seen it before.
 */
function checkShare(files: readonly string[], untested: ReadonlySet<string>, options: CliOptions, state: Int32Array, onEach: () => void): Share {
  const checked: Share['checked'] = [];
  const err: Share['err'] = [];
  let current = -1;
  const io: CliIo = { out: () => undefined, err: (line) => err.push({ index: current, line }) };
  const config = new CliConfig(options, io);
  for (let index = Atomics.add(state, NEXT, 1); index < Atomics.load(state, STOP); index = Atomics.add(state, NEXT, 1)) {
    current = index;
    try {
      checked.push({ index, found: checkListed(files[index]!, options, config, io, untested) });
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      // Lower the stop to this draft unless a thread found an earlier one.
      for (let stop = Atomics.load(state, STOP); index < stop; stop = Atomics.load(state, STOP)) {
        if (Atomics.compareExchange(state, STOP, stop, index) === stop) break;
      }
      return { checked, err, failed: { index, message: error.message } };
    }
    Atomics.add(state, CHECKED, 1);
    onEach();
  }
  return { checked, err };
}

/**
 * Checks the drafts in this thread and `count - 1` worker threads and gives their findings in the order of
 * the files, as one thread would. The drafts are dealt as the threads ask for them (a shared counter), so a
 * thread that starts late or gets long drafts does not hold the others up. Synchronous like the rest of the
 * CLI: when its drafts are done, this thread sleeps on a shared counter (Atomics.wait) and reads each
 * worker's answer from its port (receiveMessageOnPort). `config` is the one the drafts were found with:
 * what it said already is not said again.
 */
export function checkInWorkers(
  files: readonly string[],
  options: CliOptions,
  count: number,
  config: CliConfig,
  io: CliIo,
  early?: EarlyThreads,
  untested: ReadonlySet<string> = new Set(),
): JsonDiagnostic[] {
  const threads = early ?? startThreads(options, count - 1);
  // Threads started early beyond the ones this run needs stop now, unused.
  const extra = threads.workers.length - (count - 1);
  const workers = threads.workers.slice(0, count - 1);
  const ports = threads.ports.slice(0, count - 1);
  const { state } = threads;
  state[STOP] = files.length;
  for (const port of ports) port.postMessage({ files, untested: [...untested] } satisfies Drafts);
  for (let i = 0; i < extra; i++) threads.ports[count - 1 + i]!.postMessage({ files: undefined, untested: [] } satisfies Drafts);
  Atomics.store(state, GO, 1);
  Atomics.notify(state, GO);
  for (const w of threads.workers.slice(count - 1)) void w.terminate();
  const shares: Share[] = [];
  try {
    shares.push(checkShare(files, untested, options, state, () => io.progress?.(Atomics.load(state, CHECKED), files.length, 'checked')));
    for (let finished = Atomics.load(state, FINISHED); finished < workers.length; finished = Atomics.load(state, FINISHED)) {
      Atomics.wait(state, FINISHED, finished, 200);
      io.progress?.(Atomics.load(state, CHECKED), files.length, 'checked');
    }
  } finally {
    threads.dispose();
  }
  const { receiveMessageOnPort } = workerThreads();
  for (const port of ports) {
    const answer = receiveMessageOnPort(port)?.message as Share | undefined;
    if (!answer) throw new Error('a checking thread stopped without an answer');
    shares.push(answer);
  }
  const failed = shares.map((s) => s.failed).filter((f) => f !== undefined).sort((a, b) => a.index - b.index)[0];
  const last = failed?.index ?? files.length;
  const said = new Set<string>();
  const lines = shares.flatMap((s) => s.err).filter((e) => e.index <= last);
  for (const { line } of lines.sort((a, b) => a.index - b.index)) {
    if (config.said(line) || said.has(line)) continue;
    said.add(line);
    io.err(line);
  }
  if (failed) throw new UsageError(failed.message);
  const results: JsonDiagnostic[][] = new Array(files.length);
  for (const share of shares) for (const { index, found } of share.checked) results[index] = found;
  io.progress?.(files.length, files.length, 'checked');
  return results.flat();
}

/**
 * The worker's side: waits for the drafts (or for the word that there is no work), takes drafts until none
 * is left, answers once, and says it has finished.
 */
function runWorker(job: Job): void {
  const state = new Int32Array(job.counters);
  Atomics.wait(state, GO, 0);
  if (Atomics.load(state, GO) !== 1) return;
  const { files, untested } = workerThreads().receiveMessageOnPort(job.port)?.message as Drafts;
  if (files === undefined) return;
  const options: CliOptions = { ...job.options, files: [...files], flags: new Set(job.options.flags), values: new Map(job.options.values) };
  let share: Share;
  try {
    share = checkShare(files, new Set(untested), options, state, () => undefined);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    share = { checked: [], err: [{ index: -1, line: `unres: internal error: ${message}` }], failed: { index: -1, message } };
  }
  job.port.postMessage(share);
  Atomics.add(state, FINISHED, 1);
  Atomics.notify(state, FINISHED);
}

/** A checking thread's start (see threadScript): the worker's side, when this thread was started as one. */
export function runCheckingThread(): void {
  const { isMainThread, workerData } = workerThreads();
  if (!isMainThread && (workerData as Job | undefined)?.kind === 'unres-check') runWorker(workerData as Job);
}
