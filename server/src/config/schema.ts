import { RULES } from '../rules';
import { SEVERITY_SETTINGS } from '../settings';

/**
 * The JSON schema of `.unres.json`, contributed to VS Code for completion and validation (build.mjs writes
 * it to dist/). The rule codes come from the registry, so a new rule is in the schema without an edit here.
 */
export function configSchema(): Record<string, unknown> {
  const severity = { type: 'string', enum: [...SEVERITY_SETTINGS] };
  const rules = {
    type: 'object',
    description: 'How each rule is reported (error, warning, information, hint or off).',
    additionalProperties: false,
    properties: Object.fromEntries(RULES.map((r) => [r.code, { ...severity, description: `${r.description.en} (default: ${r.defaultSeverity})` }])),
  };
  const stringOrList = { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] };
  const language = { type: 'string', enum: ['auto', 'en', 'fr', 'es'], description: 'The language of the drafts; "auto" detects it.' };
  const versions = { description: 'Language versions of a draft beyond their file names, relative to this file: globs (each matching the versions of one text), or an object from a file to its other versions. The editor setting unres.versions, when set, wins.', anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'object' }] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'unres configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: { ...stringOrList, description: 'Configuration files this one starts from, relative to it.' },
      language,
      rules,
      versions,
      catalogue: { type: 'string', description: 'A TSV file of resolutions (number, date, subject), relative to this file.' },
      ignore: { ...stringOrList, description: 'Files not to check: globs relative to this file, as in .gitignore.' },
      overrides: {
        type: 'array',
        description: 'Settings for some files only; later entries win.',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: { files: { ...stringOrList, description: 'Globs relative to this file.' }, language, rules, versions },
        },
      },
    },
  };
}

/** The schema for a package.json: its `unres` key is the same configuration. */
export function packageJsonSchema(): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: { unres: configSchema() } };
}
