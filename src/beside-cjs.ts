// How Node's CommonJS builds (dist/index.node.cjs, dist/extras.node.cjs) reach the files
// beside them, with the module's own __dirname and require: no URL to parse, and no
// node:module to load on import. The build puts this module in place of src/beside-esm.ts
// for that format only.
import { readFileSync } from 'node:fs';

/** The text of a file beside the build, by its path relative to it (`tables/eager.json`). */
export const readBeside = (file: string): string => readFileSync(`${__dirname}/${file}`, 'utf8');

/** Loads a CommonJS file beside the build, by its path relative to it (`extras.node.cjs`). */
export const requireBeside = (file: string): unknown => require(`${__dirname}/${file}`);
