import { defineMessages, format, type Locale } from '../messages';
import type { OffsetEdit } from '../rules/types';
import { DIRECTIVE_CODE } from './findings';
import { parseDirectives } from './parse';

/** The client command that switches a rule off in the editor's settings (the VS Code client has it). */
export const DISABLE_RULE_COMMAND = 'unres.disableRule';
export type SettingsTarget = 'workspace' | 'user';

const messages = defineMessages({
  line: { en: 'Disable {code} for this line', fr: 'Désactiver {code} pour cette ligne', es: 'Desactivar {code} en esta línea' },
  paragraph: { en: 'Disable {code} for this paragraph', fr: 'Désactiver {code} pour ce paragraphe', es: 'Desactivar {code} en este párrafo' },
  file: { en: 'Disable {code} for this file', fr: 'Désactiver {code} pour ce fichier', es: 'Desactivar {code} en este archivo' },
  workspace: { en: 'Disable {code} in the workspace settings', fr: 'Désactiver {code} dans les paramètres de l’espace de travail', es: 'Desactivar {code} en la configuración del área de trabajo' },
  user: { en: 'Disable {code} in the user settings', fr: 'Désactiver {code} dans les paramètres utilisateur', es: 'Desactivar {code} en la configuración de usuario' },
});

/** One way to silence a finding: edits of the draft, or a command the client runs on its settings. */
export type Silencing =
  | { readonly title: string; readonly edits: readonly OffsetEdit[] }
  | { readonly title: string; readonly command: { readonly command: string; readonly arguments: [string, SettingsTarget] } };

const isBlank = (text: string, starts: readonly number[], line: number): boolean =>
  line < 0 || line >= starts.length || text.slice(starts[line], line + 1 < starts.length ? starts[line + 1] : text.length).trim() === '';

function lineEnd(text: string, starts: readonly number[], line: number): number {
  const next = line + 1 < starts.length ? starts[line + 1]! : text.length;
  let end = next;
  while (end > starts[line]! && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return end;
}

/**
 * The ways to silence a rule's finding on `line`: a directive for the line (above it, when a blank line or
 * the start of the text is above it; else around its paragraph, since a comment line inside a paragraph
 * would cut it in two), one for the file, and, when the client can, the rule off in its settings.
 */
export function silencings(text: string, lineStarts: readonly number[], line: number, code: string, locale: Locale, settingsCommands: boolean): Silencing[] {
  if (code === DIRECTIVE_CODE) return [];
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const t = (m: (typeof messages)[keyof typeof messages]): string => format(m, locale, { code });
  const list: Silencing[] = [];
  const indent = /^[ \t]*/.exec(text.slice(lineStarts[line]))![0];
  if (isBlank(text, lineStarts, line - 1)) {
    list.push({ title: t(messages.line), edits: [{ start: lineStarts[line]!, end: lineStarts[line]!, newText: `${indent}<!-- unres-disable-next-line ${code} -->${eol}` }] });
  } else {
    let first = line;
    while (!isBlank(text, lineStarts, first - 1)) first--;
    let last = line;
    while (!isBlank(text, lineStarts, last + 1)) last++;
    const end = lineEnd(text, lineStarts, last);
    list.push({
      title: t(messages.paragraph),
      edits: [
        { start: lineStarts[first]!, end: lineStarts[first]!, newText: `<!-- unres-disable ${code} -->${eol}` },
        { start: end, end, newText: `${eol}<!-- unres-enable ${code} -->` },
      ],
    });
  }
  list.push({ title: t(messages.file), edits: [fileEdit(text, lineStarts, code, eol)] });
  if (settingsCommands) {
    list.push({ title: t(messages.workspace), command: { command: DISABLE_RULE_COMMAND, arguments: [code, 'workspace'] } });
    list.push({ title: t(messages.user), command: { command: DISABLE_RULE_COMMAND, arguments: [code, 'user'] } });
  }
  return list;
}

/** Adds the code to the file's `unres-disable-file` directive with codes, or writes one at the top. */
function fileEdit(text: string, lineStarts: readonly number[], code: string, eol: string): OffsetEdit {
  const existing = parseDirectives(text, lineStarts).find((d) => d.kind === 'disable-file' && d.codes.length > 0);
  if (existing) {
    const last = existing.codeSpans[existing.codeSpans.length - 1]!;
    return { start: last.end, end: last.end, newText: `, ${code}` };
  }
  return { start: 0, end: 0, newText: `<!-- unres-disable-file ${code} -->${eol}` };
}
