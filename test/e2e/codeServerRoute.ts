import { launchBrowser, workbenchUrl } from './browser';
import { startCodeServer } from './codeServer';
import { createRunFolders, SUITE_DIR } from './environment';
import { ROOT } from '../support/paths';

/** What a run of the extension test suite came to. */
export interface SuiteOutcome {
  readonly exitCode: number;
  readonly passed: number;
  readonly failed: number;
}

/** Routine workbench log lines, hidden unless UNRES_E2E_VERBOSE is set (the suite's output always shows). */
const WORKBENCH_CHATTER =
  /^(Ignoring fetching additional builtin extensions|Updating additional builtin extensions|Creating a socket|Resolv(ing|ed) connection token|\[reconnection-grace-time\]|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\])/;

/** The suite's own summary line (printed by suite/index.ts), read back from its output. */
export const SUMMARY = /^e2e suite: (\d+) passed, (\d+) failed/m;

/**
 * Runs the extension test suite inside real VS Code served by code-server: the workbench in headless
 * Chromium reads the test payload (extension under development + tests), the extension host runs `run()`
 * and reports its exit code to `codeAutomationExit`; its console comes back through `codeAutomationLog`.
 */
export async function runSuiteInCodeServer(timeoutMs = 300000): Promise<SuiteOutcome> {
  const folders = createRunFolders('suite');
  const server = await startCodeServer(folders);
  const { context, page } = await launchBrowser(folders);
  let output = '';
  try {
    const exit = new Promise<number>((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.exposeFunction('codeAutomationLog', (level: string, message: unknown) => {
      const body = Array.isArray(message) ? message.join(' ') : String(message);
      const text = level === 'info' ? body : `[${level}] ${body}`;
      output += `${text}\n`;
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
    const summary = SUMMARY.exec(output);
    return { exitCode, passed: Number(summary?.[1] ?? 0), failed: Number(summary?.[2] ?? (exitCode === 0 ? 0 : 1)) };
  } finally {
    await context.close();
    await server.stop();
    folders.dispose();
  }
}
