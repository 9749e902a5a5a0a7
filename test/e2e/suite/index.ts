import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

/**
 * The extension test entry, the contract shared by `@vscode/test-electron` and code-server's test payload:
 * VS Code loads this module inside the extension host and calls `run()`. A rejection makes the host exit
 * with code 1, which the runner turns into a failed `npm run test:e2e`.
 */
export function run(): Promise<void> {
  // Colours off: the output travels through the browser console (code-server) or a pipe (Electron).
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60000 });
  // code-server forwards the extension host's console to the runner without applying printf-style
  // arguments (and the host does not let console.log be replaced), so the reporter formats its lines.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  // Its tick and cross symbols come coloured when the environment says CI=true: plain ones read better in
  // the forwarded log.
  Mocha.reporters.Base.symbols.ok = '✔';
  Mocha.reporters.Base.symbols.err = '✖';
  // Files run in name order, so the settings test (which reconfigures the server) comes last.
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort()) {
    mocha.addFile(join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      console.log(`e2e suite: ${passed} passed, ${failures} failed`);
      // The runner (test/e2e/run.ts) reads the counts back from this file for the run's closing line.
      const summaryFile = process.env.UNRES_E2E_SUMMARY;
      if (summaryFile) writeFileSync(summaryFile, JSON.stringify({ passed, failed: failures }));
      if (failures > 0) reject(new Error(`${failures} end-to-end test(s) failed`));
      else resolve();
    });
  });
}
