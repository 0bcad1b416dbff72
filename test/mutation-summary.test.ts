// scripts/mutation-summary.ts: the Markdown that bench/MUTATION.md takes from a mutation report.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'ops-mutation-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (line: number, column: number, endColumn: number) => ({
  start: { line, column },
  end: { line, column: endColumn },
});

describe('mutation-summary', () => {
  it('scores each file as Stryker does and lists what survived, with the code it changed', () => {
    const report = {
      schemaVersion: '2',
      thresholds: { high: 90, low: 85 },
      files: {
        'src/b.ts': {
          language: 'typescript',
          source: 'export const yes = 1 > 0;\n',
          mutants: [
            { id: '1', mutatorName: 'EqualityOperator', replacement: '1 >= 0', status: 'Survived', location: at(1, 20, 25) },
            { id: '2', mutatorName: 'BooleanLiteral', replacement: 'false', status: 'Killed', location: at(1, 20, 25) },
            { id: '3', mutatorName: 'ConditionalExpression', replacement: 'true', status: 'Timeout', location: at(1, 20, 25) },
            {
              id: '4',
              mutatorName: 'ConditionalExpression',
              replacement: 'false',
              status: 'NoCoverage',
              location: at(1, 20, 25),
            },
          ],
        },
        'src/a.ts': {
          language: 'typescript',
          source: "const name = 'x';\n",
          mutants: [
            { id: '5', mutatorName: 'StringLiteral', replacement: '""', status: 'Killed', location: at(1, 14, 17) },
            { id: '6', mutatorName: 'StringLiteral', replacement: '""', status: 'Ignored', location: at(1, 14, 17) },
          ],
        },
      },
    };
    const path = join(dir, 'mutation.json');
    writeFileSync(path, JSON.stringify(report));
    const judgements = join(dir, 'judgements.json');
    writeFileSync(
      judgements,
      JSON.stringify({
        judgements: [
          { file: 'src/b.ts', code: 'yes = 1', mutator: 'EqualityOperator', verdict: 'equivalent', why: 'one is never zero' },
          { file: 'src/a.ts', code: '1 > 0', verdict: 'accepted', why: 'another file' },
        ],
      }),
    );
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/mutation-summary.ts', path, judgements], {
      encoding: 'utf8',
    });
    expect(out.split('\n').slice(0, 5)).toEqual([
      '| file | score % | killed | timeout | survived | no coverage | ignored (static) | errors | mutants |',
      '|---|---|---|---|---|---|---|---|---|',
      '| src/a.ts | 100.00 | 1 | 0 | 0 | 0 | 1 | 0 | 2 |',
      '| src/b.ts | 50.00 | 1 | 1 | 1 | 1 | 0 | 0 | 4 |',
      '| **all** | 60.00 | 2 | 1 | 1 | 1 | 1 | 0 | 6 |',
    ]);
    expect(out).toContain('Mutants that survived (S) or that no test ran (N), 2: 1 equivalent, 0 accepted, 1 not judged.');
    expect(out).toContain('- src/b.ts:1:20 S EqualityOperator: `1 > 0` → `1 >= 0` — equivalent: one is never zero\n');
    expect(out).toContain('- src/b.ts:1:20 N ConditionalExpression: `1 > 0` → `false` — **not judged**\n');
    expect(out).not.toContain('src/a.ts:1:14');
  });
});
