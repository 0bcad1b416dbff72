// The code examples of README.md: the ```js and ```ts blocks that use the package, run
// against the built package (dist/, through the package's own exports), with the results
// they state. test/readme-examples.test.ts checks them; `npm run docs` rewrites a stated
// result that the data has changed, so that a data change never leaves README behind.
//
// A statement's result is stated in a comment that starts with an arrow, on the same line
// or on the next: `statusOn('nl-01', '2022-10-30'); // → 'investigating'`. The text after
// the arrow is a JavaScript value, compared deeply with what the statement returns. Other
// comments are prose and are not checked, but a prose comment that looks like a value
// (`// ['a', 'b']`) is refused: write it with the arrow.
import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { transformSync } from 'esbuild';

export interface Check {
  readonly line: number;
  readonly expected: string;
}

export interface Example {
  readonly line: number;
  readonly lang: 'js' | 'ts';
  readonly code: string;
  readonly checks: readonly Check[];
}

export const ARROW = /^→\s*(.+)$/;
const LOOKS_LIKE_A_VALUE = /^(?:[[{'"`\d-]|true\b|false\b|null\b|undefined\b)/;

/** The code blocks that use the package, each rewritten to record its stated results. */
export function examples(markdown: string): Example[] {
  const found: Example[] = [];
  for (const match of markdown.matchAll(/^```(js|ts)\n([\s\S]*?)^```$/gm)) {
    const source = match[2]!;
    if (!/['"]overseas-police-stations['"]/.test(source)) continue;
    const first = markdown.slice(0, match.index).split('\n').length + 1;
    const out: string[] = [];
    const checks: Check[] = [];
    let statement: number[] = []; // indexes in `out` of the lines of the statement being read
    let ended: number[] = []; // the statement that ended on the line before
    source.split('\n').forEach((text, i) => {
      const line = first + i;
      const [, code = text, comment] = /^(.*?)(?:(?:^|\s)\/\/\s?(.*))?$/.exec(text)!;
      out.push(code);
      // A result goes with the statement that ends on its line, or else on the line before.
      let target = code.trim() === '' ? ended : [];
      ended = [];
      if (code.trim() !== '') {
        statement.push(out.length - 1);
        if (code.trimEnd().endsWith(';')) [target, ended, statement] = [statement, statement, []];
      }
      const arrow = comment === undefined ? null : ARROW.exec(comment.trim());
      if (comment !== undefined && !arrow && LOOKS_LIKE_A_VALUE.test(comment.trim())) {
        throw new Error(`README.md:${line}: write a stated result as "// → value"`);
      }
      if (!arrow) return;
      if (target.length === 0) throw new Error(`README.md:${line}: "// →" follows no complete statement`);
      const expression = target
        .map((index) => out[index])
        .join('\n')
        .trimEnd()
        .replace(/;$/, '');
      out[target[0]!] = `__results.push([${line}, (${expression})]);`;
      for (const index of target.slice(1)) out[index] = '';
      checks.push({ line, expected: arrow[1]! });
      ended = [];
    });
    const code = `const __results = [];\n${out.join('\n')}\nprocess.stdout.write((await import('node:v8')).serialize(__results).toString('base64'));\n`;
    found.push({ line: first, lang: match[1] as 'js' | 'ts', code, checks });
  }
  return found;
}

/** Runs an example with Node.js (TypeScript stripped of its types first) in `dir`; its results by line. */
export function run(block: Example, root: string, dir: string): Map<number, unknown> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `line-${block.line}.mjs`);
  writeFileSync(file, block.lang === 'ts' ? transformSync(block.code, { loader: 'ts', format: 'esm' }).code : block.code);
  const output = execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return new Map(deserialize(Buffer.from(output, 'base64')) as [number, unknown][]);
}

/** A stated result as its text after the arrow reads. */
export const statedValue = (expected: string): unknown => new Function(`return (${expected});`)();

/** A value as JavaScript source, the way README states results: `['a', 'b']`, `{ field: 'x', to: null }`. */
export function literal(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'").replaceAll('\n', '\\n')}'`;
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${literal(item)}`,
  );
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/**
 * README.md with each stated result that differs from what its statement now returns
 * rewritten (the others are left as written), running every block against dist/.
 */
export function withCurrentResults(markdown: string, root: string): string {
  const dir = join(root, '.tmp', `readme-docs-${process.pid}`);
  const lines = markdown.split('\n');
  try {
    for (const block of examples(markdown)) {
      const results = run(block, root, dir);
      for (const { line, expected } of block.checks) {
        if (!results.has(line)) throw new Error(`README.md:${line} was not reached`);
        const actual = results.get(line);
        if (isDeepStrictEqual(statedValue(expected), actual)) continue;
        const index = line - 1;
        lines[index] = lines[index]!.replace(/→\s*.+$/, `→ ${literal(actual)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines.join('\n');
}
