import { RULES } from '../rules';
import { localeOf, type CliOptions } from './args';
import { writeJsonList, type CliIo } from './output';

/** `rules`: every rule with its code, default severity and description in the message language. */
export function rules(options: CliOptions, io: CliIo): number {
  const locale = localeOf(options);
  const list = RULES.map((r) => ({ code: r.code, severity: r.defaultSeverity, description: r.description[locale] }));
  if (options.format !== 'text') writeJsonList(io, options.format, list);
  else for (const r of list) io.out(`${r.code.padEnd(24)} ${r.severity.padEnd(12)} ${r.description}`);
  return 0;
}
