// Debian's headless Chromium for the bench, with a throw-away profile; every page in its own browser context, and
// every console warning or error, page error and request outside the bench server collected as a problem.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../chromium.mjs';

export async function startBrowser(origin) {
  const profile = mkdtempSync(join(tmpdir(), 'dermakit-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 800 },
    args: chromiumArgs,
  });
  const problems = [];
  /** A fresh page in a fresh browser context: { page, close }. */
  async function freshPage() {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn')
        problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:'))
        problems.push(`request outside the bench server: ${request.url()}`);
    });
    return { page, close: () => context.close() };
  }
  return {
    version: await browser.version(),
    problems,
    freshPage,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
