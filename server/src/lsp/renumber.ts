import type { Connection, ExecuteCommandParams } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RENUMBER_COMMAND, RENUMBER_VERSIONS_COMMAND } from '../features/commands';
import type { VersionRenumber } from '../features/renumberVersions';
import { defineMessages, format, type Locale } from '../messages';
import type { ResolutionService } from '../service';
import type { VersionsWiring } from './versions';

/**
 * The renumbering commands: `unres.renumber` renumbers the operative paragraphs of a document (one
 * versioned edit, one undo step) and says which of its paired language versions can take the same
 * numbering; `unres.renumberVersions` gives them that numbering, one workspace edit per version. Part of the
 * editing room (editing/lazy.ts registers the handler at start and loads this code on the first command).
 */

export interface RenumberOptions {
  readonly connection: Connection;
  readonly service: ResolutionService;
  readonly versions: Pick<VersionsWiring, 'counterparts' | 'isOpen'>;
  readonly docFor: (uri: string) => TextDocument | undefined;
  /** Runs `fn`, logging a failure and answering `fallback` instead, so that a command cannot take the server down. */
  readonly guard: <A extends unknown[], R>(name: string, fallback: R, fn: (...args: A) => R) => (...args: A) => R;
  readonly warn: (message: string) => void;
  readonly locale: () => Locale;
  /** Whether the client tells the user what a command did itself (the VS Code client does). */
  readonly reportsCommands: () => boolean;
  /** Whether the client can show a message with buttons (window/showMessageRequest with actions). */
  readonly canAsk: () => boolean;
}

type RenumberProblems = readonly { readonly range: unknown; readonly message: string }[];

const commandMessages = defineMessages({
  offer: {
    en: 'The other language versions ({names}) can be renumbered the same way.',
    fr: 'Les autres versions linguistiques ({names}) peuvent être renumérotées de la même façon.',
    es: 'Las demás versiones lingüísticas ({names}) pueden renumerarse del mismo modo.',
  },
  renumberOthers: { en: 'Renumber the other versions too', fr: 'Renuméroter aussi les autres versions', es: 'Renumerar también las demás versiones' },
  onlyThis: { en: 'Only this one', fr: 'Seulement celle-ci', es: 'Solo esta' },
});

/** The server's workspace/executeCommand handler (null for a command that is not one of these). */
export function renumberCommands(options: RenumberOptions): (params: ExecuteCommandParams) => Promise<unknown> {
  const { connection, service } = options;
  /** What renumbering the paired versions of `document` with `numbering` (default: its current numbers) would do. */
  const planVersions = (document: TextDocument, numbering?: readonly (number | undefined)[]): VersionRenumber[] =>
    options.guard('renumberVersions', [] as VersionRenumber[], () => options.versions.counterparts(document).map((c) => service.renumberVersion(document, c, numbering)))();
  const summary = (list: readonly VersionRenumber[]) => ({
    versions: list.flatMap((v) => ('result' in v && v.result.edits.length > 0 ? [{ uri: v.uri, name: v.name, edits: v.result.edits.length }] : [])),
    notAligned: list.flatMap((v) => ('refused' in v ? [{ uri: v.uri, name: v.name, reason: v.refused }] : [])),
  });

  /**
   * The paired versions of `document` given its current numbering: one workspace edit per version (an undo
   * step each), versioned when the version is open, by URI when it is only on disk (the editor opens it).
   */
  const renumberVersions = async (document: TextDocument) => {
    const list = planVersions(document);
    const done: { uri: string; name: string; applied: boolean; edits: number; problems: RenumberProblems }[] = [];
    for (const v of list) {
      if (!('result' in v) || v.result.edits.length === 0) continue;
      const version = options.versions.isOpen(v.uri) ? options.docFor(v.uri)?.version ?? null : null;
      const response = await connection.workspace.applyEdit({
        label: `Renumber ${v.name}`,
        edit: { documentChanges: [{ textDocument: { uri: v.uri, version }, edits: v.result.edits }] },
      });
      done.push({ uri: v.uri, name: v.name, applied: response.applied, edits: v.result.edits.length, problems: v.result.problems });
    }
    const { notAligned } = summary(list);
    if (!options.reportsCommands() && notAligned.length > 0) options.warn(notAligned.map((n) => n.reason).join('\n'));
    return { versions: done, notAligned };
  };

  const run = async (params: ExecuteCommandParams): Promise<unknown> => {
    if (params.command !== RENUMBER_COMMAND && params.command !== RENUMBER_VERSIONS_COMMAND) return null;
    const uri = typeof params.arguments?.[0] === 'string' ? params.arguments[0] : undefined;
    const document = uri ? options.docFor(uri) : undefined;
    if (!document) return { applied: false, problems: [] };
    if (params.command === RENUMBER_VERSIONS_COMMAND) return renumberVersions(document);
    const result = options.guard('renumber', undefined, () => service.renumber(document))();
    if (!result) return { applied: false, problems: [] };
    // The paired versions are judged before this one changes: aligned ones are offered the same numbering.
    const paired = summary(result.edits.length > 0 ? planVersions(document, result.numbering) : []);
    if (result.edits.length === 0) return { applied: true, edits: 0, problems: result.problems, ...paired };
    // One versioned edit: the client applies it atomically (one undo step) or refuses it if stale.
    const response = await connection.workspace.applyEdit({
      label: 'Renumber operative paragraphs',
      edit: { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: result.edits }] },
    });
    // References left as written (missing or doubled target) are for the person to review: say so, unless
    // the client reports the command's answer itself (then the person would read it twice).
    if (response.applied && result.problems.length > 0 && !options.reportsCommands()) {
      options.warn(result.problems.map((p) => `${p.range.start.line + 1}: ${p.message}`).join('\n'));
    }
    if (response.applied && !options.reportsCommands()) offerVersions(document, paired);
    return { applied: response.applied, edits: result.edits.length, problems: result.problems, ...paired };
  };

  /**
   * A client that does not report the command's answer itself is asked here (when it can show buttons)
   * whether the other versions follow; not awaited, so that the command answers at once.
   */
  const offerVersions = (document: TextDocument, paired: ReturnType<typeof summary>): void => {
    if (paired.notAligned.length > 0) options.warn(paired.notAligned.map((n) => n.reason).join('\n'));
    if (paired.versions.length === 0 || !options.canAsk()) return;
    const yes = format(commandMessages.renumberOthers, options.locale());
    connection.window
      .showInformationMessage(
        format(commandMessages.offer, options.locale(), { names: paired.versions.map((v) => v.name).join(', ') }),
        { title: yes },
        { title: format(commandMessages.onlyThis, options.locale()) },
      )
      .then((choice) => (choice?.title === yes ? renumberVersions(document) : undefined))
      .catch((error: unknown) => connection.console.warn(`unres: renumbering the other versions: ${String(error)}`));
  };
  return run;
}
