import { basename } from 'node:path';
import { positionOf } from '../model/lines';
import { paragraphName, discrepancyMessage } from '../versions/lazy';
import { UsageError, localeOf, type CliOptions } from './args';
import { CliConfig } from './config';
import { makeService } from './context';
import { readDocument } from './files';
import { writeJson, type CliIo } from './output';
import { pairedFiles } from './versionFiles';

/** One discrepancy as `compare --format json` prints it; lines and columns start at 1. */
interface ComparedSide {
  file: string;
  line: number;
  column: number;
  paragraph: string;
  says: string;
  message: string;
}

/**
 * `unres compare A B [C]`: the language versions of one resolution compared paragraph by paragraph, every
 * pair of them. Each discrepancy is printed once per pair with its place in both files. Exit 1 when the
 * versions disagree anywhere, 0 when they are aligned, 2 on a usage or file error.
 */
export function compare(options: CliOptions, io: CliIo): number {
  // One file: its versions are found as the editor finds them (name, first-line comment, `versions` of .unres.json).
  const files = options.files.length === 1 ? [options.files[0]!, ...pairedFiles(options.files[0]!, new CliConfig(options, io).settingsFor(options.files[0]!), readDocument(options.files[0]!).getText())] : options.files;
  if (options.files.length === 1 && files.length === 1) throw new UsageError(`no other language version of ${options.files[0]} was found: unres compare A B [C]`);
  if (files.length < 2 || files.length > 3) throw new UsageError('compare takes two or three files: unres compare A B [C], or one file whose versions are paired');
  const documents = files.map(readDocument);
  const service = makeService(options, io);
  const locale = localeOf(options);
  const results: { a: string; b: string; languages: [string, string]; discrepancies: { kind: string; a: ComparedSide; b: ComparedSide }[] }[] = [];
  for (let i = 0; i < documents.length; i++) {
    for (let j = i + 1; j < documents.length; j++) {
      const c = service.compareVersions(documents[i]!, documents[j]!);
      const side = (k: 'a' | 'b', file: string, other: string, d: (typeof c.discrepancies)[number]): ComparedSide => {
        const model = c[k].model;
        const pos = positionOf(model.lineStarts, d[k].start);
        return {
          file,
          line: pos.line + 1,
          column: pos.character + 1,
          paragraph: paragraphName(model.paragraphs, d[k].paragraph, locale),
          says: d[k].says,
          message: discrepancyMessage(c, d, k, basename(other), locale),
        };
      };
      results.push({
        a: files[i]!,
        b: files[j]!,
        languages: [c.a.language, c.b.language],
        discrepancies: c.discrepancies.map((d) => ({ kind: d.kind, a: side('a', files[i]!, files[j]!, d), b: side('b', files[j]!, files[i]!, d) })),
      });
    }
  }
  const count = results.reduce((n, r) => n + r.discrepancies.length, 0);
  if (options.format !== 'text') writeJson(io, options.format, { pairs: results, discrepancies: count });
  else {
    for (const r of results) {
      for (const d of r.discrepancies) {
        io.out(`${d.a.file}:${d.a.line}:${d.a.column}: warning version-alignment ${d.a.message}`);
        io.out(`  ${d.b.file}:${d.b.line}:${d.b.column}: ${d.b.message}`);
      }
    }
    const pairs = results.map((r) => `${r.a} (${r.languages[0]}) / ${r.b} (${r.languages[1]})`).join(', ');
    io.err(count === 0 ? `unres: versions aligned: ${pairs}` : `unres: ${count} misalignment${count === 1 ? '' : 's'}: ${pairs}`);
  }
  return count > 0 ? 1 : 0;
}
