// Builds, serves and opens the explorer for the browser tests, the bench and the
// screenshot: a Vite build into any folder, Vite's static preview server on 127.0.0.1, and
// Debian's Chromium (found by path) driven by playwright-core.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, chromium } from 'playwright-core';
import { build, type InlineConfig, preview } from 'vite';

const CONFIG = fileURLToPath(new URL('./vite.config.ts', import.meta.url));

/**
 * Builds the site into `outDir`. `overrides` is merged into site/vite.config.ts (the
 * injection test points the package name at a copy of the package with a hostile station).
 */
export async function buildSite(outDir: string, overrides: InlineConfig = {}): Promise<void> {
  await build({
    ...overrides,
    configFile: CONFIG,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Serves a built site from 127.0.0.1 on a free port; `close` stops the server. */
export async function serveSite(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: CONFIG,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('serveSite: the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/**
 * The gzip budget of the page's HTML, JavaScript (code and data) and CSS, in bytes, which
 * test/explorer.test.ts enforces: 250 KiB in all, the budget of the explorer for people who
 * publish numbers (raised from 200 KiB in 3.1.0 for the chart over time, the country view,
 * the search box and date-fns). Raise it only with a reason in bench/RESULTS.md.
 */
export const PAGE_BUDGET = 250 * 1024;
/** The gzip budget of one prerendered page (site/pages.ts) with its stylesheet and script. */
export const PRERENDERED_BUDGET = 32 * 1024;

/** Whether a file of the built site is the explorer page's own, not a prerendered page's (site/pages.ts). */
export const isExplorerFile = (file: string) => !/^(station|country|pages)\/|^(pages\.css|embed\.js)$/.test(file);

/** What each file of a built site weighs, raw and gzipped (level 9), largest first. */
export function siteFiles(outDir: string): { file: string; bytes: number; gzipped: number }[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const content = readFileSync(path);
      return { file: relative(outDir, path), bytes: content.length, gzipped: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipped - a.gzipped);
}

/** Where Chromium is: `CHROMIUM_PATH`, or Debian's package at /usr/bin/chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags the browser tests run Chromium with (a fresh profile is added per launch). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts headless Chromium with a fresh profile in a temporary folder. Throws, saying how
 * to get a browser, when there is none at `CHROMIUM`: the browser tests never skip.
 */
export async function launchChromium(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. The explorer's browser tests need one: on Debian or Ubuntu run \`apt-get update && apt-get install -y chromium\` (as .ci/run does), or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'ops-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
