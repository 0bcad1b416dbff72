// The explorer renders every text from the data as text. The page is built as usual, except
// that the package name points at the package with one hostile station added
// (fixtures/hostile-station.ts), whose texts carry <img onerror> and <script> payloads: the
// page must show them literally, create no element from them and run none of them; its
// Chinese name begins with a spreadsheet formula, which the CSV download neutralises.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, launchChromium, serveSite } from '../site/harness.js';
import * as pkg from '../src/index.js';
import { FORMULA_NAME, HOSTILE_ID, payload, withHostileStation } from './fixtures/hostile-station.js';

const root = fileURLToPath(new URL('..', import.meta.url));
let dir: string;
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ops-hostile-'));
  // The package as the page imports it: dist/, with the exports that carry data replaced.
  const entry = join(dir, 'package.js');
  const names = Object.keys(withHostileStation(pkg)).join(', ');
  writeFileSync(
    entry,
    [
      `import * as pkg from ${JSON.stringify(`${root}dist/index.js`)};`,
      `import { withHostileStation } from ${JSON.stringify(`${root}test/fixtures/hostile-station.ts`)};`,
      `export * from ${JSON.stringify(`${root}dist/index.js`)};`,
      `export const { ${names} } = withHostileStation(pkg);`,
    ].join('\n'),
  );
  // One file of JavaScript, which the build's prerendering (site/pages.ts) can import in Node.
  const bundled = join(dir, 'package.bundle.js');
  await esbuild({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile: bundled,
    logLevel: 'warning',
  });
  await buildSite(join(dir, 'site'), { resolve: { alias: [{ find: /^overseas-police-stations$/, replacement: bundled }] } });
  site = await serveSite(join(dir, 'site'));
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the explorer with a hostile station', () => {
  it('shows its texts as text and runs nothing', async () => {
    const page = await browser.context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
    await page.goto(`${site.url}?country=NL&station=${HOSTILE_ID}`);
    await page.waitForSelector('html[data-ready]');

    // The hostile station is there, in map, table and detail, its payloads as plain text.
    expect(await page.$$eval('.station-marker', (els) => els.map((e) => (e as HTMLElement).dataset.id).sort())).toEqual([
      'nl-01',
      'nl-02',
      HOSTILE_ID,
    ]);
    expect(await page.getAttribute(`.station-marker[data-id="${HOSTILE_ID}"]`, 'aria-label')).toContain(payload('city'));
    expect(await page.textContent(`#stations-body tr[data-id="${HOSTILE_ID}"] th`)).toContain(payload('city'));
    expect(await page.textContent('#detail-heading')).toContain(payload('city'));
    expect(await page.textContent('.notes')).toBe(payload('notes'));
    const detail = (await page.textContent('#detail'))!;
    for (const where of ['nameZh', 'opened', 'actor', 'summary', 'publisher', 'title', 'note', 'link'])
      expect(detail).toContain(payload(where));

    // Hover and click over everything of the station, and download its files.
    for (const selector of ['#detail dd', '#detail li', `#stations-body tr[data-id="${HOSTILE_ID}"] td`]) {
      for (const element of await page.$$(selector)) await element.hover();
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await download.path())!, 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    const row = csv.data.find((r) => r.id === HOSTILE_ID);
    expect(row?.city).toBe(payload('city'));
    // A formula is neutralised in the download as in every CSV the package writes.
    expect(row?.name_zh).toBe(`'${FORMULA_NAME}`);

    // The search box and the link's search text take payloads too, as text.
    await page.fill('#search', payload('search'));
    expect(await page.inputValue('#search')).toBe(payload('search').slice(0, 100));
    await page.goto(`${site.url}?q=${encodeURIComponent(payload('q'))}&station=${HOSTILE_ID}`);
    await page.waitForSelector('html[data-ready]');
    expect(await page.inputValue('#search')).toBe(payload('q').slice(0, 100));

    // Nothing was made of them, and nothing ran.
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.$$('img[src="x"], [onerror], [onmouseover], a[href^="javascript:"]')).toHaveLength(0);
    expect(await page.$$eval('script', (scripts) => scripts.every((s) => s.src !== '' || s.type === 'application/ld+json'))).toBe(
      true,
    );
    expect(problems).toEqual([]);
    const origin = new URL(site.url).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(requests.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows its texts as text on the prerendered pages, in their tags too, and runs nothing', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
    for (const path of [`station/${HOSTILE_ID}/`, `station/${HOSTILE_ID}/card.html`, 'country/NL/', 'pages/']) {
      await page.goto(`${site.url}${path}`);
      const text = (await page.textContent('body'))!;
      expect([path, text.includes(payload('city'))]).toEqual([path, true]);
      expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
      expect(await page.$$('img, iframe, [onerror], [onmouseover], a[href^="javascript:"]')).toHaveLength(0);
      expect(await page.$$eval('script', (scripts) => scripts.map((s) => new URL(s.src).pathname))).toEqual(['/embed.js']);
    }
    await page.goto(`${site.url}station/${HOSTILE_ID}/`);
    expect(await page.title()).toContain(payload('city'));
    const description = await page.getAttribute('meta[name="description"]', 'content');
    expect(description).toContain(payload('city'));
    expect(await page.getAttribute('meta[property="og:title"]', 'content')).toBe(await page.title());
    const body = (await page.textContent('main'))!;
    for (const where of ['nameZh', 'opened', 'actor', 'summary', 'publisher', 'title', 'note', 'notes'])
      expect(body).toContain(payload(where));
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
