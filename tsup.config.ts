import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];
const source = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Keep non-ASCII text (Chinese names, accents) as UTF-8 rather than escapes: smaller, and faster to load.
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

/**
 * Node's builds read the tables from dist/tables/ (src/tables-node.ts, src/lazy-node.ts)
 * through src/beside-esm.ts, or src/beside-cjs.ts in the CommonJS builds.
 */
const tablesFromFiles: EsbuildPlugin = {
  name: 'tables-from-files',
  setup(build) {
    build.onResolve({ filter: /^\.\/lazy\.js$/ }, () => ({ path: source('src/lazy-node.ts') }));
    build.onResolve({ filter: /^\.\/generated\/tables\.js$/ }, () => ({ path: source('src/tables-node.ts') }));
    if (build.initialOptions.format === 'cjs')
      build.onResolve({ filter: /^\.\/beside-esm\.js$/ }, () => ({ path: source('src/beside-cjs.ts') }));
  },
};

/** Node's entry loads the conversions and createQueries on first use (src/extras-node.ts). */
const extrasOnFirstUse: EsbuildPlugin = {
  name: 'extras-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^\.\/(formats|create-queries)\.js$/ }, (args) =>
      args.importer === source('src/index.ts') ? { path: source('src/extras-node.ts') } : undefined,
    );
  },
};

/** What Node's builds share: one file each, for Node 18, minified but for names. */
const nodeBuild: Options = {
  dts: false,
  target: 'node18',
  platform: 'node',
  splitting: false,
  sourcemap: false,
  // Less to compile on import; names are kept, so that stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  esbuildOptions: utf8,
};

export default defineConfig([
  {
    // What bundlers and browsers get (and Node without the `node` condition): the whole
    // dataset in the module, the large tables as string literals parsed on first use.
    entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Node 18 and browsers from 2021 on.
    target: ['node18', 'es2022'],
    platform: 'neutral',
    splitting: false,
    sourcemap: false,
    esbuildOptions: utf8,
  },
  {
    // What Node gets (the `node` export condition): the same module, except that the tables
    // are read from dist/tables/ (src/tables-node.ts and src/lazy-node.ts in place of
    // src/generated/tables.ts and src/lazy.ts): the station records on import, the large
    // tables on first use, so that an import compiles only the code.
    ...nodeBuild,
    entry: { 'index.node': 'src/index.ts' },
    format: ['esm', 'cjs'],
    esbuildPlugins: [tablesFromFiles, extrasOnFirstUse],
    onSuccess: async () => {
      // The changes are read from dist/data/changes.json, which the package ships anyway.
      cpSync(new URL('src/generated/tables/', import.meta.url), new URL('dist/tables/', import.meta.url), {
        recursive: true,
        filter: (source) => !source.endsWith('changes.json'),
      });
    },
  },
  {
    // The code Node's entry loads on first use of a conversion or createQueries.
    ...nodeBuild,
    entry: { 'extras.node': 'src/extras.ts' },
    format: ['cjs'],
    esbuildPlugins: [tablesFromFiles],
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // The command line imports the library's Node build, so that the package holds the
    // dataset once per module format, not a third time inside the command.
    esbuildPlugins: [
      {
        name: 'library-build',
        setup(build) {
          build.onResolve({ filter: /^\.\/index\.js$/ }, () => ({ path: './index.node.js', external: true }));
        },
      },
    ],
  },
]);
