import type { AmendmentSheet } from './read';

/**
 * How the base draft of a sheet is found, given what the caller can read: the file its first line names
 * (relative to the sheet), else the file a setting pairs with the sheet, else the workspace draft whose
 * heading carries the symbol the sheet amends ("amendment to draft resolution A/80/L.18"). The caller
 * decides what may be read (the server: open documents and files inside the workspace only).
 */
export interface WorkspaceTexts {
  /** The text of a document by URI, or undefined when it cannot or may not be read. */
  read(uri: string): string | undefined;
  /** URIs of the workspace's drafts, to look for a symbol in their headings. */
  drafts(): readonly string[];
  /** The base a setting pairs with this sheet, as a URI. */
  paired?(sheetUri: string): string | undefined;
}

export interface BaseDocument {
  readonly uri: string;
  readonly text: string;
}

/** How much of a draft's beginning is read for its symbol: the heading or the cover page. */
const HEADING = 1500;

export function findBaseDocument(sheet: AmendmentSheet, sheetUri: string, workspace: WorkspaceTexts): BaseDocument | undefined {
  const readAt = (uri: string | undefined): BaseDocument | undefined => {
    if (uri === undefined || uri === sheetUri) return undefined;
    const text = workspace.read(uri);
    return text === undefined ? undefined : { uri, text };
  };
  if (sheet.base?.name) {
    const named = readAt(resolveUri(sheet.base.name, sheetUri));
    if (named) return named;
  }
  const paired = readAt(workspace.paired?.(sheetUri));
  if (paired) return paired;
  const symbol = sheet.base?.symbol;
  if (!symbol) return undefined;
  const pattern = symbolPattern(symbol);
  for (const uri of workspace.drafts()) {
    if (uri === sheetUri) continue;
    const text = workspace.read(uri);
    if (text !== undefined && pattern.test(text.slice(0, HEADING)) && !isAmendmentOf(text, pattern)) return { uri, text };
  }
  return undefined;
}

/** A name relative to the sheet's folder, as a URI (undefined when it cannot be one). */
export function resolveUri(name: string, from: string): string | undefined {
  try {
    return new URL(name.replace(/\\/g, '/'), from).toString();
  } catch {
    return undefined;
  }
}

/** The symbol as a whole token: "A/80/L.18" does not match "A/80/L.18/Rev.1" or "A/80/L.180". */
function symbolPattern(symbol: string): RegExp {
  const body = symbol.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-‑]');
  return new RegExp(`(?<![\\w/])${body}(?![\\w/]|\\.\\d)`);
}

/** Another amendment to the same draft names the symbol too: it is not the draft. */
function isAmendmentOf(text: string, pattern: RegExp): boolean {
  const m = /amendments?\s+to|amendements?\s+au|enmiendas?\s+al/i.exec(text.slice(0, HEADING));
  return m !== null && pattern.test(text.slice(m.index, m.index + 200));
}
