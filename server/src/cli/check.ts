import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ResolutionService } from '../service';
import { UsageError, type CliOptions, type OutputFormat } from './args';
import { toGithubAnnotation, toSarif } from './ciFormats';
import { CliConfig } from './config';
import { expandFiles, STDIN } from './expand';
import { readDocument, writeTextFile } from './files';
import { forEachFile, writeJsonList, type CliIo } from './output';
import { checkWordFiles, inWordParagraph, isWordFile, type CheckedFile } from './checkWord';

const SEVERITY_NAME: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

/** 1-based lines and columns; columns in UTF-16 code units, as in JavaScript strings. */
export function toJsonDiagnostic(file: string, d: Diagnostic): JsonDiagnostic {
  return {
    file,
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY_NAME[d.severity ?? DiagnosticSeverity.Error] ?? 'error',
    code: String(d.code ?? ''),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

/** The drafts a run reads, with the name each is reported under (standard input's is --stdin-filename). */
function draftsOf(options: CliOptions, config: CliConfig): string[] {
  const files = expandFiles(options.files, { configIgnores: (path) => config.settingsFor(path).ignored });
  if (files.includes(STDIN) && options.flags.has('--fix')) throw new UsageError('--fix cannot change standard input');
  if (files.filter((f) => f === STDIN).length > 1) throw new UsageError('standard input (-) can be read once');
  return files;
}

function readDraft(file: string, options: CliOptions): CheckedFile & { name: string } {
  if (file !== STDIN) return { name: file, document: readDocument(file) };
  const name = options.values.get('--stdin-filename') ?? '<stdin>';
  let text: string;
  try {
    text = readFileSync(0, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read standard input: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { name, document: TextDocument.create(pathToFileURL(resolve(name)).toString(), 'unres', 1, text) };
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
  return checkFiles(options, io, (file) => readDraft(file, options));
}

function checkFiles(options: CliOptions, io: CliIo, read: (file: string) => CheckedFile | undefined): number {
  const maxWarnings = maxWarningsOf(options);
  const config = new CliConfig(options, io);
  const all: JsonDiagnostic[] = [];
  forEachFile(draftsOf(options, config), io, 'checked', (file) => {
    const draft = read(file) ?? readDraft(file, options);
    const name = 'name' in draft && typeof draft.name === 'string' ? draft.name : file;
    let document = draft.document;
    const service = config.serviceFor(name);
    // A Word document is not rewritten: its fixes would have to be written back into the .docx.
    if (options.flags.has('--fix') && !draft.paragraphOfLine) document = fixFile(file, document, service, io);
    for (const d of service.computeDiagnostics(document)) {
      const json = toJsonDiagnostic(name, d);
      all.push(draft.paragraphOfLine ? inWordParagraph(json, draft.paragraphOfLine) : json);
    }
    // The draft's analysis is of no further use: dropping it keeps a large archive within memory.
    service.forget(document.uri);
  });
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

/** `check --fix`: writes the file with every safe fix applied (only when something changed). */
function fixFile(file: string, document: TextDocument, service: ResolutionService, io: CliIo): TextDocument {
  const result = service.fixAll(document);
  if (result.edits.length === 0) return document;
  writeTextFile(file, result.text);
  io.err(`${file}: applied ${result.applied} fix${result.applied === 1 ? '' : 'es'}`);
  return TextDocument.create(document.uri, document.languageId, document.version + 1, result.text);
}
