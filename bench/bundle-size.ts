// Minified, gzipped size of a browser app that uses the package, bundled with esbuild.
// Shared by `npm run bench` and the size budget test.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ENTRY = new URL('../dist/index.js', import.meta.url).pathname;

export const APPS = {
  /** An app that imports only byCountry. */
  byCountry: `import { byCountry } from ${JSON.stringify(ENTRY)}; console.log(byCountry('NL').length);`,
  /** An app that imports everything. */
  everything: `import * as ops from ${JSON.stringify(ENTRY)}; console.log(Object.keys(ops).length, ops);`,
} as const;

/** Budgets in bytes (gzip), set from the sizes measured for 1.1 with about 10% headroom; see bench/RESULTS.md. */
export const BUDGETS: Readonly<Record<keyof typeof APPS, number>> = { byCountry: 65_000, everything: 66_500 };

export async function bundleSize(app: keyof typeof APPS): Promise<{ minified: number; gzipped: number }> {
  const result = await build({
    stdin: { contents: APPS[app], resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}
