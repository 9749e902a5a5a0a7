import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { JsonDiagnostic } from '../../../server/src/cli/check';
import { ROOT } from '../../support/paths';

/**
 * Neovim's built-in LSP client (a real editor other than VS Code) against the bundled server: the
 * diagnostics Neovim holds for a draft must be exactly those `unres check` reports on the same file.
 * Skipped when nvim (0.7 or later) is not installed; `scripts/setup-e2e.sh` installs it.
 * UNRES_NVIM_SERVER names another server script (used to show that a broken server fails this test).
 */

const SCRIPT = join(ROOT, 'test', 'e2e', 'neovim', 'diagnostics.lua');
const FIXTURES = join(ROOT, 'test', 'e2e', 'fixtures');
const SERVER = process.env.UNRES_NVIM_SERVER ?? join(ROOT, 'dist', 'server.js');
const CLI = join(ROOT, 'dist', 'cli.js');

interface NvimDiagnostic {
  line: number;
  col: number;
  end_line: number;
  end_col: number;
  severity: number;
  code?: string;
  message: string;
}
interface NvimReport {
  received: boolean;
  diagnostics: NvimDiagnostic[];
  server_exit?: { code: number; signal: number };
  note?: string;
}

function nvimVersion(): [number, number] | undefined {
  const result = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  const match = result.error ? null : /NVIM v(\d+)\.(\d+)/.exec(result.stdout);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Opens `fixture` in headless Neovim with the server attached and returns what Neovim received. */
function diagnosticsInNeovim(fixture: string, filetype: string): NvimReport {
  const home = mkdtempSync(join(tmpdir(), 'unres-nvim-'));
  try {
    const out = join(home, 'report.json');
    const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
      encoding: 'utf8',
      timeout: 30000,
      // Neovim writes its LSP log under HOME/XDG folders: keep them in the temporary folder.
      env: {
        ...process.env,
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_CACHE_HOME: join(home, 'cache'),
        XDG_DATA_HOME: join(home, 'data'),
        XDG_STATE_HOME: join(home, 'state'),
        UNRES_NODE: process.execPath,
        UNRES_SERVER: SERVER,
        UNRES_DRAFT: isAbsolute(fixture) ? fixture : join(FIXTURES, fixture),
        UNRES_FILETYPE: filetype,
        UNRES_OUT: out,
        UNRES_TIMEOUT_MS: '10000',
      },
    });
    let report: NvimReport;
    try {
      report = JSON.parse(readFileSync(out, 'utf8')) as NvimReport;
    } catch {
      throw new Error(`Neovim wrote no report (exit ${result.status}, ${result.error?.message ?? ''}):\n${result.stderr}`);
    }
    assert.ok(
      report.received,
      `Neovim received no diagnostics from the server (nvim exit ${result.status}; server exit ${JSON.stringify(report.server_exit ?? null)}; ${report.note ?? ''})`,
    );
    assert.equal(result.status, 0, `nvim exited with ${result.status}: ${result.stderr}`);
    return report;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** What the CLI reports on the same file, in Neovim's terms (0-based lines, byte columns, severity 1..4). */
function expectedFromCli(fixture: string): NvimDiagnostic[] {
  const file = isAbsolute(fixture) ? fixture : join(FIXTURES, fixture);
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', file], { encoding: 'utf8' });
  const reported = JSON.parse(result.stdout) as JsonDiagnostic[];
  const lines = readFileSync(file, 'utf8').split('\n');
  // The CLI counts columns in UTF-16 code units; Neovim in bytes of the line.
  const byteColumn = (line: number, column: number): number => Buffer.byteLength((lines[line - 1] ?? '').slice(0, column - 1));
  const severity: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };
  return reported.map((d) => ({
    line: d.line - 1,
    col: byteColumn(d.line, d.column),
    end_line: d.endLine - 1,
    end_col: byteColumn(d.endLine, d.endColumn),
    severity: severity[d.severity] ?? 0,
    code: d.code,
    message: d.message,
  }));
}

const key = (d: NvimDiagnostic): string => `${d.line + 1}:${d.col + 1}-${d.end_line + 1}:${d.end_col + 1} s${d.severity} ${d.code} ${d.message}`;

describe('Neovim LSP client', function () {
  this.timeout(40000);
  before(function () {
    const version = nvimVersion();
    if (!version || version[0] * 100 + version[1] < 7) {
      console.log(`      (skipped: Neovim 0.7 or later not found; scripts/setup-e2e.sh installs it)`);
      this.skip();
    }
  });

  it('receives the diagnostics of a .unres draft from dist/server.js --stdio', () => {
    const report = diagnosticsInNeovim('draft.unres', 'unres');
    const got = report.diagnostics.map(key).sort();
    // A fixed fault the test knows independently of the CLI: "4." follows "2." on line 15.
    assert.ok(
      report.diagnostics.some((d) => d.code === 'operative-numbering' && d.line === 14 && d.col === 0 && d.end_col === 1 && d.severity === 1),
      `no operative-numbering error on line 15 in Neovim: ${got.join(' | ')}`,
    );
    assert.deepEqual(got, expectedFromCli('draft.unres').map(key).sort());
  });

  it('receives the diagnostics of a Markdown draft (filetype markdown)', () => {
    const report = diagnosticsInNeovim('projet.md', 'markdown');
    const got = report.diagnostics.map(key).sort();
    assert.ok(
      report.diagnostics.some((d) => d.code === 'operative-numbering' && d.line === 12 && d.severity === 1),
      `no operative-numbering error on line 13 in Neovim: ${got.join(' | ')}`,
    );
    assert.deepEqual(got, expectedFromCli('projet.md').map(key).sort());
  });

  it('reads the same .unres.json as the command line: the same diagnostics, different from the defaults', () => {
    const dir = mkdtempSync(join(tmpdir(), 'unres-nvim-config-'));
    try {
      const draft = join(dir, 'draft.unres');
      copyFileSync(join(FIXTURES, 'draft.unres'), draft);
      const defaults = expectedFromCli(draft).map(key).sort();
      writeFileSync(join(dir, '.unres.json'), '// team settings\n{ "rules": { "italic-lead": "error", "operative-numbering": "off" } }\n');
      const report = diagnosticsInNeovim(draft, 'unres');
      const got = report.diagnostics.map(key).sort();
      assert.deepEqual(got, expectedFromCli(draft).map(key).sort());
      assert.notDeepEqual(got, defaults);
      assert.ok(!report.diagnostics.some((d) => d.code === 'operative-numbering'), got.join(' | '));
      assert.ok(report.diagnostics.some((d) => d.code === 'italic-lead' && d.severity === 1), got.join(' | '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
