import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    // Node 18 and browsers from 2021 on.
    target: ['node18', 'es2022'],
    platform: 'neutral',
    splitting: false,
    sourcemap: false,
    // Keep non-ASCII text (Chinese names, accents) as UTF-8 rather than escapes: smaller, and faster to load.
    esbuildOptions: (options) => {
      options.charset = 'utf8';
    },
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    // The command line imports the library's own build, so that the package holds the
    // dataset once per module format, not a third time inside the command.
    external: ['./index.js'],
  },
]);
