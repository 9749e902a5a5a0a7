import { RULES } from '../rules';

/**
 * The `.unres.json` that `unres init` writes: every key, commented, with the rules listed from the registry
 * at their default levels so that a team sees what it can change.
 */
export function initialConfigText(): string {
  const width = Math.max(...RULES.map((r) => r.code.length)) + 3;
  const rules = RULES.map((r) => `    // ${`"${r.code}":`.padEnd(width)} "${r.defaultSeverity}",`).join('\n');
  return `// Configuration of unres, the drafting assistant for UN resolutions.
// Read by the command line (unres check), by the language server in every editor and so by CI.
// Settings made in the editor override this file. JSON with comments.
{
  // Another configuration file whose settings this one starts from (relative to this file).
  // "extends": "../shared/.unres.json",

  // The language of the drafts: "auto" (from the organ line and the leading phrases), "en", "fr" or "es".
  "language": "auto",

  // How each rule is reported: "error", "warning", "information", "hint" or "off".
  // Uncomment a line to change its level from the default shown.
  "rules": {
${rules}
  },

  // Files and folders not to check (globs, relative to this file, as in .gitignore).
  "ignore": ["node_modules/", "archive/**"],

  // A TSV file of resolutions (number, date, subject) that extends the built-in citation facts.
  // "catalogue": "catalogue.tsv",

  // Settings for some of the files only; later entries win.
  "overrides": [
    // { "files": "drafts/ga/**", "rules": { "citation-unknown": "off" } }
  ]
}
`;
}
