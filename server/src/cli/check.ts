import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ResolutionService } from '../service';
import { UsageError, type CliOptions } from './args';
import { makeService } from './context';
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

/**
 * `check FILE... [--fix]`: exit code 1 when a finding is an error. A file that cannot be read stops the run
 * (exit 2), so that a pipeline never passes a draft it did not see.
 */
export function check(options: CliOptions, io: CliIo): number | Promise<number> {
  if (options.files.length === 0) throw new UsageError('check needs at least one FILE');
  if (options.files.some(isWordFile)) return checkWordFiles(options, (read) => checkFiles(options, io, read));
  return checkFiles(options, io, (file) => ({ document: readDocument(file) }));
}

function checkFiles(options: CliOptions, io: CliIo, read: (file: string) => CheckedFile): number {
  const service = makeService(options, io);
  const all: JsonDiagnostic[] = [];
  forEachFile(options.files, io, 'checked', (file) => {
    const { document: read1, paragraphOfLine } = read(file);
    let document = read1;
    if (options.flags.has('--fix') && !paragraphOfLine) document = fixFile(file, document, service, io);
    for (const d of service.computeDiagnostics(document)) all.push(paragraphOfLine ? inWordParagraph(toJsonDiagnostic(file, d), paragraphOfLine) : toJsonDiagnostic(file, d));
  });
  if (options.format !== 'text') writeJsonList(io, options.format, all);
  else for (const d of all) io.out(`${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code} ${d.message}`);
  return all.some((d) => d.severity === 'error') ? 1 : 0;
}

/** `check --fix`: writes the file with every safe fix applied (only when something changed). */
function fixFile(file: string, document: TextDocument, service: ResolutionService, io: CliIo): TextDocument {
  const result = service.fixAll(document);
  if (result.edits.length === 0) return document;
  writeTextFile(file, result.text);
  io.err(`${file}: applied ${result.applied} fix${result.applied === 1 ? '' : 'es'}`);
  return TextDocument.create(document.uri, document.languageId, document.version + 1, result.text);
}
