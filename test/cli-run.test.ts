// The command line in process: `run(argv, io)` writes what the command prints and gives its
// exit status, without a child process (test/cli.test.ts runs the built command itself).
import { describe, expect, it } from 'vitest';
import { run } from '../src/cli-run.js';
import { query, toCSV } from '../src/index.js';

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

describe('run(argv, io)', () => {
  it('writes the output of the arguments and gives 0', () => {
    expect(cli('--format', 'csv')).toEqual({ status: 0, stdout: toCSV(query({})), stderr: '' });
    const { stdout } = cli('--operation', 'active');
    const ids = query({ operation: 'active' }).map((s) => s.id);
    expect(stdout.split('\n').map((line) => line.split(' ')[0])).toEqual(['id', '-----', ...ids, '', String(ids.length), '']);
    expect(cli('--help').stdout).toMatch(/^Usage: overseas-police-stations/);
  });

  it('writes one line to stderr and gives 2 for a usage error, with nothing on stdout', () => {
    for (const argv of [['--bogus'], ['--country', ''], ['--heard-since', 'soon'], ['--id', 'xx-99'], ['stray']]) {
      const { status, stdout, stderr } = cli(...argv);
      expect([argv, status, stdout]).toEqual([argv, 2, '']);
      expect(stderr).toMatch(/^overseas-police-stations: .+ \(see --help\)\n$/);
    }
    expect(cli('--heard-since', 'soon').stderr).toContain('unknown --heard-since "soon"');
  });
});
