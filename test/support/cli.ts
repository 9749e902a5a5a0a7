import { runCli } from '../../server/src/cli/index';

export interface CliRun {
  readonly code: number;
  /** Lines written to standard output and standard error, in order. */
  readonly out: string[];
  readonly err: string[];
}

/** Runs the `unres` command line in process, capturing what it writes, as a test reads it. */
export function runCliCaptured(...args: string[]): CliRun {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}
