import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeCatalogueProblem, loadCatalogueSync } from '../citations';
import { applyFileSettings, ConfigStore, describeConfigProblem, settingsForFile, type FileSettings } from '../config';
import { diskReader } from '../config/diskReader';
import type { ResolutionService } from '../service';
import { localeOf, type CliOptions } from './args';
import { makeService } from './context';
import type { CliIo } from './output';

/**
 * The configuration files on the command line: each draft gets the settings of the `.unres.json` (or
 * package.json `unres`) found upward from it, under the options given (--lang, --rules, --catalogue win).
 * `--no-config` reads none. A problem in a configuration file is one line on stderr, once; the check goes on
 * with the settings that could be read.
 */
export class CliConfig {
  private readonly store: ConfigStore | undefined;
  private readonly reported = new Set<string>();
  private readonly services = new Map<string, ResolutionService>();

  constructor(
    private readonly options: CliOptions,
    private readonly io: CliIo,
  ) {
    this.store = options.flags.has('--no-config') ? undefined : new ConfigStore(diskReader);
  }

  /** What the configuration says about a file (path as given on the command line). */
  settingsFor(file: string): FileSettings {
    if (!this.store) return { ignored: false };
    const config = this.store.forFile(resolve(file));
    for (const problem of config?.problems ?? []) this.say(`unres: ${describeConfigProblem(problem, localeOf(this.options))}`);
    return settingsForFile(config, resolve(file));
  }

  /** A problem with a configuration or catalogue file, said once however many drafts it concerns. */
  private say(line: string): void {
    if (!this.reported.has(line)) this.io.err(line);
    this.reported.add(line);
  }

  /** Whether this line was said already (a thread of a large check says the same problems again). */
  said(line: string): boolean {
    return this.reported.has(line);
  }

  /** The service to check a file with: one per catalogue (the option's, else the configuration's). */
  serviceFor(file: string): ResolutionService {
    const catalogue = this.options.values.get('--catalogue') ?? this.settingsFor(file).catalogue ?? '';
    let service = this.services.get(catalogue);
    if (!service) {
      const sayOnce: CliIo = { ...this.io, err: (line) => this.say(line) };
      service = this.options.values.has('--catalogue') || catalogue === '' ? makeService(this.options, sayOnce) : this.withCatalogue(catalogue);
      service.setSettingsResolver((uri, configured) => applyFileSettings(configured, this.settingsFor(fileURLToPath(uri))));
      this.services.set(catalogue, service);
    }
    return service;
  }

  private withCatalogue(path: string): ResolutionService {
    const service = makeService(this.options, this.io);
    const loaded = loadCatalogueSync(path);
    if (loaded.problem) this.say(`unres: ${describeCatalogueProblem(loaded.problem, localeOf(this.options))}`);
    service.setCatalogue(loaded.catalogue);
    return service;
  }
}
