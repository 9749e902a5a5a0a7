import { existsSync, statSync } from 'node:fs';
import { runSuiteInCodeServer, type SuiteOutcome } from './codeServerRoute';
import { findVSCode, runSuiteInElectron } from './electronRoute';
import { missingForCodeServer, SUITE_DIR, VSIX } from './environment';
import { runUiCheck } from './ui/uiCheck';

/**
 * `npm run test:e2e`: runs the extension test suite (test/e2e/suite) inside real VS Code, then the
 * user's-eye check of the packaged extension in the code-server workbench.
 *
 * Route: `@vscode/test-electron` when VSCODE_EXECUTABLE names a VS Code or one can be downloaded;
 * otherwise code-server (installed by scripts/setup-e2e.sh) driven by headless Chromium. UNRES_E2E_ROUTE
 * (`electron` or `code-server`) forces one. The run prints which route it took and exits non-zero when any
 * test fails.
 */
async function main(): Promise<number> {
  const started = Date.now();
  if (!existsSync(SUITE_DIR)) {
    console.error('e2e: the suite is not compiled; run `npm run build` (or `npm run test:e2e`, which builds) first');
    return 2;
  }
  const forced = process.env.UNRES_E2E_ROUTE;
  const missing = missingForCodeServer();
  const setupHint = 'install it with `bash scripts/setup-e2e.sh`';

  let outcome: SuiteOutcome;
  let route: string;
  const vscode = forced === 'code-server' ? { reason: 'UNRES_E2E_ROUTE=code-server' } : await findVSCode();
  if (vscode.executable && forced !== 'code-server') {
    route = `@vscode/test-electron (${vscode.reason})`;
    console.log(`e2e: route: ${route}`);
    outcome = await runSuiteInElectron(vscode.executable);
  } else if (forced === 'electron') {
    console.error(`e2e: UNRES_E2E_ROUTE=electron but ${vscode.reason}`);
    return 2;
  } else {
    route = `code-server + headless Chromium (${vscode.reason})`;
    console.log(`e2e: route: ${route}`);
    if (missing.length > 0) {
      console.error(`e2e: the code-server route needs ${missing.join(', ')}; ${setupHint}`);
      return 2;
    }
    outcome = await runSuiteInCodeServer();
  }
  const suiteSeconds = (Date.now() - started) / 1000;
  console.log(`e2e: extension suite exit code ${outcome.exitCode} (${suiteSeconds.toFixed(1)} s)`);

  // The UI check drives the code-server workbench, so it needs that route's tools and the packaged .vsix.
  let uiPassed = 0;
  let uiFailed = 0;
  if (process.env.UNRES_E2E_SKIP_UI) {
    console.log('e2e: UI check skipped (UNRES_E2E_SKIP_UI)');
  } else if (missing.length > 0) {
    console.log(`e2e: UI check skipped: it needs ${missing.join(', ')}; ${setupHint}`);
  } else if (!existsSync(VSIX)) {
    console.error(`e2e: UI check needs ${VSIX}: run \`npm run package\` first`);
    uiFailed = 1;
  } else {
    console.log(`\nUI check in the code-server workbench (packaged extension, ${(statSync(VSIX).size / 1024).toFixed(0)} KB)`);
    const uiStarted = Date.now();
    const steps = await runUiCheck();
    uiPassed = steps.filter((s) => s.ok).length;
    uiFailed = steps.length - uiPassed;
    console.log(`e2e: UI check: ${uiPassed} passed, ${uiFailed} failed (${((Date.now() - uiStarted) / 1000).toFixed(1)} s)`);
  }

  const passed = outcome.passed + uiPassed;
  const failed = outcome.failed + uiFailed;
  console.log(`e2e: route ${route}; ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed > 0 || outcome.exitCode !== 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
