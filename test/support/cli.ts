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
  if (typeof code !== 'number') throw new Error('this command is asynchronous: use runCliCapturedAsync');
  return { code, out, err };
}

/** The same for a command that may run asynchronously (import and export of Word documents). */
export async function runCliCapturedAsync(...args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}
