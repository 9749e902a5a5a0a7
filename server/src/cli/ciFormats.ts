import { relative, sep } from 'node:path';
import { RULES } from '../rules';
import type { JsonDiagnostic } from './checkDraft';

declare const UNRES_VERSION: string | undefined;

const SARIF_LEVEL: Record<string, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A file as a SARIF artifact URI: relative to the working folder (the repository root in CI), slashed. */
function artifactUri(file: string): string {
  if (file === '<stdin>') return file;
  const rel = relative(process.cwd(), file);
  const path = rel.startsWith('..') ? file : rel;
  return (sep === '/' ? path : path.split(sep).join('/')).split('/').map(encodeURIComponent).join('/');
}

/**
 * The findings as a SARIF 2.1.0 log (one run), as code-scanning dashboards read it: the rules from the
 * registry with their default levels, each result with its rule, level, message and region (columns in
 * UTF-16 code units, as the log says).
 */
export function toSarif(diagnostics: readonly JsonDiagnostic[]): Record<string, unknown> {
  const codes = [...RULES.map((r) => r.code), ...new Set(diagnostics.map((d) => d.code).filter((c) => !RULES.some((r) => r.code === c)))];
  const rules = codes.map((code) => {
    const rule = RULES.find((r) => r.code === code);
    return {
      id: code,
      ...(rule ? { shortDescription: { text: rule.description.en }, defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] } } : {}),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'unres', version: typeof UNRES_VERSION === 'string' ? UNRES_VERSION : '0.0.0', rules } },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => ({
          ruleId: d.code,
          ruleIndex: codes.indexOf(d.code),
          level: SARIF_LEVEL[d.severity] ?? 'warning',
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: artifactUri(d.file) },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** Workflow commands escape these in the message, and also ":" and "," in the properties. */
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One GitHub Actions annotation per finding: `::error file=…,line=…::message`. */
export function toGithubAnnotation(d: JsonDiagnostic): string {
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const file = d.file === '<stdin>' ? d.file : relative(process.cwd(), d.file) || d.file;
  const props = [
    `file=${escapeProperty(sep === '/' ? file : file.split(sep).join('/'))}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(`unres ${d.code}`)}`,
  ];
  return `::${command} ${props.join(',')}::${escapeData(d.message)}`;
}
