// `npm run bench`: import cost, bundle size, query scaling and the explorer page, printed as ratios measured
// in one run. Run `npm run build` first (the npm script does). Never used by the tests.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSite, CHROMIUM, isExplorerFile, launchChromium, PAGE_BUDGET, serveSite, siteFiles } from '../site/harness.js';
import { DATASET } from '../src/generated/dataset.js';
import { COUNTRY_CODES } from '../src/generated/countries.js';
import { buildQueries } from '../src/query.js';
import type { Station } from '../src/types.js';
import { type App, APPS, BUDGETS, bundleSize, bundleSizeWith, grownDataset } from './bundle-size.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};

// 1. Import cost, two ways, each in fresh processes so that nothing is cached:
// - in process: the time of the import itself, measured inside the process, against the
//   time of a JSON.parse of the same data (its text read from disk before the clock starts),
//   the floor for shipping this data; the same for two data packages as peers. The package
//   is resolved before the clock starts (require.resolve, import.meta.resolve), as the floor
//   reads its text before: Node's resolution (finding the package, reading its package.json,
//   the exports map) is work of Node's that every package a program loads shares, and the
//   first resolution of a process pays for loading the resolver itself. The same imports by
//   path, their resolution inside the clock, are measured beside them;
// - whole process: wall time of a process that imports the package, against one that reads
//   and parses the same bytes (Node's own start-up, about 40 ms, is in both).
// The clock stops before anything is written: the first use of process.stdout costs some
// milliseconds, which are not the import's.
async function importCost(runs = 21) {
  const dir = mkdtempSync(join(tmpdir(), 'ops-bench-'));
  const root = new URL('..', import.meta.url).pathname;
  const dist = join(root, 'dist');
  const json = join(dir, 'dataset.json');
  // The package installed by name, as an app has it: resolved through its exports map.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules', 'overseas-police-stations'), 'dir');
  // The floor parses every table the package holds, the record of changes included.
  const { RETIRED } = await import('../src/generated/tables.js');
  const { CHANGES_JSON } = await import('../src/generated/lazy-tables.js');
  writeFileSync(json, JSON.stringify({ ...DATASET, retired: RETIRED, changes: JSON.parse(CHANGES_JSON) }));
  const modules = join(root, 'node_modules');
  const timed = (before: string, body: string) =>
    `const { performance } = require('node:perf_hooks'); ${before}; const t = performance.now(); ${body}; const ms = performance.now() - t; process.stdout.write(String(ms));`;
  const floor = (file: string) =>
    timed(`const text = require('node:fs').readFileSync(${JSON.stringify(file)}, 'utf8')`, 'JSON.parse(text)');
  const required = (specifier: string) => timed(`const path = require.resolve(${JSON.stringify(specifier)})`, 'require(path)');
  const requiredByPath = (file: string) => timed('', `require(${JSON.stringify(file)})`);
  const importedAt = (before: string, target: string) =>
    `import { performance } from 'node:perf_hooks'; ${before}; const t = performance.now(); await import(${target}); const ms = performance.now() - t; process.stdout.write(String(ms));`;
  const imported = (specifier: string) => importedAt(`const url = import.meta.resolve(${JSON.stringify(specifier)})`, 'url');
  const importedByPath = (file: string) => importedAt('', JSON.stringify(file));
  type Variant = { readonly group: string; readonly file: string; readonly code: string };
  const ours = 'this package';
  const bcd = '@mdn/browser-compat-data';
  const wc = 'world-countries';
  const variants: Record<string, Variant> = {
    'JSON.parse of its data (floor)': { group: ours, file: 'floor.cjs', code: floor(json) },
    'import, Node build (ESM)': { group: ours, file: 'esm.mjs', code: imported('overseas-police-stations') },
    'require, Node build (CJS)': { group: ours, file: 'cjs.cjs', code: required('overseas-police-stations') },
    'import by path, Node build (ESM), resolution timed': {
      group: ours,
      file: 'esm-path.mjs',
      code: importedByPath(join(dist, 'index.node.js')),
    },
    'require by path, Node build (CJS), resolution timed': {
      group: ours,
      file: 'cjs-path.cjs',
      code: requiredByPath(join(dist, 'index.node.cjs')),
    },
    'require, bundler build (CJS)': { group: ours, file: 'cjs-bundled.cjs', code: required(join(dist, 'index.cjs')) },
    [`JSON.parse of ${bcd} (floor)`]: { group: bcd, file: 'bcd-floor.cjs', code: floor(join(modules, bcd, 'data.json')) },
    [`require ${bcd}`]: { group: bcd, file: 'bcd.cjs', code: required(join(modules, bcd)) },
    [`JSON.parse of ${wc} (floor)`]: { group: wc, file: 'wc-floor.cjs', code: floor(join(modules, wc, 'countries.json')) },
    [`require ${wc}`]: { group: wc, file: 'wc.cjs', code: required(join(modules, wc)) },
  };

  for (const { file, code } of Object.values(variants)) writeFileSync(join(dir, file), code);
  const inside: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const whole: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  // Interleaved, so that load on the machine falls on every variant alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, { file }] of Object.entries(variants)) {
      const start = performance.now();
      const out = execFileSync(process.execPath, [join(dir, file)], { encoding: 'utf8' });
      whole[name]!.push(performance.now() - start);
      inside[name]!.push(Number(out));
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const m = (t: Record<string, number[]>, k: string) => median(t[k]!);
  const floorOf = (group: string) => Object.keys(variants).find((k) => variants[k]!.group === group && k.includes('(floor)'))!;
  const ratio = (name: string) => m(inside, name) / m(inside, floorOf(variants[name]!.group));
  say(`## 1. Import cost (median of ${runs} fresh processes)`);
  say();
  say('| package | variant | in process, ms | ratio to its floor | whole process, ms | ratio to its floor |');
  say('|---|---|---|---|---|---|');
  for (const [name, { group }] of Object.entries(variants)) {
    const floorName = floorOf(group);
    say(
      `| ${group} | ${name} | ${fmt(m(inside, name))} | ${fmt(ratio(name))} | ${fmt(m(whole, name), 1)} | ${fmt(m(whole, name) / m(whole, floorName))} |`,
    );
  }
  say();
  const esm = ratio('import, Node build (ESM)');
  const cjs = ratio('require, Node build (CJS)');
  say(
    `Target, in process: 1.5x the floor or better for what Node users get, the package resolved before the clock starts: import ${fmt(esm)}x, require ${fmt(cjs)}x (${esm <= 1.5 && cjs <= 1.5 ? 'met' : 'not met'}); the peers, resolved the same way: @mdn/browser-compat-data ${fmt(ratio('require @mdn/browser-compat-data'))}x, world-countries ${fmt(ratio('require world-countries'))}x. With the path's resolution inside the clock: import ${fmt(ratio('import by path, Node build (ESM), resolution timed'))}x, require ${fmt(ratio('require by path, Node build (CJS), resolution timed'))}x. The bundler build (the large tables as string literals in the module) is what bundlers and browsers get.`,
  );
  say();
}

// 2. Bundle size, against the budgets the tests enforce, today and as the data grows.
async function bundles() {
  const grown = grownDataset(DATASET, { stations: 150, sources: 400 });
  say('## 2. Browser bundle (esbuild, minified, gzip level 9)');
  say();
  say('| app | minified bytes | gzipped bytes | budget | used | gzipped at 150 stations, 400 sources | used |');
  say('|---|---|---|---|---|---|---|');
  for (const app of Object.keys(APPS) as App[]) {
    const { minified, gzipped } = await bundleSize(app);
    const later = await bundleSizeWith(app, DATASET, grown);
    const used = (n: number) => `${fmt((100 * n) / BUDGETS[app]!, 0)}%`;
    say(
      `| imports ${app} | ${minified} | ${gzipped} | ${BUDGETS[app]} | ${used(gzipped)} | ${later.gzipped} | ${used(later.gzipped)} |`,
    );
  }
  say();
  say(
    'Budgets: 25 KiB (25,600 bytes) for byCountry, today and at 150 stations; 6 KiB (6,144 bytes) for the station records alone, which bundle nothing else (the lists, rules and queries are built in calls marked pure); the sources, notes and timelines stay out of both. The budget of an app that imports everything follows the data (3.0.0: 207 events, 397 sources and the changes between releases, about 115 KB; raised from 110,000 bytes because the changes of 3.0.0 list 89 stations and 70 events) with about 10% headroom: only apps that use the sources, timelines and changes pay for them.',
  );
  say();
}

// 2b. What the package costs on disk.
function tarball() {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: new URL('../', import.meta.url),
      encoding: 'utf8',
    }),
  ) as [{ size: number; unpackedSize: number; files: { path: string; size: number }[] }];
  say('## 2b. Package size (npm pack)');
  say();
  say(`Tarball ${pack.size} bytes, unpacked ${pack.unpackedSize} bytes, ${pack.files.length} files.`);
  say();
  say('| file | bytes |');
  say('|---|---|');
  for (const file of [...pack.files].sort((a, b) => b.size - a.size)) say(`| ${file.path} | ${file.size} |`);
  say();
  say(
    "The dataset is embedded once per module format for bundlers and browsers, in dist/index.js and dist/index.cjs. Node's builds (dist/index.node.js and .cjs, the `node` export condition) hold only code and read the tables from dist/tables/ (and the changes from dist/data/changes.json); the command line imports them. The files in dist/data/ are the other formats (JSON, CSV, GeoJSON) for tools that read files.",
  );
  say();
}

// 3. Query scaling on synthetic datasets built from the real records (the indexes createQueries builds).
function synthetic(n: number): Station[] {
  const real = DATASET.stations;
  const codes = COUNTRY_CODES;
  return Array.from({ length: n }, (_, i) => {
    const base = real[i % real.length]!;
    // Spread over every ISO country so that a country holds about n/249 stations.
    return { ...base, id: `s${String(i).padStart(6, '0')}`, country: codes[(i * 7) % codes.length]! };
  });
}

function time(fn: () => unknown, minMs = 50): number {
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    fn();
    runs++;
  }
  return ((performance.now() - start) / runs) * 1000; // microseconds per call
}

function scaling() {
  say('## 3. Query scaling (synthetic stations, microseconds per call, median of 5 rounds)');
  say();
  say('| n | indexes built, ms | byCountry | naive | ratio | byStatus | naive | ratio | query country+bureau | naive | ratio |');
  say('|---|---|---|---|---|---|---|---|---|---|---|');
  let last: number[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const stations = synthetic(n);
    const builds: number[] = [];
    let q!: ReturnType<typeof buildQueries>;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      // Indexes are built on first use: time the three this section reads.
      q = buildQueries(stations);
      q.byCountry('NL');
      q.byStatus('prosecuted');
      q.byBureau('fuzhou');
      builds.push(performance.now() - start);
    }
    const pairs = [
      [() => q.byCountry('NL'), () => stations.filter((s) => s.country === 'NL')],
      [() => q.byStatus('prosecuted'), () => stations.filter((s) => s.status === 'prosecuted')],
      [
        () => q.query({ country: 'NL', bureau: 'fuzhou' }),
        () => stations.filter((s) => s.country === 'NL' && s.bureau === 'fuzhou'),
      ],
    ] as const;
    const cells = pairs.flatMap(([fast, slow]) => {
      const a = median(Array.from({ length: 5 }, () => time(fast)));
      const b = median(Array.from({ length: 5 }, () => time(slow)));
      return [fmt(a, 3), fmt(b, 1), `${fmt(b / a, 0)}x`];
    });
    say(`| ${n} | ${fmt(median(builds), 1)} | ${cells.join(' | ')} |`);
    last = cells.filter((_, i) => i % 3 === 2).map((c) => Number.parseFloat(c));
  }
  say();
  say('Target: selective lookups whose cost does not grow with n, at least 100x faster than the naive filter at 100k.');
  say(
    `At 100k: byCountry ${last[0]}x, byStatus ${last[1]}x (${last[0]! >= 100 && last[1]! >= 100 ? 'met' : 'not met'}: one index read, whatever n);`,
  );
  say(
    `query with two keys ${last[2]}x (${last[2]! >= 100 ? 'met' : 'not met'}: it walks the smaller of the two index lists, here about n/249 stations, so its cost follows that list).`,
  );
  say();
}

// 4. The explorer page (site/): what it weighs, and how long headless Chromium takes from
// navigation to the page's first render (its `explorer:rendered` mark), cache disabled,
// served from 127.0.0.1.
async function explorer(runs = 7) {
  const dir = mkdtempSync(join(tmpdir(), 'ops-bench-site-'));
  await buildSite(dir);
  const files = siteFiles(dir);
  say('## 4. Explorer page (npm run site)');
  say();
  say('| file | bytes | gzipped bytes |');
  say('|---|---|---|');
  for (const f of files.filter((file) => isExplorerFile(file.file)))
    say(`| ${f.file.replace(/-[\w-]{8}\./, '.')} | ${f.bytes} | ${f.gzipped} |`);
  const page = files.filter((f) => isExplorerFile(f.file) && /\.(html|js|css)$/.test(f.file));
  const total = (key: 'bytes' | 'gzipped') => page.reduce((sum, f) => sum + f[key], 0);
  say();
  say(
    `The page loads ${total('bytes')} bytes of HTML, JavaScript (code and data) and CSS, ${total('gzipped')} gzipped (${fmt((100 * total('gzipped')) / PAGE_BUDGET, 0)}% of the ${PAGE_BUDGET}-byte budget that test/explorer.test.ts enforces).`,
  );
  say();
  const site = await serveSite(dir);
  const browser = await launchChromium();
  const rendered: number[] = [];
  const painted: number[] = [];
  const steps = 60;
  let firstRender = Number.NaN;
  const stepRenders: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const tab = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(tab);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await tab.goto(site.url);
      await tab.waitForSelector('html[data-ready]');
      const [render, paint] = await tab.evaluate(() => [
        performance.getEntriesByName('explorer:rendered')[0]!.startTime,
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      ]);
      rendered.push(render!);
      painted.push(paint!);
      await tab.close();
    }
    // The slider, stepped a day at a time as a drag does: the time of each redraw (the page
    // measures each render as 'explorer:render'), against the page's first full render.
    const tab = await browser.context.newPage();
    await tab.goto(site.url);
    await tab.waitForSelector('html[data-ready]');
    // No named function inside: tsx would wrap it in a helper the page does not have.
    const durations = await tab.evaluate(async (n) => {
      const slider = document.getElementById('date') as HTMLInputElement;
      for (let i = 1; i <= n; i++) {
        slider.value = String(30 + i * 7);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }
      return performance.getEntriesByName('explorer:render').map((entry) => entry.duration);
    }, steps);
    await tab.close();
    firstRender = durations[0]!;
    stepRenders.push(...durations.slice(1));
  } finally {
    await browser.close();
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  }
  say(
    `Time to first render in headless Chromium (${CHROMIUM}), median of ${runs} loads with the cache disabled: ${fmt(median(rendered), 0)} ms from navigation to the map, table and filters drawn (first contentful paint ${fmt(median(painted), 0)} ms). Measured, not asserted.`,
  );
  say();
  say(
    `Slider: ${stepRenders.length} steps of a week, one redraw per frame: median ${fmt(median(stepRenders), 1)} ms per redraw (markers and rows updated in place), against ${fmt(firstRender, 1)} ms for the page's first full render (${fmt(median(stepRenders) / firstRender)}x).`,
  );
  say();
}

const cpu = cpus();
say(
  `Command: npm run bench. Machine: ${cpu.length} x ${cpu[0]?.model.trim()}, Node.js ${process.version}, ${process.platform}. Date: ${new Date().toISOString().slice(0, 10)}.`,
);
say();
await importCost();
await bundles();
tarball();
scaling();
await explorer();
if (process.argv.includes('--write')) {
  writeFileSync(
    new URL('./RESULTS.md', import.meta.url),
    `# Benchmark results\n\nRatios are what counts: this machine is shared and noisy, and all figures of one table come from one run.\n\n${lines.join('\n')}\n`,
  );
}
