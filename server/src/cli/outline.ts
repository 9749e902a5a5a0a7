import type { Paragraph } from '../model/types';
import { UsageError, type CliOptions } from './args';
import { makeService } from './context';
import { readDocument } from './files';
import { writeJson, type CliIo } from './output';

/** `outline FILE`: the organ, the preamble phrases, the numbered operative verbs and their subparagraph labels. */
export function outline(options: CliOptions, io: CliIo): number {
  if (options.files.length !== 1) throw new UsageError('outline needs exactly one FILE');
  const document = readDocument(options.files[0]!);
  const model = makeService(options).getModel(document);
  const line = (p: Paragraph): number => p.line + 1;
  const subparagraphs = (p: Paragraph): unknown[] =>
    p.subparagraphs.map((s) => ({ line: line(s), label: s.label?.raw ?? '', ...(s.subparagraphs.length ? { subparagraphs: subparagraphs(s) } : {}) }));
  const result = {
    language: model.language,
    organ: model.organ?.text ?? null,
    preamble: model.preamble.map((p) => ({ line: line(p), phrase: p.lead?.text ?? '' })),
    operative: model.operative.map((p) => ({
      line: line(p),
      number: p.number?.value ?? null,
      verb: p.lead?.text ?? '',
      subparagraphs: subparagraphs(p),
    })),
  };
  if (options.format === 'json') {
    writeJson(io, options.format, result);
    return 0;
  }
  io.out(`${options.files[0]}: ${model.language}, ${result.organ ?? 'no organ line'}`);
  io.out(`Preamble: ${result.preamble.length} paragraphs`);
  for (const p of result.preamble) io.out(`  ${p.line}: ${p.phrase}`);
  io.out(`Operative part: ${result.operative.length} paragraphs`);
  const printSubs = (subs: unknown[], indent: string): void => {
    for (const s of subs as { line: number; label: string; subparagraphs?: unknown[] }[]) {
      io.out(`${indent}${s.line}: ${s.label}`);
      if (s.subparagraphs) printSubs(s.subparagraphs, indent + '  ');
    }
  };
  for (const p of result.operative) {
    io.out(`  ${p.line}: ${p.number ?? '?'}. ${p.verb}`);
    printSubs(p.subparagraphs, '      ');
  }
  return 0;
}
