/**
 * What the editor asks for after a draft's first analysis (hover, completion, quick fixes and "fix all",
 * renumbering and its commands, go to definition, the quick fixes that silence a rule): a room of its own, dist/editing.js,
 * loaded on the first such request (editing/lazy.ts). The modules it shares with the server (the analysis,
 * the citations, the lexicons…) are the server's own instances, not copies: see scripts/bundles.mjs.
 */
export { amendmentDefinition } from '../features/amendments';
export { computeCodeActions, fixAll } from '../features/codeActions';
export { computeCompletions } from '../features/completion';
export { computeHover } from '../features/hover';
export { renumber } from '../features/renumber';
export { renumberFollowing } from '../features/renumberVersions';
export { silencingActions } from '../lsp/silenceActions';
export { applyAmendmentsRequest } from '../lsp/applyAmendments';
export { versionsHover } from '../lsp/versionsHover';
export { renumberCommands } from '../lsp/renumber';
