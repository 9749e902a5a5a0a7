import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { Locale } from '../messages';
import { type Catalogue, describeCatalogueProblem, loadCatalogue } from './catalogue';

/**
 * The `unres.catalogue` setting in the language server: the file is read when the setting names a new one
 * (never on a keystroke), a problem with it is shown once per file, and the setting is ignored in an
 * untrusted workspace because it makes the server read a file the workspace chose.
 */
export interface CatalogueSettingHost {
  /** Whether the workspace is trusted (the client says so in initializationOptions). */
  trusted(): boolean;
  /** The first workspace folder, against which a relative path is read. */
  root(): string | undefined;
  locale(): Locale;
  /** Shows a warning to the user (window/showMessage). */
  warn(message: string): void;
  /** Writes to the server log. */
  log(message: string): void;
  /** Installs the catalogue (undefined: built-in facts only) and re-checks open documents. */
  apply(catalogue: Catalogue | undefined): void;
}

export interface CatalogueSetting {
  /** Takes the setting's current value; resolves when the file has been read (or nothing changed). */
  update(value: unknown): Promise<void>;
}

export function createCatalogueSetting(host: CatalogueSettingHost): CatalogueSetting {
  let current: string | undefined;
  const reported = new Set<string>();
  let refusalLogged = false;

  const resolvePath = (value: string): string => {
    const root = host.root();
    let path = value.replace(/\$\{workspaceFolder\}/g, root ?? '.');
    if (path === '~' || path.startsWith('~/')) path = homedir() + path.slice(1);
    return isAbsolute(path) ? path : resolve(root ?? process.cwd(), path);
  };

  return {
    async update(value) {
      let requested = typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
      if (requested && !host.trusted()) {
        if (!refusalLogged) host.log('unres: the "unres.catalogue" setting is ignored because the workspace is not trusted.');
        refusalLogged = true;
        requested = undefined;
      }
      const path = requested ? resolvePath(requested) : undefined;
      if (path === current) return;
      current = path;
      if (!path) {
        host.apply(undefined);
        return;
      }
      const load = await loadCatalogue(path);
      if (current !== path) return; // the setting changed again while the file was read
      if (load.problem) {
        const key = `${path}\u0000${load.problem.kind}`;
        if (!reported.has(key)) {
          reported.add(key);
          host.warn(describeCatalogueProblem(load.problem, host.locale()));
        }
      }
      host.apply(load.catalogue);
    },
  };
}
