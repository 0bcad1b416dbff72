// Runs the ```js and ```ts code blocks of README.md that use the package against the built
// package (dist/, through the package's own exports) and checks the results they state.
//
// A statement's result is stated in a comment that starts with an arrow, on the same line
// or on the next: `statusOn('nl-01', '2022-10-30'); // → 'investigating'`. The text after
// the arrow is a JavaScript value, compared deeply with what the statement returns. Other
// comments are prose and are not checked, but a prose comment that looks like a value
// (`// ['a', 'b']`) fails the test: write it with the arrow. A block that throws fails.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize } from 'node:v8';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
// Inside the package, `import … from 'overseas-police-stations'` resolves to dist/ through
// the package's exports (a package can import itself by name).
const dir = join(root, '.tmp', `readme-${process.pid}`);

interface Check {
  readonly line: number;
  readonly expected: string;
}

interface Example {
  readonly line: number;
  readonly lang: 'js' | 'ts';
  readonly code: string;
  readonly checks: readonly Check[];
}

const ARROW = /^→\s*(.+)$/;
const LOOKS_LIKE_A_VALUE = /^(?:[[{'"`\d-]|true\b|false\b|null\b|undefined\b)/;

/** The code blocks that use the package, each rewritten to record its stated results. */
function examples(markdown: string): Example[] {
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

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README.md code examples', () => {
  let blocks: Example[] = [];
  let problem: unknown;
  try {
    blocks = examples(readme);
  } catch (error) {
    problem = error;
  }

  it('are found, with results to check', () => {
    if (problem) throw problem;
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.flatMap((block) => block.checks).length).toBeGreaterThanOrEqual(4);
  });

  it.each(blocks.map((block) => [block.line, block] as const))(
    'the block at README.md:%i runs and gives the results it states',
    (_, block) => {
      const results = run(block);
      for (const { line, expected } of block.checks) {
        expect(results.has(line), `README.md:${line} was not reached`).toBe(true);
        expect(results.get(line), `README.md:${line}`).toEqual(new Function(`return (${expected});`)());
      }
    },
  );
});

/** Runs an example with Node.js (TypeScript stripped of its types first); its results by line. */
function run(block: Example): Map<number, unknown> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `line-${block.line}.mjs`);
  writeFileSync(file, block.lang === 'ts' ? transformSync(block.code, { loader: 'ts', format: 'esm' }).code : block.code);
  const output = execFileSync(process.execPath, [file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return new Map(deserialize(Buffer.from(output, 'base64')) as [number, unknown][]);
}

describe('the README example extraction', () => {
  const block = (body: string) => `\`\`\`js\nimport { x } from 'overseas-police-stations';\n${body}\n\`\`\`\n`;

  it('checks results stated with an arrow, on the line or the next', () => {
    const [example] = examples(block('f(1); // → 2\ng(\n  3,\n);\n// → [4]\nh(); // prose, not checked'));
    expect(example!.checks).toEqual([
      { line: 3, expected: '2' },
      { line: 7, expected: '[4]' },
    ]);
    expect(example!.code).toContain('__results.push([3, (f(1))]);');
    expect(example!.code).toContain('__results.push([7, (g(\n  3,\n))]);');
    expect(example!.code).toContain('h();');
  });

  it('refuses a result written without the arrow, or after no statement', () => {
    expect(() => examples(block("f(1); // ['a']"))).toThrow(/README.md:3: write a stated result as "\/\/ → value"/);
    expect(() => examples(block('\n// → 1'))).toThrow(/README.md:4: "\/\/ →" follows no complete statement/);
    expect(() => examples(block('f(\n// → 1\n);'))).toThrow(/follows no complete statement/);
    expect(() => examples(block('f(); // → 1\n// → 1'))).toThrow(/README.md:4: "\/\/ →" follows no complete statement/);
  });

  it('runs TypeScript against the built package, and fails on an example that throws', () => {
    const ts =
      "```ts\nimport { getStation, type Station } from 'overseas-police-stations';\nconst s: Station | undefined = getStation('nl-01');\ns?.country; // → 'NL'\n```\n";
    const [example] = examples(ts);
    expect([...run(example!)]).toEqual([[4, 'NL']]);
    const [throwing] = examples(
      "```js\nimport { byCountry } from 'overseas-police-stations';\nbyCountry('Narnia'); // → []\n```\n",
    );
    expect(() => run(throwing!)).toThrow(/RangeError: byCountry: unknown country "Narnia"/);
  });

  it('leaves out blocks that do not use the package', () => {
    expect(examples('```js\nconsole.log(1); // → 1\n```\n```sh\nnpm test\n```\n')).toEqual([]);
  });
});
