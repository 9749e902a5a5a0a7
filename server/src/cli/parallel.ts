import { availableParallelism } from 'node:os';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { UsageError, type CliOptions } from './args';
import { checkDraft, type JsonDiagnostic } from './checkDraft';
import { CliConfig } from './config';
import { STDIN } from './expand';
import type { CliIo } from './output';

/** Below this many drafts, starting threads (each loads the bundle: tens of ms) costs more than it saves. */
const PARALLEL_FROM = 40;

/**
 * The script a checking thread starts from: the one the process was started from (the CLI's entry point
 * sets it), so that a thread runs nothing but the code already running; this file by default, which runs
 * the worker's side when loaded in a thread.
 */
let threadScript = __filename;

export function useThreadScript(path: string): void {
  threadScript = path;
}

/** What a worker is given: its drafts and the options, as plain values. */
interface Job {
  readonly kind: 'unres-check';
  readonly files: readonly string[];
  readonly options: { format: CliOptions['format']; lang: CliOptions['lang']; locale: CliOptions['locale']; flags: string[]; values: [string, string][] };
  readonly port: MessagePort;
  /** [0] workers finished, [1] drafts checked: the main thread waits on it, and shows the progress. */
  readonly counters: SharedArrayBuffer;
}

interface Answer {
  /** The findings of each of the worker's drafts, in its order. */
  readonly results: JsonDiagnostic[][];
  /** Lines the worker would have written to stderr. */
  readonly err: string[];
  /** A draft that could not be read: the run stops, as it does in one thread. */
  readonly usageError?: string;
}

/**
 * How many threads check the drafts: one per core (UNRES_WORKERS sets another number; 1 keeps one
 * thread), for runs of many drafts; one for --fix (it writes files) and for standard input.
 */
export function workerCount(files: readonly string[], options: CliOptions): number {
  if (options.flags.has('--fix') || files.includes(STDIN)) return 1;
  const asked = Number(process.env.UNRES_WORKERS);
  const cores = Number.isInteger(asked) && asked > 0 ? asked : availableParallelism();
  if (files.length < PARALLEL_FROM && !(Number.isInteger(asked) && asked > 1)) return 1;
  return Math.max(1, Math.min(cores, Math.ceil(files.length / 4)));
}

/**
 * Checks the drafts in worker threads and gives their findings in the order of the files, as one thread
 * would. Synchronous like the rest of the CLI: the main thread sleeps on a shared counter (Atomics.wait)
 * and reads each worker's answer from its port (receiveMessageOnPort).
 */
export function checkInWorkers(files: readonly string[], options: CliOptions, count: number, io: CliIo): JsonDiagnostic[] {
  const counters = new SharedArrayBuffer(8);
  const state = new Int32Array(counters);
  // Drafts dealt round-robin: neighbouring files in a corpus are often of similar size.
  const shares = Array.from({ length: count }, (_, w) => files.map((_, i) => i).filter((i) => i % count === w));
  const plain = { format: options.format, lang: options.lang, locale: options.locale, flags: [...options.flags], values: [...options.values] };
  const ports: MessagePort[] = [];
  const workers = shares.map((share) => {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1);
    const job: Job = { kind: 'unres-check', files: share.map((i) => files[i]!), options: plain, port: port2, counters };
    return new Worker(threadScript, { workerData: job, transferList: [port2] });
  });
  try {
    for (let finished = Atomics.load(state, 0); finished < count; finished = Atomics.load(state, 0)) {
      Atomics.wait(state, 0, finished, 200);
      io.progress?.(Atomics.load(state, 1), files.length, 'checked');
    }
  } finally {
    for (const w of workers) void w.terminate();
  }
  const results: JsonDiagnostic[][] = new Array(files.length);
  const seen = new Set<string>();
  shares.forEach((share, w) => {
    const answer = receiveMessageOnPort(ports[w]!)?.message as Answer | undefined;
    if (!answer) throw new Error('a checking thread stopped without an answer');
    // Each thread reads the configuration files too: their problems are said once.
    for (const line of answer.err.filter((l) => !seen.has(l))) {
      seen.add(line);
      io.err(line);
    }
    if (answer.usageError) throw new UsageError(answer.usageError);
    share.forEach((fileIndex, k) => (results[fileIndex] = answer.results[k]!));
  });
  io.progress?.(files.length, files.length, 'checked');
  return results.flat();
}

/** The worker's side: checks its drafts, answers once, and says it has finished. */
function runWorker(job: Job): void {
  const options: CliOptions = { ...job.options, files: [...job.files], flags: new Set(job.options.flags), values: new Map(job.options.values) };
  const state = new Int32Array(job.counters);
  const err: string[] = [];
  const io: CliIo = { out: () => undefined, err: (t) => err.push(t) };
  const results: JsonDiagnostic[][] = [];
  let usageError: string | undefined;
  try {
    const config = new CliConfig(options, io);
    for (const file of job.files) {
      results.push(checkDraft(file, options, config, io));
      Atomics.add(state, 1, 1);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) err.push(`unres: internal error: ${error instanceof Error ? error.message : String(error)}`);
    usageError = error instanceof Error ? error.message : String(error);
  }
  job.port.postMessage({ results, err, ...(usageError !== undefined ? { usageError } : {}) } satisfies Answer);
  Atomics.add(state, 0, 1);
  Atomics.notify(state, 0);
}

if (!isMainThread && (workerData as Job | undefined)?.kind === 'unres-check') runWorker(workerData as Job);
