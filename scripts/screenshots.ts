// `npm run screenshots`: README's pictures of the explorer, taken from the built page in
// headless Chromium (site/harness.ts): the desktop view with a station open
// (docs/explorer.png) and the first screen of a phone (docs/explorer-phone.png).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite, launchChromium, serveSite } from '../site/harness.js';

const docs = new URL('../docs/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ops-screenshots-'));
await buildSite(dir);
const site = await serveSite(dir);
const browser = await launchChromium();
try {
  const shots = [
    { file: 'explorer.png', search: '?station=nl-01', viewport: { width: 1400, height: 1000 } },
    { file: 'explorer-phone.png', search: '?country=IT', viewport: { width: 390, height: 844 } },
  ];
  for (const { file, search, viewport } of shots) {
    const page = await browser.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`${site.url}${search}`);
    await page.waitForSelector('html[data-ready]');
    await page.screenshot({ path: join(docs, file) });
    await page.close();
    console.log(`docs/${file}: ${viewport.width}×${viewport.height}, ${search}`);
  }
} finally {
  await browser.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
}
