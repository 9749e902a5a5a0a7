import { launchBrowser, workbenchUrl } from './browser';
import { startCodeServer } from './codeServer';
import { createRunFolders, readSummary, SUITE_DIR } from './environment';
import { ROOT } from '../support/paths';

/** What a run of the extension test suite came to. */
export interface SuiteOutcome {
  readonly exitCode: number;
  readonly passed: number;
  readonly failed: number;
}

/** A run that never reported its counts (it crashed or timed out) counts as one failure. */
export function outcomeOf(exitCode: number, summary: { passed: number; failed: number } | undefined): SuiteOutcome {
  if (!summary) return { exitCode, passed: 0, failed: 1 };
  return { exitCode, passed: summary.passed, failed: exitCode === 0 ? summary.failed : Math.max(summary.failed, 1) };
}

/** Routine workbench log lines, hidden unless UNRES_E2E_VERBOSE is set (the suite's output always shows). */
const WORKBENCH_CHATTER =
  /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions|Creating a socket|Resolv(ing|ed) connection token|\[reconnection-grace-time\]|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\])/;

/**
 * Runs the extension test suite inside real VS Code served by code-server: the workbench in headless
 * Chromium reads the test payload (extension under development + tests), the extension host runs `run()`
 * and reports its exit code to `codeAutomationExit`; its console comes back through `codeAutomationLog`.
 */
export async function runSuiteInCodeServer(timeoutMs = 300000): Promise<SuiteOutcome> {
  const folders = createRunFolders('suite');
  const server = await startCodeServer(folders);
  const { context, page } = await launchBrowser(folders);
  try {
    let reportExit: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (reportExit = resolve));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
      const body = Array.isArray(message) ? message.join(' ') : String(message);
      const text = level === 'info' ? body : `[${level}] ${body}`;
      if (process.env.UNRES_E2E_VERBOSE || !WORKBENCH_CHATTER.test(body)) process.stdout.write(`${text.replace(/\n?$/, '\n')}`);
    });
    const payload: [string, string][] = [
      ['extensionDevelopmentPath', server.remoteUri(ROOT)],
      ['extensionTestsPath', server.remoteUri(SUITE_DIR)],
    ];
    await page.goto(workbenchUrl(server.origin, folders.workspace, payload));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(-1), timeoutMs);
    });
    const exitCode = await Promise.race([exit, timeout]);
    clearTimeout(timer);
    if (exitCode === -1) {
      console.error(`e2e: the extension host did not finish within ${timeoutMs / 1000} s; code-server said:\n${server.output()}`);
    }
    return outcomeOf(exitCode, readSummary(folders));
  } finally {
    await context.close();
    await server.stop();
    folders.dispose();
  }
}
