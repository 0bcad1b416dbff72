// How Node's ES module build (dist/index.node.js) reaches the files beside it: the tables in
// dist/tables/ and the conversions' code in dist/extras.node.cjs. The CommonJS builds use
// src/beside-cjs.ts in its place.
//
// Node's builtins come from process.getBuiltinModule (Node 20.16 and 22.3 on), which hands
// over the module itself. An ES import of node:fs would first build its ES module facade,
// which loads all of fs (streams and promises included) and costs about as much as parsing
// the station records. Older Nodes import the two builtins as before.
type Fs = typeof import('node:fs');
type NodeModule = Pick<typeof import('node:module'), 'createRequire'>;
type GetBuiltinModule = { (id: 'node:fs'): Fs; (id: 'node:module'): NodeModule };

const getBuiltinModule = (globalThis.process as { getBuiltinModule?: GetBuiltinModule } | undefined)?.getBuiltinModule;
const fs: Fs = getBuiltinModule ? getBuiltinModule('node:fs') : await import('node:fs');
const nodeModule: NodeModule | undefined = getBuiltinModule ? undefined : await import('node:module');

/** The text of a file beside the build, by its path relative to it (`tables/eager.json`). */
export const readBeside = (file: string): string => fs.readFileSync(new URL(file, import.meta.url), 'utf8');

let requireHere: NodeJS.Require | undefined;

/** Loads a CommonJS file beside the build, by its path relative to it (`extras.node.cjs`). */
export const requireBeside = (file: string): unknown => {
  requireHere ??= (nodeModule ?? getBuiltinModule!('node:module')).createRequire(import.meta.url);
  return requireHere(`./${file}`);
};
