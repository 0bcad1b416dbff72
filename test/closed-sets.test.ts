// Bureaus, provinces and reports are defined by data/: adding one is a data change and a
// rebuild, with no code to edit. This builds a copy of the project whose data/ has a new
// bureau and a third report, and a station id retired in data/retired.json, and uses the
// result as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;
let dir: string;

// biome-ignore lint/suspicious/noExplicitAny: the fixtures edit arbitrary JSON.
function editJson(file: string, change: (json: any) => void): void {
  const path = join(dir, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  change(json);
  writeFileSync(path, JSON.stringify(json, null, 2));
}

const retirement = { id: 'ae-01', date: '2026-11-01', reason: 'Renumbered in a test.', replacedBy: 'ae-02' };
const run = (args: readonly string[]) => execFileSync(process.execPath, args, { cwd: dir, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ops-closed-sets-'));
  for (const entry of ['package.json', 'tsconfig.json', 'tsup.config.ts', 'src', 'scripts', 'data', 'releases']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true, filter: (src) => !src.includes('/src/generated') });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  editJson('data/bureaus.json', ({ bureaus }) =>
    bureaus.push({
      id: 'lishui',
      name: 'Lishui Municipal Public Security Bureau',
      nameZh: '丽水市公安局',
      seat: 'Lishui',
      province: 'CN-ZJ',
      sources: ['safeguard-defenders-2022-09-15'],
    }),
  );
  editJson('data/reports.json', ({ reports }) =>
    reports.push({
      ...reports[0],
      id: 'third-report',
      title: 'A third report',
      claimed: { stations: 1, countries: 1 },
      unidentified: [],
    }),
  );
  editJson('data/stations/NL.json', (file) => {
    file.stations[0].bureau = 'lishui';
    file.stations[0].reports.push('third-report');
  });
  // ae-01 merged into a new id: a retirement record keeps the published id.
  editJson('data/stations/AE.json', (file) => (file.stations[0].id = 'ae-02'));
  editJson('data/retired.json', ({ retired }) => retired.push(retirement));
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'pipe' });
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a bureau and a report added in data/ only', () => {
  it('are accepted by the query functions', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { byBureau, byReport, countBy, byProvince } from './dist/index.js';
       console.log(JSON.stringify({
         bureau: byBureau('lishui').map((s) => s.id),
         report: byReport('third-report').map((s) => s.id),
         province: byProvince('zhejiang').some((s) => s.id === 'nl-01'),
         counted: countBy('bureau').some((c) => c.value === 'lishui'),
       }));`,
    ]);
    expect(JSON.parse(out)).toEqual({ bureau: ['nl-01'], report: ['nl-01'], province: true, counted: true });
  });

  it('appear in the literal types, the zod schemas and the command line help', () => {
    const types = readFileSync(join(dir, 'dist/index.d.ts'), 'utf8');
    expect(types).toMatch(/type BureauId = [^;]*"lishui"/);
    expect(types).toMatch(/type ReportId = [^;]*"third-report"/);
    const schema = run([
      '--input-type=module',
      '-e',
      `import { BureauIdSchema, ReportIdSchema } from './dist/schema.js';
       console.log(BureauIdSchema.safeParse('lishui').success, ReportIdSchema.safeParse('third-report').success, BureauIdSchema.safeParse('beijing').success);`,
    ]);
    expect(schema.trim()).toBe('true true false');
    const help = run(['dist/cli.js', '--help']);
    expect(help).toMatch(/--bureau ID +fuzhou, qingtian, wenzhou, nantong, lishui\n/);
    expect(help).toMatch(/--report ID +110-overseas, patrol-and-persuade, third-report\n/);
  });
});

describe('a station id retired in data/retired.json', () => {
  it('is no station, and the API, the shipped list and the command line say why it is gone', () => {
    const out = run([
      '--input-type=module',
      '-e',
      `import { getStation, retiredStation } from './dist/index.js';
       import { readFileSync } from 'node:fs';
       console.log(JSON.stringify({ station: getStation('ae-01') ?? null, retired: retiredStation('ae-01'),
         file: JSON.parse(readFileSync('dist/data/retired.json', 'utf8')) }));`,
    ]);
    const { station, retired, file } = JSON.parse(out);
    expect(station).toBeNull();
    expect(retired).toEqual({ ...retirement, lastVersion: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
    expect(file).toEqual([retired]);
    const cli = spawnSync(process.execPath, ['dist/cli.js', '--id', 'ae-01'], { cwd: dir, encoding: 'utf8' });
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr).toBe(
      'overseas-police-stations: station id "ae-01" was retired on 2026-11-01 (merged into ae-02): Renumbered in a test. (see --help)\n',
    );
  });
});
