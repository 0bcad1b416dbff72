// `npm run bench`: import cost, bundle size and query scaling, printed as ratios measured
// in one run. Run `npm run build` first (the npm script does). Never used by the tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DATASET } from '../src/generated/dataset.js';
import { COUNTRY_CODES } from '../src/generated/countries.js';
import { buildQueries } from '../src/query.js';
import type { Station } from '../src/types.js';
import { APPS, BUDGETS, bundleSize } from './bundle-size.js';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const fmt = (n: number, digits = 2) => n.toFixed(digits);
const lines: string[] = [];
const say = (line = '') => {
  console.log(line);
  lines.push(line);
};

// 1. Import cost: a fresh Node process importing the package, against one that only reads
// and parses the same dataset bytes (the floor for shipping this data).
function importCost(runs = 21) {
  const dir = mkdtempSync(join(tmpdir(), 'ops-bench-'));
  const dist = new URL('../dist/', import.meta.url).pathname;
  const json = join(dir, 'dataset.json');
  writeFileSync(json, JSON.stringify(DATASET));
  const scripts = {
    'floor (ESM)': [
      'floor.mjs',
      `import { readFileSync } from 'node:fs'; JSON.parse(readFileSync(${JSON.stringify(json)}, 'utf8'));`,
    ],
    'import (ESM)': ['esm.mjs', `await import(${JSON.stringify(join(dist, 'index.js'))});`],
    'floor (CJS)': ['floor.cjs', `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(json)}, 'utf8'));`],
    'require (CJS)': ['cjs.cjs', `require(${JSON.stringify(join(dist, 'index.cjs'))});`],
  } as const;
  for (const [file, code] of Object.values(scripts)) writeFileSync(join(dir, file), code);
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(scripts).map((k) => [k, []]));
  // Interleaved, so that load on the machine falls on every variant alike.
  for (let i = 0; i < runs; i++) {
    for (const [name, [file]] of Object.entries(scripts)) {
      const start = performance.now();
      execFileSync(process.execPath, [join(dir, file)]);
      times[name]!.push(performance.now() - start);
    }
  }
  const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  say(`## 1. Import cost (median of ${runs} fresh processes, wall time)`);
  say();
  say('| process | median ms | ratio to floor |');
  say('|---|---|---|');
  for (const [name, floor] of [
    ['floor (ESM)', 'floor (ESM)'],
    ['import (ESM)', 'floor (ESM)'],
    ['floor (CJS)', 'floor (CJS)'],
    ['require (CJS)', 'floor (CJS)'],
  ] as const) {
    say(`| ${name} | ${fmt(m[name]!, 1)} | ${fmt(m[name]! / m[floor]!)} |`);
  }
  say();
  const verdict = (r: number) => `${fmt(r)}x (${r <= 1.5 ? 'met' : 'not met'})`;
  say(
    `Target 1.5x the floor or better: ESM ${verdict(m['import (ESM)']! / m['floor (ESM)']!)}, CJS ${verdict(m['require (CJS)']! / m['floor (CJS)']!)}.`,
  );
  say();
}

// 2. Bundle size, against the budgets the tests enforce.
async function bundles() {
  say('## 2. Browser bundle (esbuild, minified, gzip level 9)');
  say();
  say('| app | minified bytes | gzipped bytes | budget | used |');
  say('|---|---|---|---|---|');
  for (const app of Object.keys(APPS) as (keyof typeof APPS)[]) {
    const { minified, gzipped } = await bundleSize(app);
    say(`| imports ${app} | ${minified} | ${gzipped} | ${BUDGETS[app]} | ${fmt((100 * gzipped) / BUDGETS[app]!, 0)}% |`);
  }
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
  say('| n | index build ms | byCountry | naive | ratio | byStatus | naive | ratio | query country+bureau | naive | ratio |');
  say('|---|---|---|---|---|---|---|---|---|---|---|');
  let last: number[] = [];
  for (const n of [1_000, 10_000, 100_000]) {
    const stations = synthetic(n);
    const builds: number[] = [];
    let q!: ReturnType<typeof buildQueries>;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      q = buildQueries(stations);
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

const cpu = cpus();
say(
  `Command: npm run bench. Machine: ${cpu.length} x ${cpu[0]?.model.trim()}, Node.js ${process.version}, ${process.platform}. Date: ${new Date().toISOString().slice(0, 10)}.`,
);
say();
importCost();
await bundles();
scaling();
if (process.argv.includes('--write')) {
  writeFileSync(
    new URL('./RESULTS.md', import.meta.url),
    `# Benchmark results\n\nRatios are what counts: this machine is shared and noisy, and all figures of one table come from one run.\n\n${lines.join('\n')}\n`,
  );
}
