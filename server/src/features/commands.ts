/**
 * The names the server announces at start (its capabilities) for features whose code is loaded when first
 * used (see editing/lazy.ts): here, so that announcing them does not load that code.
 */

/** The command that renumbers a document's operative paragraphs; its argument is the document URI. */
export const RENUMBER_COMMAND = 'unres.renumber';

/** The command that renumbers the other versions of a document after it; its argument is the document URI. */
export const RENUMBER_VERSIONS_COMMAND = 'unres.renumberVersions';

/** The code action kind of "fix all safe problems". */
export const FIX_ALL_KIND = 'source.fixAll.unres';
