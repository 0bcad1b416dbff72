// The built command line as a child process, the way users run it: its bytes on stdout,
// its exit status, and a reader that closes the pipe early. What it prints for each kind of
// arguments is tested in process (test/cli.test.ts).
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byCountry, CSV_COLUMNS, dataset, stations, toCSV } from '../src/index.js';

const CLI = new URL('../dist/cli.js', import.meta.url).pathname;

describe('dist/cli.js as a process', () => {
  it('prints its version, and exits 2 with one line on stderr for a usage error', () => {
    const version = spawnSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' });
    expect(version).toMatchObject({ status: 0, stdout: `${dataset.version} (data updated ${dataset.updated})\n`, stderr: '' });
    const wrong = spawnSync(process.execPath, [CLI, '--status', 'open'], { encoding: 'utf8' });
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('writes CSV byte for byte as toCSV does, CRLF on the last row too', () => {
    // With no filter, only the table format prints a summary; csv lists every station.
    const all = spawnSync(process.execPath, [CLI, '--format', 'csv']);
    expect(all.status).toBe(0);
    expect(all.stdout.equals(Buffer.from(toCSV(stations)))).toBe(true);
    expect(all.stdout.equals(readFileSync(new URL('../dist/data/stations.csv', import.meta.url)))).toBe(true);
    const nl = spawnSync(process.execPath, [CLI, '--country', 'NL', '--format', 'csv']);
    expect(nl.stdout.toString('utf8')).toBe(toCSV(byCountry('NL')));
    const none = spawnSync(process.execPath, [CLI, '--country', 'IS', '--format', 'csv']);
    expect(none.stdout.toString('utf8')).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it.each(['json', 'geojson'])(
    'exits quietly with status 0 when the reader closes the pipe early (| head), --format %s',
    async (format) => {
      const full = spawnSync(process.execPath, [CLI, '--format', format]).stdout.length;
      const child = spawn(process.execPath, [CLI, '--format', format], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let received = 0;
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      // Like `head -c`: read the first chunk, then close the read end of the pipe.
      child.stdout.once('data', (chunk: Buffer) => {
        received = chunk.length;
        child.stdout.destroy();
      });
      const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on('close', (c, s) => resolve([c, s])),
      );
      expect(received).toBeGreaterThan(0);
      expect(received).toBeLessThan(full); // the pipe really was closed before the end
      expect(stderr).toBe('');
      expect({ code, signal }).toEqual({ code: 0, signal: null });
    },
  );
});
