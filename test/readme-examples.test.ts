// Runs the ```js and ```ts code blocks of README.md that use the package against the built
// package (dist/, through the package's own exports) and checks the results they state.
//
// A statement's result is stated in a comment that starts with an arrow, on the same line
// or on the next: `statusOn('nl-01', '2022-10-30'); // → 'investigating'`. The text after
// the arrow is a JavaScript value, compared deeply with what the statement returns. Other
// comments are prose and are not checked, but a prose comment that looks like a value
// (`// ['a', 'b']`) fails the test: write it with the arrow. A block that throws fails.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type Example, examples, literal, run as runIn, statedValue } from '../scripts/readme-examples.js';

const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
// Inside the package, `import … from 'overseas-police-stations'` resolves to dist/ through
// the package's exports (a package can import itself by name).
const dir = join(root, '.tmp', `readme-${process.pid}`);

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
        expect(results.get(line), `README.md:${line}`).toEqual(statedValue(expected));
      }
    },
  );
});

/** Runs an example against the built package; its results by line. */
const run = (block: Example) => runIn(block, root, dir);

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

describe('the README results as `npm run docs` writes them', () => {
  it('reads back what it writes', () => {
    for (const value of [['a', "it's"], { field: 'status', from: null, to: 'x', event: 'nl-e04' }, 7, true, 'a\\b\nc', []]) {
      expect(statedValue(literal(value))).toEqual(value);
    }
    expect(literal({ field: 'status', n: [1, 2] })).toBe("{ field: 'status', n: [1, 2] }");
  });
});
