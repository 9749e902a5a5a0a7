/**
 * What is wrong with a file handed to import or export, as one line a drafter can act on. The CLI turns it
 * into exit code 2 before anything is written; the editor shows it as an error message.
 */
export type InterchangeProblem = 'not-zip' | 'not-docx' | 'not-xml' | 'not-akn' | 'too-large' | 'empty';

export class InterchangeError extends Error {
  constructor(
    readonly problem: InterchangeProblem,
    message: string,
  ) {
    super(message);
    // The class is bundled twice (the CLI's and the interchange bundle's copies are different classes, and
    // minifying renames both), so callers recognise it by this name, not with instanceof.
    this.name = 'InterchangeError';
  }
}

export function isInterchangeError(error: unknown): error is InterchangeError {
  return error instanceof Error && error.name === 'InterchangeError' && typeof (error as { problem?: unknown }).problem === 'string';
}

/**
 * Files larger than this are refused before they are read: a resolution with its annexes is well under
 * 5 MB as Word or XML, and unzipping or parsing a file of hundreds of megabytes would stall the editor.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function checkSize(bytes: number): void {
  if (bytes > MAX_INPUT_BYTES) {
    throw new InterchangeError('too-large', `the file is too large (${(bytes / 1024 / 1024).toFixed(0)} MB; at most ${MAX_INPUT_BYTES / 1024 / 1024} MB is read)`);
  }
}
