import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { join } from 'node:path';
import { createRunFolders, E2E_DIR, readSummary, SUITE_DIR } from './environment';
import { ROOT } from '../support/paths';
import { outcomeOf, type SuiteOutcome } from './codeServerRoute';

/**
 * A VS Code desktop build for `@vscode/test-electron`: the one named by VSCODE_EXECUTABLE, else one
 * downloaded into `.e2e/vscode-test` (kept there for later runs). Undefined, with the reason, when neither
 * is possible, as on machines that reach only package registries.
 */
export async function findVSCode(): Promise<{ executable?: string; reason: string }> {
  const named = process.env.VSCODE_EXECUTABLE;
  if (named) return { executable: named, reason: `VSCODE_EXECUTABLE=${named}` };
  // VS Code desktop needs a display; without one a download would only be followed by a failed start.
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'no display for VS Code desktop (set VSCODE_EXECUTABLE and DISPLAY to use it)' };
  }
  try {
    const executable = await downloadAndUnzipVSCode({ cachePath: join(E2E_DIR, 'vscode-test'), timeout: 15000 });
    return { executable, reason: 'VS Code downloaded by @vscode/test-electron' };
  } catch (error) {
    return { reason: `VS Code cannot be downloaded here (${error instanceof Error ? error.message.split('\n')[0] : String(error)})` };
  }
}

/** Runs the same `run()` suite in VS Code desktop through `@vscode/test-electron`. */
export async function runSuiteInElectron(executable: string): Promise<SuiteOutcome> {
  const folders = createRunFolders('electron');
  try {
    const exitCode = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_DIR,
      extensionTestsEnv: { HOME: folders.home, UNRES_E2E_SUMMARY: folders.summaryFile },
      launchArgs: [
        folders.workspace,
        '--user-data-dir', folders.userData,
        '--extensions-dir', folders.extensions,
        '--disable-workspace-trust',
        '--disable-telemetry',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    }).catch(() => 1); // runTests rejects on a non-zero exit; the suite's own output already explains it.
    return outcomeOf(exitCode, readSummary(folders));
  } finally {
    folders.dispose();
  }
}
