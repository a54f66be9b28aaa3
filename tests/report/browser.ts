// Debian's chromium driven by playwright-core (never a browser playwright downloads): one headless page per test file.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const browserPresent = existsSync(CHROMIUM);
export const browserSkipReason = browserPresent ? '' : ` (skipped: no ${CHROMIUM}; install it with apt-get install -y chromium)`;

// The flags Debian's chromium needs headless as root, with nothing reaching out on its own (STACK.md).
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface Opened {
  page: Page;
  /** console errors and uncaught exceptions */
  errors: string[];
  /** every request the page made, its own file included */
  requests: string[];
  /** texts of dialogs (alert, confirm, prompt) the page opened */
  dialogs: string[];
  close(): Promise<void>;
}

/** Opens `file` in a fresh profile and waits until the page says it is ready (data decoded, charts drawn). */
export async function openReport(file: string): Promise<Opened> {
  const profile = mkdtempSync(join(tmpdir(), 'framescope-chromium-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
    const page = context.pages()[0] ?? await context.newPage();
    const errors: string[] = [], requests: string[] = [], dialogs: string[] = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 90_000 });
    const ctx = context;
    return { page, errors, requests, dialogs, close: async () => { await ctx.close(); rmSync(profile, { recursive: true, force: true }); } };
  } catch (e) {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
}

/** What a concordance shows: its count (data-count) once the last filter ran. */
export async function rowCount(page: Page): Promise<number> {
  return Number(await page.locator('#fs-count').getAttribute('data-count'));
}
