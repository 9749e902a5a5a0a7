import { describeCatalogueProblem, loadCatalogueSync } from '../citations';
import { createResolutionService, type ResolutionService } from '../service';
import { DEFAULT_SETTINGS } from '../settings';
import { localeOf, parseRuleLevels, type CliOptions } from './args';
import type { CliIo } from './output';

/** The service a command works with, set up from the options as the editor settings would set it up. */
export function makeService(options: CliOptions, io?: CliIo): ResolutionService {
  const locale = localeOf(options);
  const cataloguePath = options.values.get('--catalogue');
  const loaded = cataloguePath !== undefined ? loadCatalogueSync(cataloguePath) : undefined;
  // A catalogue problem is one line on stderr; the check goes on with the built-in facts.
  if (loaded?.problem) io?.err(`unres: ${describeCatalogueProblem(loaded.problem, locale)}`);
  return createResolutionService({
    ...(loaded?.catalogue ? { catalogue: loaded.catalogue } : {}),
    settings: {
      ...DEFAULT_SETTINGS,
      language: options.lang ?? 'auto',
      locale,
      rules: parseRuleLevels(options.values.get('--rules')),
      ...(options.flags.has('--report-unused-directives') ? { reportUnusedDirectives: true } : {}),
    },
  });
}
