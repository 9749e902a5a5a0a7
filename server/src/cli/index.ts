import { amend } from './amend';
import { CHECK_FORMATS, UsageError, parseArgs } from './args';
import { check } from './check';
import { diff } from './diff';
import { init } from './init';
import { exportCommand } from './export';
import { importCommand } from './import';
import { compare } from './compare';
import { outline } from './outline';
import { ERASE_LINE, progressLine, type CliIo, type Command } from './output';
import { renumber } from './renumber';
import { useThreadScript } from './parallel';
import { rules } from './rules';

export { runCheckingThread } from './parallel';

/**
 * `unres`: the language service on the command line, for CI pipelines and for reading a corpus.
 * Exit codes: 0 no error-severity finding, 1 at least one, 2 usage or I/O error (one line on stderr).
 * Each command lives in its own file; this one only parses, dispatches and turns errors into exit codes.
 */
export const USAGE = `Usage: unres <command> [options] FILE...

Commands:
  check FILE...      report structural problems (file:line:col: severity code message)
                     (a Word file, FILE.docx: the line is the document's paragraph number)
  outline FILE...    print the structure the checker sees, file by file
  rules              list the rules with their codes and default severities
  renumber FILE      number operative paragraphs 1..N, reletter subparagraphs and update the
                     references to them; prints the result (--write: changes the file instead)
  init               write a commented .unres.json configuration file in the current folder
  import FILE        a Word document (.docx) or Akoma Ntoso XML (.xml) → Markdown draft FILE.md
  export FILE --akn|--docx
                     the draft → Akoma Ntoso XML (FILE.xml) or a Word document in UN layout (FILE.docx)
  amend BASE SHEET   apply an amendment sheet (or a UN amendment document) to the draft BASE: prints
                     the amended draft and reports each operation on stderr as applied or refused
                     (--write: changes BASE; -o FILE: writes FILE; --partial: apply what can be)
  diff OLD NEW       what changed between two revisions, paragraph by paragraph (moved and
                     renumbered paragraphs recognised), words marked inside each; --format html
                     writes a page to circulate; --as-amendments writes the amendment sheet instead
  compare A B [C]    compare language versions of one resolution paragraph by paragraph (paragraphs,
                     citations, dates, numbers, references, subparagraphs, leading phrases); prints
                     file:line:col for each side, exit 1 when they disagree; with one FILE, its
                     versions are found by name, first-line comment or "versions" of .unres.json

Options:
  --format text|json|jsonl
                     output format (default: text); jsonl prints one JSON value per line
                     (outline: one document per file)
  --lang en|fr|es    force the document language instead of detecting it
  --locale en|fr|es  language of the messages (default: from LANG, else English)
  --rules CODE=LEVEL[,CODE=LEVEL...]
                     set how rules are reported: error, warning, information, hint or off
                     (e.g. --rules italic-lead=off,agreement=hint), as the unres.rules setting does
  --fix              check: apply every safe fix to the files first, then report what remains
  --catalogue FILE   check: a TSV file of resolutions (number, date, subject) that extends the built-in
                     citation facts, as the unres.catalogue setting does
  --write            renumber: write the result back to FILE
  --with-versions    renumber: give FILE's paired language versions the same numbering (with --write,
                     written too); a version whose paragraphs do not align is left, with the reason
  check also takes folders (every draft in them) and globs ("drafts/**/*.md"), skipping what .gitignore
  and the configuration's "ignore" name; - reads the draft from standard input.
  --format sarif|github
                     check: a SARIF 2.1.0 log, or GitHub Actions workflow annotations
  --max-warnings N   check: exit code 1 when there are more than N warnings
  --quiet            check: report errors only
  --stdin-filename NAME
                     check -: the name standard input is reported under and configured for
  --no-config        check: read no .unres.json or package.json "unres" configuration
  --report-unused-directives
                     check: report unres-disable comments that silence nothing
  --output FILE      import, export: where to write (default: beside FILE, with the new extension)
  --force            import, export: replace an existing output file
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 no error found, 1 errors found, 2 usage or file error.`;

/** Subcommands, one file each. A new command is a new file and one line here. */
export const COMMANDS = new Map<string, Command>([
  ['check', check],
  ['outline', outline],
  ['rules', rules],
  ['renumber', renumber],
  ['init', init],
  ['import', importCommand],
  ['export', exportCommand],
  ['amend', amend],
  ['diff', diff],
  ['compare', compare],
]);

declare const UNRES_VERSION: string | undefined;

export function runCli(argv: readonly string[], io: CliIo): number | Promise<number> {
  try {
    const { command, options } = parseArgs(argv);
    if (command === 'help' || command === undefined) {
      (command === undefined ? io.err : io.out)(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === 'version') {
      io.out(typeof UNRES_VERSION === 'string' ? UNRES_VERSION : 'dev');
      return 0;
    }
    const run = COMMANDS.get(command);
    if (!run) throw new UsageError(`unknown command "${command}" (try unres --help)`);
    if (command !== 'check' && CHECK_FORMATS.includes(options.format)) throw new UsageError(`--format ${options.format} is for unres check only`);
    const code = run(options, io);
    return typeof code === 'number' ? code : code.catch((error: unknown) => failure(error, io));
  } catch (error) {
    return failure(error, io);
  }
}

/** A usage or file error is one line and exit code 2; anything else is an internal error, also exit 2. */
function failure(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.err(`unres: ${error.message}`);
    return 2;
  }
  io.err(`unres: internal error: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
}

/**
 * Runs the command of this process's arguments, writes its output and sets the exit code. `entry` is the
 * script the process was started from (dist/cli.js, see launch.ts): the threads of a large check start
 * from it too.
 */
export function main(entry: string): void {
  useThreadScript(entry);
  const lines: string[] = [];
  const terminal = process.stderr.isTTY === true;
  // Whether a progress line stands on the terminal: a message must erase it first, or it would be written
  // after it on the same line.
  let progressShown = false;
  const result = runCli(process.argv.slice(2), {
    out: (t) => lines.push(t),
    err: (t) => {
      process.stderr.write(`${progressShown ? ERASE_LINE : ''}${t}\n`);
      progressShown = false;
    },
    // Progress only on a terminal: a CI log or a redirected stderr gets no carriage-return noise.
    ...(terminal
      ? {
          progress: (done: number, total: number, verb: string) => {
            const line = progressLine(done, total, verb);
            if (line === undefined) return;
            process.stderr.write(line);
            progressShown = line !== ERASE_LINE;
          },
        }
      : {}),
  });
  void Promise.resolve(result).then((code) => {
    // One write keeps large outputs fast and lets the process exit only after stdout is flushed.
    if (lines.length) process.stdout.write(lines.join('\n') + '\n', () => process.exit(code));
    else process.exitCode = code;
  });
}

// Run from the compiled sources (node out/server/src/cli/index.js). (A thread of a large check requires this
// file and calls runCheckingThread: see parallel.ts.)
if (require.main === module) main(__filename);
