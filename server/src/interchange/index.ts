import { draftToAkn } from './akn/export';
import { aknToMarkdown } from './akn/import';
import { readDraft, type DraftOptions } from './draft';
import { docxToMarkdown, type DocxImport } from './docx/read';
import { draftToDocx } from './docx/write';
import { previewBody, previewPage, type PreviewOptions } from './html/preview';
import { checkSize } from './errors';

/**
 * Drafts in and out of the forms they travel in: Akoma Ntoso (the UN's XML), Word documents, and the
 * preview page. Pure: bytes or text in, bytes or text out; the CLI and the server do the file I/O. This
 * folder is bundled on its own (dist/interchange.js) and loaded only when one of its commands runs.
 */
export { InterchangeError, MAX_INPUT_BYTES, type InterchangeProblem } from './errors';
export type { DocxImport } from './docx/read';
export { readDraft, type Draft, type DraftBlock, type DraftPoint } from './draft';

/** Markdown → Akoma Ntoso 3.0 XML. */
export function exportAkn(markdown: string, options: DraftOptions = {}): string {
  return draftToAkn(readDraft(markdown, options));
}

/** Akoma Ntoso XML → Markdown. */
export function importAkn(xml: string | Uint8Array): string {
  checkSize(typeof xml === 'string' ? xml.length : xml.byteLength);
  return aknToMarkdown(typeof xml === 'string' ? xml : new TextDecoder('utf-8').decode(xml));
}

/** Markdown → a Word document (.docx bytes) in the layout of a UN draft. */
export async function exportDocx(markdown: string, options: DraftOptions = {}): Promise<Uint8Array> {
  return draftToDocx(readDraft(markdown, { ...options, printedItalics: true }));
}

/** A Word document → Markdown, with the Word paragraph each Markdown line came from. */
export async function importDocx(bytes: Uint8Array): Promise<DocxImport> {
  return docxToMarkdown(bytes);
}

/** The preview page of a draft (see html/preview.ts), and its body alone for updates. */
export function previewHtml(markdown: string, nonce: string, options: PreviewOptions & DraftOptions = {}): string {
  return previewPage(readDraft(markdown, { ...options, printedItalics: true }), nonce, options);
}

export function previewUpdate(markdown: string, options: PreviewOptions & DraftOptions = {}): string {
  return previewBody(readDraft(markdown, { ...options, printedItalics: true }), options);
}
