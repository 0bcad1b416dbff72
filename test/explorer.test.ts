// The explorer page (site/) in a real browser: built with Vite into a temporary folder,
// served from 127.0.0.1 and driven in headless Chromium. Every page a test opens must
// request nothing outside its own origin and log no error (a CSP violation logs one).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSite,
  isExplorerFile,
  launchChromium,
  PAGE_BUDGET,
  PRERENDERED_BUDGET,
  serveSite,
  siteFiles,
} from '../site/harness.js';
import { jsonLdText } from '../site/jsonld.js';
import { STATUS_WORDS } from '../site/src/words.js';
import { countries, dataset, getDetails, getEvents, getSource, query, type Station, stateOn, stations } from '../src/index.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let outDir: string;
let site: Awaited<ReturnType<typeof serveSite>>;
let browser: Awaited<ReturnType<typeof launchChromium>>;
let opened: { page: Page; requests: string[]; problems: string[] }[] = [];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'ops-site-'));
  await buildSite(outDir);
  site = await serveSite(outDir);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

afterEach(async () => {
  for (const { page, requests, problems } of opened) {
    await page.close();
    const origin = new URL(site.url).origin;
    expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
    expect(problems).toEqual([]);
  }
  opened = [];
});

/** A new tab whose requests, console errors, page errors and dialogs are recorded, for afterEach to check. */
async function trackedPage(): Promise<Page> {
  const page = await browser.context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => problems.push(`dialog: ${dialog.message()}`));
  opened.push({ page, requests, problems });
  return page;
}

/** Opens the page at a query string and waits for its first render, recording requests and errors. */
async function open(search = ''): Promise<Page> {
  const page = await trackedPage();
  await page.goto(`${site.url}${search}`);
  await page.waitForSelector('html[data-ready]');
  return page;
}

/** The WCAG 2.1 A and AA violations axe-core finds on the page as it is, each with the elements it names. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, WCAG21_AA);
}

const markerIds = (page: Page) => page.$$eval('.station-marker', (els) => els.map((e) => (e as HTMLElement).dataset.id!).sort());
const rowIds = (page: Page) => page.$$eval('#stations-body tr', (els) => els.map((e) => (e as HTMLElement).dataset.id!).sort());
const ids = (list: readonly Station[]) => list.map((s) => s.id).sort();
const statuses = (page: Page) =>
  page.$$eval('.station-marker', (els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.id, (e as HTMLElement).dataset.status])),
  );

describe('the explorer page', { timeout: 60_000 }, () => {
  it('stays within its gzip budget, data included', () => {
    const files = siteFiles(outDir).filter((f) => isExplorerFile(f.file) && /\.(html|js|css)$/.test(f.file));
    const total = files.reduce((sum, f) => sum + f.gzipped, 0);
    expect(files.map((f) => f.file).join(' ')).toMatch(/\.js\b/);
    expect(total).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('has a CSP with no inline script and no other origin, and the Dataset JSON-LD in its head', () => {
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/default-src 'self';/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.every((attributes) => /\bsrc=/.test(attributes) || /type="application\/ld\+json"/.test(attributes))).toBe(
      true,
    );
    const head = html.slice(0, html.indexOf('</head>'));
    const ld = JSON.parse(head.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      version: dataset.version,
      dateModified: dataset.updated,
    });
    expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    // A download for every data file the package exports, with its format.
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const exported = Object.keys(pkg.exports).filter((path) => path.startsWith('./data/'));
    expect(ld.distribution.map((d: { contentUrl: string }) => d.contentUrl)).toEqual(
      exported.map((path) => `https://unpkg.com/overseas-police-stations@${dataset.version}/dist/${path.slice(2)}`),
    );
    for (const d of ld.distribution) expect(d.encodingFormat, d.name).toMatch(/^(application\/(geo\+)?json|text\/csv)$/);
    // What dataset search engines read, and the same authors and release date as CITATION.cff.
    const cff = readFileSync(new URL('../CITATION.cff', import.meta.url), 'utf8');
    const author = cff.match(/^authors:\n {2}- name: "([^"]+)"/m)![1];
    expect(ld.creator).toEqual([{ '@type': 'Organization', name: author }]);
    expect(ld.publisher).toEqual(ld.creator);
    expect(ld.datePublished).toBe(cff.match(/^date-released: "([^"]+)"/m)![1]);
    expect(ld.identifier).toBe(`overseas-police-stations@${dataset.version}`);
    expect(ld.url).toBe(`https://www.npmjs.com/package/overseas-police-stations/v/${dataset.version}`);
    expect(ld.temporalCoverage).toBe(`2022-09-12/${dataset.updated}`);
    expect(ld.spatialCoverage).toHaveLength(dataset.counts.countries);
    expect(ld.spatialCoverage).toContainEqual({ '@type': 'Place', name: 'Netherlands' });
    for (const key of ['name', 'description', 'version', 'license', 'dateModified']) expect(ld[key], key).toBeTruthy();
    expect(jsonLdText({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });

  it('shows one marker per station, those without a city apart, and the same stations in the table', async () => {
    const page = await open();
    expect(await markerIds(page)).toEqual(ids(stations));
    expect(await rowIds(page)).toEqual(ids(stations));
    const countryLevel = await page.$$eval('.station-marker.country-level', (els) =>
      els.map((e) => (e as HTMLElement).dataset.id!).sort(),
    );
    expect(countryLevel).toEqual(ids(stations.filter((s) => s.location === null)));
    expect(countryLevel.length).toBeGreaterThan(0);
    expect(await statuses(page)).toEqual(Object.fromEntries(stations.map((s) => [s.id, s.status])));
    // No stripes: within each ring of the basemap, no segment spans half the map.
    const longest = await page.$$eval('.leaflet-overlay-pane path', (paths) =>
      Math.max(
        ...paths.flatMap((p) =>
          (p.getAttribute('d') ?? '').split('M').flatMap((ring) => {
            const xs = ring.split(/[LZz]/).flatMap((point) => (point.trim() ? [Number(point.trim().split(/\s+/)[0])] : []));
            return xs.slice(1).map((x, i) => Math.abs(x - xs[i]!));
          }),
        ),
      ),
    );
    expect(await page.$$eval('.leaflet-overlay-pane path', (paths) => paths.length)).toBeGreaterThan(100);
    expect(longest).toBeLessThan((await page.$eval('#map', (m) => m.clientWidth)) / 2);
  });

  it('fans out the stations of one city so that the mouse reaches each of them', async () => {
    const page = await open('?country=ES');
    const spain = query({ country: 'ES' });
    expect(new Set(spain.map((s) => s.city)).size).toBeLessThan(spain.length); // several in one city
    for (const station of spain) {
      const box = (await page.locator(`.station-marker[data-id="${station.id}"]`).boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForURL(new RegExp(`station=${station.id}$`));
    }
  });

  it('sorts the table by a column, both ways', async () => {
    const page = await open('?report=110-overseas');
    const header = 'th[data-column="country"]';
    await page.click(`${header} button`);
    expect(await page.getAttribute(header, 'aria-sort')).toBe('ascending');
    const countries = () => page.$$eval('#stations-body tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent!));
    const ascending = await countries();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en')));
    expect(ascending).toHaveLength(query({ report: '110-overseas' }).length);
    await page.click(`${header} button`);
    expect(await page.getAttribute(header, 'aria-sort')).toBe('descending');
    expect(await countries()).toEqual([...ascending].reverse());
  });

  it('narrows map and table alike with a filter, and updates the counts', async () => {
    const page = await open();
    await page.check('input[name="country"][value="NL"]');
    const nl = query({ country: 'NL' });
    expect(await markerIds(page)).toEqual(ids(nl));
    expect(await rowIds(page)).toEqual(ids(nl));
    expect(page.url()).toContain('?country=NL');
    for (const status of ['closed', 'reported'] as const) {
      const label = await page.textContent(`label:has(input[name="status"][value="${status}"]) .count`);
      expect(label).toBe(`(${query({ country: 'NL', status }).length})`);
    }
    await page.check('input[name="bureau"][value="fuzhou"]');
    expect(await rowIds(page)).toEqual(ids(query({ country: 'NL', bureau: 'fuzhou' })));
    await page.fill('#openedFrom', '2030');
    await page.press('#openedFrom', 'Enter');
    expect(await rowIds(page)).toEqual([]);
    expect(await page.textContent('#summary')).toMatch(/^0 of \d+ stations/);
  });

  it('moves the date from the keyboard and shows each station as it stood (stateOn)', async () => {
    const page = await open('?country=NL');
    const nl = query({ country: 'NL' });
    await page.focus('#date');
    await page.keyboard.press('Home');
    expect(await page.textContent('#date-output')).toBe('2022-09-01');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await page.waitForURL(/date=2022-10-01/);
    expect(await page.textContent('#date-output')).toBe('2022-10-01');
    expect(await page.getAttribute('#date', 'aria-valuetext')).toBe('1 October 2022');
    const october = await statuses(page);
    expect(october).toEqual(Object.fromEntries(nl.map((s) => [s.id, stateOn(s.id, '2022-10-01')?.status])));
    expect(Object.values(october).filter((s) => s === 'closed')).toEqual([]);
    expect(Object.keys(october)).toHaveLength(2);
    for (let i = 0; i < 92; i++) await page.keyboard.press('ArrowRight');
    await page.waitForURL(/date=2023-01-01/);
    const january = await statuses(page);
    expect(january).toEqual(Object.fromEntries(nl.map((s) => [s.id, stateOn(s.id, '2023-01-01')?.status])));
    expect(Object.values(january)).toEqual(['closed', 'closed']);
    await page.click('#today');
    expect(page.url()).not.toContain('date=');
    expect(await statuses(page)).toEqual(Object.fromEntries(nl.map((s) => [s.id, s.status])));
  });

  it('moves the slider by updating what changed, in one render per frame', async () => {
    const page = await open('?country=NL');
    const marker = await page.$('.station-marker[data-id="nl-01"]');
    const row = await page.$('#stations-body tr[data-id="nl-01"]');
    const renders = () => page.evaluate(() => performance.getEntriesByName('explorer:render').length);
    const before = await renders();
    // Ten steps within one frame draw once, at the next frame.
    await page.evaluate(() => {
      const slider = document.getElementById('date') as HTMLInputElement;
      for (let i = 0; i < 10; i++) {
        slider.value = String(30 + i);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await renders()).toBe(before + 1);
    expect(await page.textContent('#date-output')).toBe('2022-10-10');
    expect(await statuses(page)).toEqual({
      'nl-01': stateOn('nl-01', '2022-10-10')!.status,
      'nl-02': stateOn('nl-02', '2022-10-10')!.status,
    });
    // The same marker and row, their status changed in place.
    await page.evaluate(() => {
      const slider = document.getElementById('date') as HTMLInputElement;
      slider.value = '200';
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(await marker!.evaluate((e) => [e.isConnected, (e as HTMLElement).dataset.status])).toEqual([
      true,
      stateOn('nl-01', '2023-03-20')!.status,
    ]);
    expect(await row!.evaluate((e) => [e.isConnected, e.lastElementChild!.textContent])).toEqual([
      true,
      stateOn('nl-01', '2023-03-20')!.status,
    ]);
    expect(await renders()).toBe(before + 2);
  });

  it('names each station of a shared city on hover and on keyboard focus', async () => {
    const byPlace = new Map<string, Station[]>();
    for (const s of stations.filter((x) => x.location))
      byPlace.set(`${s.location!.lat},${s.location!.lon}`, [...(byPlace.get(`${s.location!.lat},${s.location!.lon}`) ?? []), s]);
    const shared = [...byPlace.values()].find((group) => group.length > 1)!;
    const [first, second] = shared;
    const page = await open(`?country=${first!.country}`);
    await page.hover(`.station-marker[data-id="${first!.id}"]`);
    const tip = await page.waitForSelector('.leaflet-tooltip', { state: 'visible' });
    expect(await tip.textContent()).toBe(
      `${first!.city} (${first!.id}): ${first!.status}; also here: ${shared
        .slice(1)
        .map((s) => s.id)
        .join(', ')}`,
    );
    await page.mouse.move(0, 0);
    await page.focus(`.station-marker[data-id="${second!.id}"]`);
    await page.waitForFunction((id) => document.querySelector('.leaflet-tooltip')?.textContent?.includes(`(${id})`), second!.id);
    expect(await page.getAttribute(`.station-marker[data-id="${second!.id}"]`, 'aria-label')).toContain(
      `also here: ${first!.id}`,
    );
  });

  it('restores a view from its permalink, and back and forward walk through views', async () => {
    const page = await open('?status=closed&country=NL,IE&date=2023-01-01&station=nl-01');
    const expected = ids(query({ country: ['NL', 'IE'] }).filter((s) => stateOn(s.id, '2023-01-01')?.status === 'closed'));
    const check = async () => {
      expect(await page.isChecked('input[name="country"][value="NL"]')).toBe(true);
      expect(await page.isChecked('input[name="country"][value="IE"]')).toBe(true);
      expect(await page.isChecked('input[name="status"][value="closed"]')).toBe(true);
      expect(await page.textContent('#date-output')).toBe('2023-01-01');
      expect(await rowIds(page)).toEqual(expected);
      expect(await markerIds(page)).toEqual(expected);
      expect(await page.textContent('#detail-heading')).toContain('Amsterdam');
    };
    await check();
    await page.click('#clear');
    expect(await rowIds(page)).toHaveLength(stations.filter((s) => stateOn(s.id, '2023-01-01') !== null).length);
    await page.click('#stations-body tr[data-id="ie-01"] button');
    expect(page.url()).toContain('station=ie-01');
    await page.goBack();
    await page.goBack();
    await check();
    await page.goForward();
    expect(await page.isChecked('input[name="country"][value="NL"]')).toBe(false);
    expect(await page.textContent('#detail-heading')).toContain('Amsterdam');
    await page.goForward();
    expect(await page.textContent('#detail-heading')).toContain('Dublin');
  });

  it('downloads the selection as CSV, GeoJSON and JSON', async () => {
    const page = await open('?country=ES,IT&status=investigating');
    const selected = query({ country: ['ES', 'IT'], status: 'investigating' });
    expect(await rowIds(page)).toEqual(ids(selected));
    const download = async (format: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#download-${format}`)]);
      expect(file.suggestedFilename()).toBe(
        `overseas-police-stations-${dataset.version}-selection-${new Date().toISOString().slice(0, 10)}.${format}`,
      );
      return readFileSync((await file.path())!, 'utf8');
    };
    const csv = Papa.parse<Record<string, string>>(await download('csv'), { header: true, skipEmptyLines: true });
    expect(csv.errors).toEqual([]);
    expect(csv.data.map((row) => row.id)).toEqual(ids(selected));
    expect(csv.data.map((row) => row.city)).toEqual(selected.map((s) => s.city ?? ''));
    const geojson = JSON.parse(await download('geojson'));
    expect(geojson.features.map((f: { id: string }) => f.id).sort()).toEqual(ids(selected.filter((s) => s.location)));
    const json = JSON.parse(await download('json'));
    expect(json.stations.map((s: { id: string }) => s.id)).toEqual(ids(selected));
  });

  it("downloads the values of the slider's date, with timelines that end that day and the date in the file name", async () => {
    const day = '2022-10-30';
    const page = await open(`?country=NL,IT&date=${day}`);
    const selected = query({ country: ['NL', 'IT'] }).filter((s) => stateOn(s.id, day) !== null);
    expect(await page.textContent('.downloads')).toContain(`as on ${day}`);
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('#download-csv')]);
    expect(file.suggestedFilename()).toBe(`overseas-police-stations-${dataset.version}-selection-${day}.csv`);
    const csv = Papa.parse<Record<string, string>>(readFileSync((await file.path())!, 'utf8'), {
      header: true,
      delimiter: ',',
      skipEmptyLines: true,
    });
    expect(csv.data.map((row) => [row.id, row.status, row.events])).toEqual(
      selected.map((s) => [
        s.id,
        stateOn(s.id, day)!.status,
        String(getDetails(s.id)!.events.filter((e) => e.date <= day).length),
      ]),
    );
    expect(csv.data.map((row) => row.status)).not.toEqual(selected.map((s) => s.status));
  });

  it('narrows map and table as you type in the search box, and keeps the text in the link', async () => {
    const page = await open();
    const inCity = (city: string) => ids(stations.filter((s) => s.city === city));
    await page.fill('#search', 'milan');
    expect(await rowIds(page)).toEqual(inCity('Milan'));
    expect(await markerIds(page)).toEqual(inCity('Milan'));
    await page.fill('#search', 'Sao Paulo');
    expect(await rowIds(page)).toEqual(inCity('São Paulo'));
    await page.fill('#search', 'nantong canada');
    expect(await rowIds(page)).toEqual(ids(query({ bureau: 'nantong', country: 'CA' })));
    await page.fill('#search', 'nl-02');
    expect(await rowIds(page)).toEqual(['nl-02']);
    await page.press('#search', 'Enter');
    await page.waitForURL(/q=nl-02/);
    await page.fill('#search', 'no such place');
    expect(await rowIds(page)).toEqual([]);
    expect(await page.textContent('#summary')).toMatch(/^0 of \d+ stations/);
    const linked = await open('?q=Netherlands');
    expect(await linked.inputValue('#search')).toBe('Netherlands');
    expect(await rowIds(linked)).toEqual(ids(query({ country: 'NL' })));
  });

  it('says in words what each value means, with the headline counts and what each rests on', async () => {
    const page = await open();
    const words = await page.$$eval('.words dt', (dts) => dts.map((dt) => dt.textContent));
    for (const status of ['reported', 'active', 'closed-unconfirmed', 'investigating', 'closed', 'prosecuted'])
      expect(words).toContain(status);
    const text = (await page.textContent('#headline'))!;
    expect(text).toContain(`Of the ${stations.length} stations`);
    expect(text).toContain(
      `${query({ operation: 'closed', closure: 'confirmed' }).length} closed as confirmed by the host government`,
    );
    expect(text).toContain(`${query({ closureOrdered: true }).length} ordered or asked to close`);
    expect(text).toContain(`${query({ investigation: 'open' }).length} under an inquiry not known to have ended`);
  });

  it('shows one country when the filters select it: its stations, how current its record is, and what happened', async () => {
    const page = await open('?country=NL&date=2022-10-30');
    expect(await page.textContent('#detail-heading')).toBe('Netherlands (NL)');
    const text = (await page.textContent('#detail'))!;
    const reviewed = countries.find((c) => c.code === 'NL')!.reviewed;
    expect(text).toContain(`searched up to ${reviewed}`);
    expect(text).toContain(`2 stations on 2022-10-30: 2 ${stateOn('nl-01', '2022-10-30')!.status}.`);
    const ids = new Set(query({ country: 'NL' }).map((s) => s.id));
    const events = getEvents().filter((e) => e.stations.some((id) => ids.has(id)));
    expect(await page.$$eval('.country-view .timeline > li', (items) => items.length)).toBe(events.length);
    expect(await page.$$eval('.country-view .timeline > li.later', (items) => items.length)).toBe(
      events.filter((e) => e.date > '2022-10-30').length,
    );
    await page.click('.country-stations button:has-text("nl-02")');
    expect(page.url()).toContain('station=nl-02');
    expect(await page.textContent('#detail-heading')).toContain('Rotterdam');
  });

  it("draws the statuses over time for the filters' stations, with the slider's day marked and counted as stateOn counts", async () => {
    const day = '2023-01-01';
    const page = await open(`?country=NL,IE,IT&date=${day}`);
    const selected = query({ country: ['NL', 'IE', 'IT'] });
    const countOn = (d: string) =>
      Object.fromEntries(
        ['reported', 'active', 'closed-unconfirmed', 'investigating', 'closed', 'prosecuted'].map((status) => [
          status,
          selected.filter((s) => stateOn(s.id, d)?.status === status).length,
        ]),
      );
    expect(JSON.parse((await page.getAttribute('#chart-day-counts', 'data-counts'))!)).toEqual(countOn(day));
    expect(await page.textContent('#chart-day-counts')).toMatch(/^On 1 January 2023: /);
    // Each line holds one count per month end, the first at the end of September 2022.
    const closed = (await page.getAttribute('.chart-line[data-status="closed"]', 'data-counts'))!.split(',').map(Number);
    expect(closed[0]).toBe(countOn('2022-09-30').closed);
    expect(closed[3]).toBe(countOn('2022-12-31').closed);
    expect(closed.at(-1)).toBe(selected.filter((s) => s.status === 'closed').length);
    // The filters it follows are the same as the map's, whatever the status filter.
    await page.check('input[name="status"][value="closed"]');
    expect(await page.getAttribute('.chart-line[data-status="closed"]', 'data-counts')).toBe(closed.join(','));
  });

  it('fits a phone: the map in the first screen, the filters folded, nothing wider than the screen', async () => {
    const page = await browser.context.newPage();
    opened.push({ page, requests: [], problems: [] });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(site.url);
    await page.waitForSelector('html[data-ready]');
    const box = (await page.locator('#map').boundingBox())!;
    expect(box.y).toBeLessThan(844 - 200);
    expect(box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => (document.getElementById('filters-details') as HTMLDetailsElement).open)).toBe(false);
    await page.click('#filters-details summary');
    await page.check('input[name="country"][value="NL"]');
    expect(await rowIds(page)).toEqual(ids(query({ country: 'NL' })));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a station from the keyboard, with its timeline, date bases and source links', async () => {
    const page = await open();
    await page.focus('#stations-body tr[data-id="nl-01"] button');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('detail-heading');
    const events = getDetails('nl-01')!.events;
    expect(await page.$$eval('.timeline > li', (items) => items.length)).toBe(events.length);
    expect(await page.textContent('.timeline')).toContain('date first reported');
    const links = await page.$$eval('.timeline a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(events.flatMap((e) => e.sources.map((id) => getSource(id)!.url)));
    expect(await page.textContent('.notes')).toBe(getDetails('nl-01')!.notes);
    await page.keyboard.press('Escape');
    expect(page.url()).not.toContain('station=');
    // A marker: focused, then Enter.
    await page.focus('.station-marker[data-id="ie-01"]');
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('station=ie-01');
    expect(await page.textContent('#detail-heading')).toContain('Dublin');
  });

  it('shows where the focus is on everything the keyboard reaches', async () => {
    const page = await open('?station=nl-01');
    const reached: string[] = [];
    for (let i = 0; i < 500; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body || element.hasAttribute('data-reached')) return null;
        element.setAttribute('data-reached', '');
        const style = getComputedStyle(element);
        const name = `${element.tagName.toLowerCase()} ${element.getAttribute('aria-label') ?? element.getAttribute('value') ?? element.textContent?.slice(0, 30)}`;
        return { name, visible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 };
      });
      if (!focus) break;
      reached.push(focus.name);
      expect(focus.visible, focus.name).toBe(true);
    }
    // The filters, the slider, every marker, the map's own controls, every table row, the detail's links.
    expect(reached.length).toBeGreaterThan(2 * stations.length);
  }, 120_000);

  it('has no WCAG 2.1 A or AA violation that axe-core finds, on its main views', async () => {
    for (const search of ['', '?country=NL&date=2022-10-01&station=nl-01', '?status=prosecuted&station=us-01']) {
      const page = await open(search);
      expect(await axeViolations(page), search).toEqual([]);
    }
  }, 60_000);
});

/** Opens a prerendered page as it is served, scripts off unless `scripts`, recording requests and errors. */
async function openStatic(path: string, scripts = false): Promise<Page> {
  const page = await trackedPage();
  if (!scripts) {
    const session = await browser.context.newCDPSession(page);
    await session.send('Emulation.setScriptExecutionDisabled', { value: true });
  }
  const response = await page.goto(`${site.url}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

/** The content of a page's `<meta>` by name or property. */
const metaOf = (page: Page, key: string) =>
  page.$eval(`meta[name="${key}"], meta[property="${key}"]`, (el) => el.getAttribute('content'));

describe('the prerendered pages', { timeout: 60_000 }, () => {
  it('gives every station and country a page and a card, each within its budget, and a page that lists them', () => {
    const files = new Map(siteFiles(outDir).map((f) => [f.file, f.gzipped]));
    const shared = files.get('pages.css')! + files.get('embed.js')!;
    const codes = [...new Set(stations.map((s) => s.country))];
    const expected = [
      'pages/index.html',
      ...stations.flatMap((s) => [`station/${s.id}/index.html`, `station/${s.id}/card.html`]),
      ...codes.flatMap((c) => [`country/${c}/index.html`, `country/${c}/card.html`]),
    ];
    for (const file of expected) {
      expect([file, files.has(file)]).toEqual([file, true]);
      expect([file, files.get(file)! + shared <= PRERENDERED_BUDGET]).toEqual([file, true]);
    }
    const prerendered = [...files.keys()].filter((file) => /^(station|country|pages)\//.test(file));
    expect(prerendered.sort()).toEqual(expected.sort());
  });

  it("reads a station's page without JavaScript, in the explorer's words, with the tags a pasted link shows", async () => {
    const station = stations.find((s) => s.id === 'de-01')!;
    const page = await openStatic('station/de-01/');
    const title = await page.title();
    expect(title).toBe(`Frankfurt, Germany (de-01): ${station.status}`);
    const description = await metaOf(page, 'description');
    expect(description).toContain(`${station.status} since ${station.statusSince}. ${STATUS_WORDS[station.status]}`);
    for (const [key, value] of [
      ['og:title', title],
      ['twitter:title', title],
      ['og:description', description],
      ['twitter:description', description],
      ['og:type', 'article'],
      ['twitter:card', 'summary'],
    ] as const)
      expect([key, await metaOf(page, key)]).toEqual([key, value]);
    expect(await page.textContent('h1')).toBe('Frankfurt, Germany (de-01)');
    expect(await page.textContent('.status')).toBe(
      `${station.status} since ${station.statusSince} (data of ${dataset.updated}). ${STATUS_WORDS[station.status]}`,
    );
    const terms = await page.$$eval('main dl dt', (els) => els.map((e) => e.textContent));
    expect(terms.slice(0, 3)).toEqual([
      `Operation as of ${dataset.updated}`,
      `Investigation as of ${dataset.updated}`,
      'Last heard of',
    ]);
    // The last news with how long before the data's date it came (date-fns, in UTC).
    const lastHeard = await page.$eval('main dl dt:nth-of-type(3) + dd', (el) => el.textContent);
    expect(lastHeard).toMatch(new RegExp(`^${station.lastHeard} \\(\\d+ (years?|months?|days?) before ${dataset.updated}\\)$`));
    expect(await page.$$eval('.timeline > li', (els) => els.length)).toBe(getDetails('de-01')!.events.length);
    const hrefs = await page.$$eval('.sources a', (els) => els.map((e) => e.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((href) => href.startsWith('https://'))).toBe(true);
    // Without scripts the embed code names the card by a relative address.
    expect(await page.inputValue('textarea[data-embed]')).toMatch(/^<iframe src="card\.html" title="station de-01" /);
  });

  it("reads a country's page without JavaScript: its stations, their statuses' words, what happened, each station's page", async () => {
    const page = await openStatic('country/NL/');
    expect(await page.textContent('h1')).toBe('Netherlands (NL)');
    expect(await page.title()).toMatch(/^Netherlands: 2 stations \(/);
    const links = await page.$$eval('main ul a[href^="../../station/"]', (els) => els.map((e) => e.getAttribute('href')));
    expect(links).toEqual(['../../station/nl-01/', '../../station/nl-02/']);
    const nl = stations.filter((s) => s.country === 'NL');
    expect(await page.$$eval('dl.words dt', (els) => els.map((e) => e.textContent))).toEqual([
      ...new Set(nl.map((s) => s.status)),
    ]);
    const events = getEvents().filter((e) => e.stations.some((id) => id.startsWith('nl-')));
    expect(await page.$$eval('.timeline > li', (els) => els.length)).toBe(events.length);
    await page.click('a[href="../../station/nl-01/"]');
    expect(await page.textContent('h1')).toMatch(/\(nl-01\)$/);
  });

  it('links each page to the explorer and back, and gives an embed code with an absolute address where scripts run', async () => {
    const page = await openStatic('station/nl-01/', true);
    expect(await page.inputValue('textarea[data-embed]')).toBe(
      `<iframe src="${site.url}station/nl-01/card.html" title="station nl-01" width="360" height="240" loading="lazy" referrerpolicy="no-referrer"></iframe>`,
    );
    await page.click('.explorer a');
    await page.waitForSelector('html[data-ready]');
    expect(await page.textContent('#detail-heading')).toContain('(nl-01)');
    await page.goto(`${site.url}`);
    await page.waitForSelector('html[data-ready]');
    await page.click('a[href="./pages/"]');
    expect(await page.textContent('h1')).toBe('Every station and country');
    expect(await page.$$eval('a[href^="../station/"]', (els) => els.length)).toBe(stations.length);
    const card = await openStatic('station/nl-01/card.html');
    expect(await card.textContent('.card h1')).toBe('Amsterdam, Netherlands (nl-01)');
    expect(await card.isVisible('header')).toBe(false);
  });

  it('meets WCAG 2.1 AA on a station page, a country page and the list', async () => {
    for (const path of ['station/de-01/', 'country/IT/', 'pages/', 'station/de-01/card.html']) {
      const page = await openStatic(path, true);
      expect([path, await axeViolations(page)]).toEqual([path, []]);
    }
  });

  it('prints the content, not the controls', async () => {
    const page = await open('?country=NL');
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#map', '.filters', '.find', '.downloads', '.time'])
      expect([hidden, await page.isVisible(hidden)]).toEqual([hidden, false]);
    expect(await page.isVisible('#stations-body tr')).toBe(true);
    const station = await openStatic('station/nl-01/');
    await station.emulateMedia({ media: 'print' });
    expect(await station.isVisible('.embed')).toBe(false);
    expect(await station.isVisible('.timeline')).toBe(true);
  });
});
