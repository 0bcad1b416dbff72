// What CONTRIBUTING.md promises a contributor: add a valid event to a copy of the
// repository as its recipe says, run the command it names (`npm run data:update`), and the
// tests that depend on the data pass: nothing pins a count or a sentence of README that the
// new fact changes.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository, root } from './repository-copy.js';

let copy: string;

beforeAll(() => {
  copy = copyRepository('ops-contributor-', { linkNodeModules: true });
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a contributor who adds a valid event', () => {
  it('gets green data-dependent tests after `npm run data:update`', () => {
    // The recipe "Add an event": a statement about Stockholm (se-01), on the data's revision
    // day, citing a source already in sources.json, appended at the end of the file.
    const file = join(copy, 'data/stations/SE.json');
    const sweden = JSON.parse(readFileSync(file, 'utf8'));
    const updated = JSON.parse(readFileSync(join(copy, 'data/meta.json'), 'utf8')).updated;
    sweden.events.push({
      id: 'se-e90',
      date: updated,
      dateBasis: 'reported',
      type: 'statement',
      scope: 'station',
      actor: 'A test of the contributor recipe',
      summary: 'A statement added as CONTRIBUTING.md says, to check that the documented command is enough.',
      sources: [sweden.stations[0].sources[0]],
      stations: ['se-01'],
    });
    writeFileSync(file, JSON.stringify(sweden, null, 4));
    const run = (command: string, args: string[]) =>
      execFileSync(command, args, {
        cwd: copy,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, CI: 'true', NO_COLOR: '1', FORCE_COLOR: '0' },
      });
    run('npm', ['run', 'data:update', '--silent']);
    expect(readFileSync(join(copy, 'README.md'), 'utf8')).not.toBe(readFileSync(join(root, 'README.md'), 'utf8'));
    const output = (() => {
      try {
        return run('npx', ['vitest', 'run', '--project', 'unit*', '--project', 'artifacts']);
      } catch (error) {
        const { stdout, stderr } = error as { stdout: string; stderr: string };
        return `${stdout}${stderr}`;
      }
    })();
    expect(output).toMatch(/Tests {2}\d+ passed \(\d+\)/);
    // The file written with four-space indentation is back in canonical form.
    run('npx', ['tsx', 'scripts/data-format.ts', '--check']);
  }, 600_000);
});
