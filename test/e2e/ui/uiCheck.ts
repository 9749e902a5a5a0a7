import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, workbenchUrl } from '../browser';
import { installExtension, startCodeServer } from '../codeServer';
import { createRunFolders, IMAGES_DIR, VSIX } from '../environment';

/**
 * The user's-eye check: the packaged extension installed into code-server the way a user installs it, a
 * draft opened in the workbench, and what a person sees asserted on the page itself: squiggles under the
 * faults, rows in the Problems panel, the outline, the renumber command from the command palette.
 * Screenshots of each state go to docs/images/ for the README.
 */

export interface UiStep {
  readonly name: string;
  readonly ok: boolean;
  readonly error?: string;
}

const WAIT = 30000;

/** Runs a command from the command palette (F1), as a user would, by its title. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: WAIT });
  await input.fill(`>${title}`);
  const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
  await row.waitFor({ state: 'visible', timeout: WAIT });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT });
}

/** The text of the editor's visible lines, as rendered (spaces are non-breaking in the DOM). */
async function editorText(editor: Locator): Promise<string> {
  return (await editor.locator('.view-lines').innerText()).replace(/\u00a0/g, ' ');
}

/** Bounded polling of what the page shows, for changes that no DOM event names. */
async function waitUntil<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + WAIT;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${WAIT} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function runUiCheck(): Promise<UiStep[]> {
  const steps: UiStep[] = [];
  const step = async (name: string, body: () => Promise<void>): Promise<void> => {
    const started = Date.now();
    try {
      await body();
      steps.push({ name, ok: true });
      console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      steps.push({ name, ok: false, error: message });
      console.log(`  ✘ ${name}\n    ${message.replace(/\n/g, '\n    ')}`);
    }
  };

  const folders = createRunFolders('ui');
  console.log(`installing ${VSIX} into code-server`);
  installExtension(folders, VSIX);
  const server = await startCodeServer(folders);
  const { context, page } = await launchBrowser(folders);
  mkdirSync(IMAGES_DIR, { recursive: true });
  const shot = (name: string) => page.screenshot({ path: join(IMAGES_DIR, name) });
  try {
    const draft = join(folders.workspace, 'draft.unres');
    await page.goto(workbenchUrl(server.origin, folders.workspace, [['openFile', server.remoteUri(draft)]]));
    const editor = page.locator('.editor-instance .monaco-editor').first();

    await step('the packaged extension underlines the faults of a draft', async () => {
      await editor.locator('.view-lines').waitFor({ state: 'visible', timeout: WAIT });
      await page.locator('.tab.active', { hasText: 'draft.unres' }).waitFor({ timeout: WAIT });
      // "4." follows "2." (error), "Urges" is not italic (warning).
      await editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: WAIT });
      await editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: WAIT });
    });

    await step('the Problems panel lists each fault with its rule and position', async () => {
      await runCommand(page, 'View: Toggle Problems');
      const rows = page.locator('.markers-panel .monaco-list-row');
      const numbering = rows.filter({ hasText: 'operative-numbering' });
      await numbering.first().waitFor({ state: 'visible', timeout: WAIT });
      assert.match(await numbering.first().innerText(), /\[Ln 15, Col 1\]/, 'the numbering error sits on "4." (line 15)');
      const italic = rows.filter({ hasText: 'italic-lead' });
      await italic.first().waitFor({ state: 'visible', timeout: WAIT });
      assert.match(await italic.first().innerText(), /\[Ln 9, Col 4\]/, 'the italic-lead warning sits on "Urges" (line 9)');
      // Point at the squiggled "4" so that the screenshot shows the message as a user sees it on hover. The
      // panel that just opened can still move the editor, and a hover needs the mouse to move over the
      // squiggle: the box is read again and the pointer moved across it until the hover shows.
      const hover = page.locator('.monaco-hover', { hasText: 'operative-numbering' }).first();
      await waitUntil(async () => {
        const box = await editor.locator('.squiggly-error').first().boundingBox();
        assert.ok(box, 'the error squiggle has no box on screen');
        await page.mouse.move(box.x + 1, box.y + box.height / 2);
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
        return (await hover.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) || undefined;
      }, 'the hover of the numbering error');
      await shot('diagnostics.png');
      await page.mouse.move(5, 400);
      await page.keyboard.press('Escape');
    });

    await step('the outline shows the preamble, the operative part and the paragraphs', async () => {
      await runCommand(page, 'View: Hide Panel');
      await runCommand(page, 'Explorer: Focus on Outline View');
      // Collapse the file list so that the outline has the whole side bar.
      await page.locator('.pane-header', { hasText: 'workspace' }).first().click();
      const outline = page.locator('.outline-pane');
      await outline.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: WAIT });
      await outline.locator('.monaco-list-row', { hasText: 'Condemns' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await outline.locator('.monaco-list-row', { hasText: 'Recalling' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await shot('outline.png');
    });

    await step('the renumber command from the command palette renumbers the draft', async () => {
      assert.match(await editorText(editor), /^4\. \*Requests\*/m);
      await editor.click({ position: { x: 200, y: 10 } });
      await runCommand(page, 'Renumber operative paragraphs');
      const text = await waitUntil(async () => {
        const now = await editorText(editor);
        return /^3\. \*Requests\*/m.test(now) ? now : undefined;
      }, 'the editor to show "3. *Requests*"');
      assert.match(text, /^4\. \*Calls upon\* Member States to implement paragraph 3 above;/m);
      assert.match(text, /^5\. \*Decides\*/m);
      // The numbering error is gone; the italic-lead warning stays (renumbering fixes numbers only).
      await editor.locator('.squiggly-error').first().waitFor({ state: 'detached', timeout: WAIT });
      assert.ok((await editor.locator('.squiggly-warning').count()) > 0, 'the italic-lead warning remains');
      // The client says what the command did in the status bar (the README's screenshot shows it).
      await page.locator('.statusbar', { hasText: /renumbered/i }).first().waitFor({ state: 'visible', timeout: WAIT });
      // The outline follows the new numbers (it refreshes after a short delay of its own).
      await page.locator('.outline-pane .monaco-list-row', { hasText: '5. Decides' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await shot('renumber.png');
    });

    await step('the preview opens to the side in the layout of a UN document', async () => {
      await editor.click({ position: { x: 200, y: 10 } });
      await runCommand(page, 'Open Preview to the Side');
      // The webview's page sits in two frames: VS Code's host frame and the page itself.
      const preview = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
      await preview.locator('#page .operative', { hasText: 'Condemns' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await preview.locator('#page .organ em', { hasText: 'The Security Council' }).first().waitFor({ state: 'visible', timeout: WAIT });
      await shot('preview.png');
    });
  } finally {
    await context.close();
    await server.stop();
    folders.dispose();
  }
  return steps;
}
