import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { ResolutionService } from '../service';
import { UsageError, type CliOptions } from './args';
import { inWordParagraph, type CheckedFile } from './checkWord';
import type { CliConfig } from './config';
import { isDraft, STDIN } from './expand';
import { readDocument, writeTextFile } from './files';
import type { CliIo } from './output';

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

export function readDraft(file: string, options: CliOptions): { name: string; document: TextDocument } {
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

/**
 * One draft checked (and fixed first, with --fix) with the settings that apply to it; `given` is a Word
 * document already read as Markdown (its findings are placed by Word paragraph). The same code runs in
 * the main thread and in the worker threads of a large run, so that both report the same.
 */
export function checkDraft(file: string, options: CliOptions, config: CliConfig, io: CliIo, given?: CheckedFile): JsonDiagnostic[] {
  const draft: CheckedFile & { name: string } = given ? { ...given, name: file } : readDraft(file, options);
  const service = config.serviceFor(draft.name);
  // A Word document is not rewritten: its fixes would have to be written back into the .docx.
  const fix = options.flags.has('--fix') && !draft.paragraphOfLine;
  const document = fix ? fixFile(file, draft.document, service, io) : draft.document;
  const found = service.computeDiagnostics(document).map((d) => {
    const json = toJsonDiagnostic(draft.name, d);
    return draft.paragraphOfLine ? inWordParagraph(json, draft.paragraphOfLine) : json;
  });
  // The draft's analysis is of no further use: dropping it keeps a large archive within memory.
  service.forget(document.uri);
  return found;
}

/** `check --fix`: writes the file with every safe fix applied (only when something changed). */
function fixFile(file: string, document: TextDocument, service: ResolutionService, io: CliIo): TextDocument {
  const result = service.fixAll(document);
  if (result.edits.length === 0) return document;
  writeTextFile(file, result.text);
  io.err(`${file}: applied ${result.applied} fix${result.applied === 1 ? '' : 'es'}`);
  return TextDocument.create(document.uri, document.languageId, document.version + 1, result.text);
}

/**
 * A draft of the run's list: one that a folder walk listed untested (see ExpandOptions.untested) is read
 * and tested first, and gives no findings when it is not a draft, as if the walk had left it out.
 */
export function checkListed(file: string, options: CliOptions, config: CliConfig, io: CliIo, untested: ReadonlySet<string> | undefined, given?: CheckedFile): JsonDiagnostic[] {
  if (untested?.has(file) && !isDraft(file)) return [];
  return checkDraft(file, options, config, io, given);
}
