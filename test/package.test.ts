// Tests the package as users get it: packed by npm, installed into a fresh project,
// imported from ESM and CommonJS, type-checked, and linted by publint and attw.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
let project: string;
let tarball: string;

function run(command: string, args: readonly string[], cwd = project): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function npmInstall(...specs: string[]): void {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-save', ...specs]);
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  project = mkdtempSync(join(tmpdir(), 'ops-consumer-'));
  // dist/ is built already; `prepack` would build it again under the other test files' feet
  // (test/clean-clone.test.ts checks that a fresh clone packs a built package).
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], root));
  tarball = join(project, packed.filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npmInstall(tarball);
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships only what users need', () => {
    const files = run('tar', ['-tzf', tarball])
      .trim()
      .split('\n')
      .map((f) => f.replace(/^package\//, ''))
      .sort();
    expect(files).toEqual(
      [
        'LICENSE',
        'LICENSE-DATA.md',
        'README.md',
        'CHANGELOG.md',
        'CITATION.cff',
        'package.json',
        'dist/cli.js',
        ...[
          'stations.json',
          'stations.csv',
          'stations.excel.csv',
          'stations.geojson',
          'stations.points.geojson',
          'schema.json',
          'datapackage.json',
          'changes.json',
          'retired.json',
          'meta.json',
        ].map((f) => `dist/data/${f}`),
        ...['index', 'schema'].flatMap((n) => [`dist/${n}.js`, `dist/${n}.cjs`, `dist/${n}.d.ts`, `dist/${n}.d.cts`]),
        'dist/index.node.js',
        'dist/index.node.cjs',
        'dist/extras.node.cjs',
        ...['eager', 'events', 'sources', 'details'].map((t) => `dist/tables/${t}.json`),
      ].sort(),
    );
  });

  it('runs no install scripts and reaches for no network', () => {
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/overseas-police-stations/package.json'), 'utf8'));
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare'])
      expect(installed.scripts?.[hook], hook).toBeUndefined();
    const code = [
      'index.js',
      'index.cjs',
      'index.node.js',
      'index.node.cjs',
      'extras.node.cjs',
      'schema.js',
      'schema.cjs',
      'cli.js',
    ]
      .map((f) => readFileSync(join(project, 'node_modules/overseas-police-stations/dist', f), 'utf8'))
      .join('\n');
    expect(code).not.toMatch(
      /\bfetch\(|XMLHttpRequest|WebSocket|node:(?:https?|net|tls|dgram|dns)\b|require\(["'](?:https?|net|tls)["']\)/,
    );
  });

  it('imports from ESM without zod installed', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { byCountry, dataset, stations, statusOn } from 'overseas-police-stations';
       console.log(JSON.stringify({ version: dataset.version, n: stations.length, nl: byCountry('nl').map((s) => s.id), s: statusOn('nl-01', '2022-12-31') }));`,
    );
    const out = JSON.parse(run('node', ['esm.mjs']));
    expect(out).toMatchObject({ version: pkg.version, nl: ['nl-01', 'nl-02'], s: 'closed' });
    expect(out.n).toBeGreaterThan(0);
  });

  it('requires from CommonJS without loading zod', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const ops = require('overseas-police-stations');
       const loaded = Object.keys(require.cache).filter((f) => f.includes('node_modules/zod'));
       let error; try { ops.byStatus('open'); } catch (e) { error = e.constructor.name; }
       console.log(JSON.stringify({ version: ops.dataset.version, ie: ops.getStation('ie-01').city, loaded, error }));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs']))).toEqual({ version: pkg.version, ie: 'Dublin', loaded: [], error: 'RangeError' });
  });

  it('gives Node the build that reads its large tables from files, with the same data as the bundled build', () => {
    writeFileSync(
      join(project, 'node-build.mjs'),
      `import { createRequire } from 'node:module';
       import * as esm from 'overseas-police-stations';
       const require = createRequire(import.meta.url);
       const cjs = require('overseas-police-stations');
       const bundled = await import(new URL('./node_modules/overseas-police-stations/dist/index.js', import.meta.url));
       const of = (p) => JSON.stringify([p.stations, p.getEvents(), p.getSources(), p.changes(), p.getDetails('nl-01')]);
       const extrasBefore = Object.keys(require.cache).some((f) => f.endsWith('extras.node.cjs'));
       const converted = (p) => JSON.stringify([p.toCSV(p.stations), p.toJSON(p.byCountry('NL')), p.toGeoJSON(p.stations),
         p.flatten(p.byCountry('IE')), p.createQueries(p.stations, p.getEvents()).countBy('status'), p.CSV_COLUMNS, p.LIST_SEPARATOR]);
       console.log(JSON.stringify({
         extras: [extrasBefore, converted(esm) === converted(bundled) && converted(cjs) === converted(bundled),
           Object.keys(require.cache).some((f) => f.endsWith('extras.node.cjs'))],
         esm: import.meta.resolve('overseas-police-stations').split('/dist/')[1],
         cjs: require.resolve('overseas-police-stations').split('/dist/')[1],
         same: of(esm) === of(bundled) && of(cjs) === of(bundled),
         events: esm.getEvents().length,
       }));`,
    );
    expect(JSON.parse(run('node', ['node-build.mjs']))).toEqual({
      // The conversions' code is loaded on their first use, and answers as the bundled build's.
      extras: [false, true, true],
      esm: 'index.node.js',
      cjs: 'index.node.cjs',
      same: true,
      events: JSON.parse(readFileSync(join(root, 'dist/tables/events.json'), 'utf8')).length,
    });
  });

  it("takes Node's builtins from process.getBuiltinModule in the ES module build, and imports them on Nodes without it", () => {
    // Importing node:fs as an ES module builds its facade, which loads all of fs (its
    // streams among them); process.getBuiltinModule (Node 20.16 and 22.3 on) does not.
    writeFileSync(
      join(project, 'builtins.mjs'),
      `if (process.argv[2] === 'without') delete process.getBuiltinModule;
       const p = await import('overseas-police-stations');
       const streams = process.moduleLoadList.includes('NativeModule internal/fs/streams');
       console.log(JSON.stringify({ getBuiltinModule: typeof process.getBuiltinModule, streams, stations: p.stations.length,
         events: p.getEvents().length, changes: p.changes().length, csv: p.toCSV(p.byCountry('NL')).split('\\r\\n')[1].slice(0, 6) }));`,
    );
    const data = {
      stations: JSON.parse(readFileSync(join(root, 'dist/tables/eager.json'), 'utf8')).STATIONS.length,
      events: JSON.parse(readFileSync(join(root, 'dist/tables/events.json'), 'utf8')).length,
      changes: JSON.parse(readFileSync(join(root, 'dist/data/changes.json'), 'utf8')).length,
      csv: 'nl-01,',
    };
    expect(JSON.parse(run('node', ['builtins.mjs']))).toEqual({ getBuiltinModule: 'function', streams: false, ...data });
    expect(JSON.parse(run('node', ['builtins.mjs', 'without']))).toEqual({
      getBuiltinModule: 'undefined',
      streams: true,
      ...data,
    });
  });

  it('ships the tables Node reads as ASCII, the Chinese names as escapes that parse back', () => {
    // Equal to the bundled build's tables: see the test of Node's build above.
    const tables = join(project, 'node_modules/overseas-police-stations/dist/tables');
    for (const name of ['eager', 'events', 'sources', 'details'])
      expect(readFileSync(join(tables, `${name}.json`), 'latin1'), name).toMatch(/^[\x20-\x7e]*$/);
    const { STATIONS } = JSON.parse(readFileSync(join(tables, 'eager.json'), 'utf8'));
    const names = STATIONS.map((s: { nameZh: string | null }) => s.nameZh).filter((n: string | null) => n !== null);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[\u3400-\u9fff]+/);
  });

  it('gives bundlers the build with every table inside, which runs without the package beside it', () => {
    writeFileSync(
      join(project, 'app.mjs'),
      `import { getEvents, changes } from 'overseas-police-stations'; console.log(getEvents().length + changes().length);`,
    );
    for (const platform of ['node', 'browser']) {
      const out = join(project, `bundle-${platform}.mjs`);
      run(bin('esbuild'), [
        'app.mjs',
        '--bundle',
        '--format=esm',
        `--platform=${platform}`,
        `--outfile=${out}`,
        '--log-level=warning',
      ]);
      const moved = mkdtempSync(join(tmpdir(), 'ops-bundle-'));
      writeFileSync(join(moved, 'app.mjs'), readFileSync(out));
      expect(Number(run('node', ['app.mjs'], moved))).toBeGreaterThan(200);
      rmSync(moved, { recursive: true, force: true });
    }
  });

  it('runs its command line', () => {
    const bin = join(project, 'node_modules/.bin/overseas-police-stations');
    expect(run(bin, [])).toMatch(/stations in \d+ countries/);
    expect(run(bin, ['--country', 'NL', '--format', 'csv']).split('\r\n')[1]).toMatch(/^nl-01,NL,Amsterdam,/);
  });

  it('exposes the data files through its exports', () => {
    writeFileSync(
      join(project, 'files.mjs'),
      `import { createRequire } from 'node:module';
       import { readFileSync } from 'node:fs';
       import data from 'overseas-police-stations/data/stations.json' with { type: 'json' };
       const require = createRequire(import.meta.url);
       const read = (name) => readFileSync(require.resolve('overseas-police-stations/data/' + name), 'utf8');
       console.log(JSON.stringify({ n: data.stations.length, csv: read('stations.csv').split('\\r\\n')[0].split(',')[0],
         excel: [...readFileSync(require.resolve('overseas-police-stations/data/stations.excel.csv')).subarray(0, 6)],
         geo: JSON.parse(read('stations.geojson')).type, schema: JSON.parse(read('schema.json')).$schema,
         datapackage: JSON.parse(read('datapackage.json')).resources[0].path, changes: JSON.parse(read('changes.json')).length,
         retired: JSON.parse(read('retired.json')), meta: JSON.parse(read('meta.json')).version,
         cff: readFileSync(require.resolve('overseas-police-stations/CITATION.cff'), 'utf8').includes('cff-version: 1.2.0') }));`,
    );
    expect(JSON.parse(run('node', ['files.mjs']))).toMatchObject({
      datapackage: 'stations.csv',
      changes: JSON.parse(readFileSync(join(root, 'dist/data/changes.json'), 'utf8')).length,
      retired: JSON.parse(readFileSync(join(root, 'dist/data/retired.json'), 'utf8')),
      meta: pkg.version,
      cff: true,
      csv: 'id',
      excel: [0xef, 0xbb, 0xbf, ...Buffer.from('id,')],
      geo: 'FeatureCollection',
      schema: 'https://json-schema.org/draft/2020-12/schema',
    });
  });

  it('validates with its zod schemas from ESM and CommonJS', () => {
    npmInstall(tarball, `zod@${pkg.devDependencies.zod}`);
    writeFileSync(
      join(project, 'schema.mjs'),
      `import { StationSchema } from 'overseas-police-stations/schema';
       import { stations } from 'overseas-police-stations';
       const bad = StationSchema.safeParse({ ...stations[0], country: 'Narnia' });
       console.log(JSON.stringify({ ok: stations.every((s) => StationSchema.safeParse(s).success), bad: bad.error.issues[0].path }));`,
    );
    expect(JSON.parse(run('node', ['schema.mjs']))).toEqual({ ok: true, bad: ['country'] });
    writeFileSync(
      join(project, 'schema.cjs'),
      `console.log(typeof require('overseas-police-stations/schema').StationSchema.parse);`,
    );
    expect(run('node', ['schema.cjs']).trim()).toBe('function');
  });

  it.each(['node16', 'bundler'])('type-checks against it with moduleResolution %s', (resolution) => {
    const module = resolution === 'node16' ? 'node16' : 'esnext';
    writeFileSync(
      join(project, 'check.ts'),
      `import { byStatus, query, countBy, getStation, type Station, type Status } from 'overseas-police-stations';
       import { StationSchema } from 'overseas-police-stations/schema';
       const closed: readonly Station[] = byStatus(['closed', 'prosecuted']);
       const status: Status | undefined = getStation('nl-01')?.status;
       const parsed = StationSchema.parse(closed[0]);
       const city: string | null = parsed.city;
       const counts: readonly { value: Status | null; count: number }[] = countBy('status');
       query({ country: 'NL', openedFrom: '2018' });
       // @ts-expect-error 'open' is not a status
       byStatus('open');
       export { status, city, counts };`,
    );
    writeFileSync(
      join(project, 'check.cts'),
      `import ops = require('overseas-police-stations');
       const n: number = ops.stations.length;
       // @ts-expect-error not a bureau
       ops.byBureau('beijing');
       export = n;`,
    );
    const files = resolution === 'node16' ? ['check.ts', 'check.cts'] : ['check.ts'];
    const compilerOptions = { strict: true, noEmit: true, types: [], target: 'es2022', module, moduleResolution: resolution };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    const tsc = run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
    expect(tsc).toBe('');
  });

  it('passes publint --strict', () => {
    expect(run(bin('publint'), ['--strict'], root)).not.toMatch(/error|warning|suggestion/i);
  });

  it('has no type resolution problems under node16 (CJS and ESM) or bundlers', () => {
    // node10 cannot resolve subpath exports at all; node16 and bundler are what users run.
    // The CSV and GeoJSON files are read by path, not imported, so TypeScript has no types for them.
    const args = [
      tarball,
      '--profile',
      'node16',
      '--format',
      'json',
      '--exclude-entrypoints',
      './data/stations.csv',
      './data/stations.excel.csv',
      './data/stations.geojson',
      './data/stations.points.geojson',
      './CITATION.cff',
    ];
    const { problems } = JSON.parse(run(bin('attw'), args, root));
    const outsideNode10 = Object.values(problems as Record<string, { resolutionKind?: string }[]>)
      .flat()
      .filter((problem) => problem.resolutionKind !== 'node10');
    expect(outsideNode10).toEqual([]);
  });
});
