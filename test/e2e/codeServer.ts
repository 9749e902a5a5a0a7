import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { CODE_SERVER_ENTRY, NODE24, type RunFolders } from './environment';

/** Editor settings for a quiet, reproducible workbench: no welcome page, tips, updates or telemetry. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.colorTheme': 'Default Light Modern',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'window.commandCenter': false,
  // No empty chat side bar taking a third of the screenshots.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'editor.minimap.enabled': false,
  'editor.wordWrap': 'on',
  'files.autoSave': 'off',
  // Paragraphs and subparagraphs show at once in the outline screenshot.
  'outline.collapseItems': 'alwaysExpand',
};

export interface CodeServer {
  readonly port: number;
  readonly origin: string;
  /** A `vscode-remote:` URI of a path on this machine, as the workbench in the browser names it. */
  remoteUri(path: string): string;
  /** Stops the server by its PID and waits for it to exit. */
  stop(): Promise<void>;
  output(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Whether any process of the group led by `pid` is still running (signal 0 only checks). */
function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

function commonArgs(folders: RunFolders): string[] {
  return ['--user-data-dir', folders.userData, '--extensions-dir', folders.extensions, '--disable-telemetry', '--disable-update-check'];
}

/** Installs a packaged extension into the run's extensions folder with code-server's own CLI. */
export function installExtension(folders: RunFolders, vsix: string): string {
  const result = spawnSync(NODE24, [CODE_SERVER_ENTRY, ...commonArgs(folders), '--install-extension', vsix], {
    env: folders.env,
    encoding: 'utf8',
    timeout: 120000,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.status !== 0 || !/successfully installed/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}): ${output}`);
  }
  return output;
}

/**
 * Starts code-server on a free loopback port with the run's folders and waits until it answers. The smoke
 * test driver option makes the workbench read the `payload` query parameter (test suite, file to open).
 */
export async function startCodeServer(folders: RunFolders): Promise<CodeServer> {
  const settingsDir = join(folders.userData, 'User');
  mkdirSync(settingsDir, { recursive: true });
  writeFileSync(join(settingsDir, 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    ...commonArgs(folders),
    folders.workspace,
  ];
  // In a process group of its own, so that its children (extension host, file watcher) can be waited for
  // and, if they linger, ended together with it: by the group of the PID started here, nothing else.
  const child: ChildProcess = spawn(NODE24, args, { env: folders.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const pid = child.pid!;
  const killGroup = (): void => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  // If the runner itself is interrupted, do not leave the editor running.
  process.once('exit', killGroup);
  let log = '';
  child.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  // Bounded polling of the health endpoint: the server is up when it answers, or failed when it exits.
  const deadline = Date.now() + 60000;
  for (;;) {
    if (hasExited) throw new Error(`code-server exited before it answered (exit ${child.exitCode}):\n${log}`);
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup();
      throw new Error(`code-server did not answer on ${origin} within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    port,
    origin,
    remoteUri: (path) => `vscode-remote://127.0.0.1:${port}${path}`,
    output: () => log,
    stop: async () => {
      if (!hasExited) {
        process.kill(pid, 'SIGTERM');
        const ended = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 10000))]);
        if (!ended) {
          process.kill(pid, 'SIGKILL');
          await exited;
        }
      }
      // Its extension host and file watcher children take a few seconds to follow: wait for the group to
      // empty (bounded), then end what is left of it.
      const deadline = Date.now() + 8000;
      while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      killGroup();
      process.removeListener('exit', killGroup);
    },
  };
}
