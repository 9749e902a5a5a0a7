import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { CHROMIUM, type RunFolders } from './environment';

/**
 * Debian's Chromium, headless, with a fresh profile. The background-networking flags keep it from trying
 * to reach the vendor's services, which this machine's closed network would refuse again and again.
 */
export async function launchBrowser(folders: RunFolders): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(folders.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    env: folders.env,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=en-US',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** The workbench URL of a folder, with a payload the smoke test driver passes to the workbench. */
export function workbenchUrl(origin: string, folder: string, payload: [string, string][]): string {
  const query = new URLSearchParams({ folder, payload: JSON.stringify(payload) });
  return `${origin}/?${query.toString()}`;
}
