import { UsageError, type CliOptions, type OutputFormat } from './args';
import { checkListed, type JsonDiagnostic } from './checkDraft';
import { toGithubAnnotation, toSarif } from './ciFormats';
import { CliConfig } from './config';
import { expandFiles, isFolderOrGlob, STDIN } from './expand';
import { forEachFile, writeJsonList, type CliIo } from './output';
import { checkWordFiles, isWordFile, type CheckedFile } from './checkWord';
import { checkInWorkers, startEarly, workerCount } from './parallel';

export { toJsonDiagnostic, type JsonDiagnostic } from './checkDraft';

/**
 * The drafts a run reads, with the name each is reported under (standard input's is --stdin-filename);
 * with `untested`, the files of folders and globs left for the check to test (see ExpandOptions).
 */
function draftsOf(options: CliOptions, config: CliConfig, untested?: Set<string>): string[] {
  const files = expandFiles(options.files, { configIgnores: (path) => config.settingsFor(path).ignored, ...(untested ? { untested } : {}) });
  if (files.includes(STDIN) && options.flags.has('--fix')) throw new UsageError('--fix cannot change standard input');
  if (files.filter((f) => f === STDIN).length > 1) throw new UsageError('standard input (-) can be read once');
  return files;
}

/** --max-warnings N: more than N warnings fail the run (exit code 1), as ESLint counts them. */
function maxWarningsOf(options: CliOptions): number | undefined {
  const value = options.values.get('--max-warnings');
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a number of warnings, not "${value}"`);
  return Number(value);
}

/**
 * `check FILE|FOLDER|GLOB|- ... [--fix]`: exit code 1 when a finding is an error (or the warnings exceed
 * --max-warnings). A file that cannot be read stops the run (exit 2), so that a pipeline never passes a
 * draft it did not see. Each draft is checked with the configuration file found upward from it.
 */
export function check(options: CliOptions, io: CliIo): number | Promise<number> {
  if (options.files.length === 0) throw new UsageError('check needs at least one FILE, folder or glob (- reads standard input)');
  // Word documents are read first (reading them is asynchronous), then checked with the other drafts.
  if (options.files.some(isWordFile)) return checkWordFiles(options, (read) => checkFiles(options, io, read));
  return checkFiles(options, io, () => undefined);
}

function checkFiles(options: CliOptions, io: CliIo, read: (file: string) => CheckedFile | undefined): number {
  const maxWarnings = maxWarningsOf(options);
  const config = new CliConfig(options, io);
  const all: JsonDiagnostic[] = [];
  // A folder or a glob may hold many drafts: their threads start while it is walked (parallel.ts).
  const early = startEarly(options.files, options, isFolderOrGlob);
  // With threads, the Markdown files of a folder are told from other Markdown by the thread that checks
  // them: each is read once, and not all in this thread before the others can start.
  const untested = early ? new Set<string>() : undefined;
  try {
    const drafts = draftsOf(options, config, untested);
    // Word documents were read in this thread: a run with one stays in it.
    const workers = drafts.some(isWordFile) ? 1 : workerCount(drafts, options);
    if (workers > 1) all.push(...checkInWorkers(drafts, options, workers, config, io, early, untested));
    else {
      early?.dispose();
      forEachFile(drafts, io, 'checked', (file) => all.push(...checkListed(file, options, config, io, untested, read(file))));
    }
  } finally {
    early?.dispose();
  }
  const shown = options.flags.has('--quiet') ? all.filter((d) => d.severity === 'error') : all;
  writeDiagnostics(io, options.format, shown);
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const tooMany = maxWarnings !== undefined && warnings > maxWarnings;
  if (tooMany) io.err(`unres: ${warnings} warnings, more than the ${maxWarnings} allowed (--max-warnings)`);
  return all.some((d) => d.severity === 'error') || tooMany ? 1 : 0;
}

function writeDiagnostics(io: CliIo, format: OutputFormat, list: readonly JsonDiagnostic[]): void {
  if (format === 'sarif') io.out(JSON.stringify(toSarif(list), null, 2));
  else if (format === 'github') for (const d of list) io.out(toGithubAnnotation(d));
  else if (format !== 'text') writeJsonList(io, format, list);
  else for (const d of list) io.out(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`);
}
