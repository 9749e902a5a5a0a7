import type { Hover, Position } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind } from 'vscode-languageserver-types';
import { plainSlice } from '../features/paragraphs';
import { defineMessages, format, type Locale } from '../messages';
import { positionOf } from '../model/lines';
import type { ResolutionService, VersionCounterpart } from '../service';
import { counterpartParagraph, languageName, paragraphName } from '../versions/lazy';

const messages = defineMessages({
  counterpart: { en: '{language} version ({file}), {paragraph}: {link}', fr: 'Version {language} ({file}), {paragraph} : {link}', es: 'Versión {language} ({file}), {paragraph}: {link}' },
});

/**
 * The hover of a paragraph number in a document with paired language versions (lsp/versions.ts): `base`
 * (the ordinary hover) with the counterpart paragraph's first words in each version, linked. Part of the
 * editing room, loaded on the first hover (editing/lazy.ts).
 */
export function versionsHover(
  service: ResolutionService,
  counterparts: () => readonly VersionCounterpart[],
  locale: Locale,
  document: TextDocument,
  position: Position,
  base: Hover | null,
): Hover | null {
  const offset = document.offsetAt(position);
  const model = service.getModel(document);
  const p = model.paragraphs.find((q) => q.number && q.number.start <= offset && offset <= q.number.end);
  if (!p) return base;
  const lines: string[] = [];
  for (const c of counterparts()) {
    const comparison = service.compareVersions(document, c.document);
    const target = counterpartParagraph(comparison, offset);
    if (!target) continue;
    const other = comparison.b.model;
    const line = positionOf(other.lineStarts, target.start).line;
    const words = plainSlice(other, { start: target.start, end: Math.min(target.end, target.start + 80) }, 80).replace(/[[\]]/g, '');
    lines.push(
      format(messages.counterpart, locale, {
        language: languageName(other.language, locale),
        file: c.name,
        paragraph: paragraphName(other.paragraphs, target.index, locale),
        link: `[${words}](${c.document.uri}#L${line + 1})`,
      }),
    );
  }
  if (lines.length === 0) return base;
  const before = base && typeof base.contents === 'object' && 'value' in base.contents ? `${base.contents.value}\n\n` : '';
  return { contents: { kind: MarkupKind.Markdown, value: before + lines.join('\n\n') } };
}
