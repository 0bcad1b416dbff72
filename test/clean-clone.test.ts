// What a contributor gets from `git clone`: the files git tracks (or would, once added),
// without src/generated/ or dist/, which are git-ignored and built.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepository } from './repository-copy.js';

let clone: string;

beforeAll(() => {
  // Installed dependencies stand in for `npm ci`.
  clone = copyRepository('ops-clone-', { linkNodeModules: true });
});

afterAll(() => {
  if (clone) rmSync(clone, { recursive: true, force: true });
});

describe('a clean clone', () => {
  it('has no generated files', () => {
    expect(existsSync(join(clone, 'src/generated'))).toBe(false);
    expect(existsSync(join(clone, 'dist'))).toBe(false);
  });

  it('passes `npm run typecheck` (which generates src/generated/ first)', () => {
    const result = (() => {
      try {
        return {
          ok: true,
          output: execFileSync('npm', ['run', 'typecheck', '--silent'], { cwd: clone, encoding: 'utf8', stdio: 'pipe' }),
        };
      } catch (error) {
        const { stdout, stderr } = error as { stdout: string; stderr: string };
        return { ok: false, output: `${stdout}${stderr}` };
      }
    })();
    expect(result.output.split('\n').filter((line) => /error TS/.test(line))).toEqual([]);
    expect(result.ok, result.output).toBe(true);
  }, 120_000);

  it('packs a built package: `prepack` builds dist/ before npm packs it', () => {
    const output = execFileSync('npm', ['pack', '--dry-run', '--json'], {
      cwd: clone,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The build that `prepack` runs prints its own lines before npm's JSON.
    const [packed] = JSON.parse(output.slice(output.search(/^\[\s*\{/m)));
    const files = (packed.files as { path: string }[]).map((f) => f.path);
    for (const file of [
      'dist/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/cli.js',
      'dist/data/stations.csv',
      'package.json',
    ]) {
      expect(files, file).toContain(file);
    }
  }, 180_000);
});
