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
  },
  {
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    target: 'node18',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
