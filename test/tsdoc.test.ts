// Every public export shows its TSDoc in an editor: read each export of the built
// declaration files through the TypeScript compiler, as an editor's hover does.
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

const DIST = new URL('../dist/', import.meta.url).pathname;

/** The exports of a declaration file that have no documentation comment. */
function undocumentedExports(file: string): { all: string[]; undocumented: string[] } {
  const program = ts.createProgram([file], { strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file)!;
  const module = checker.getSymbolAtLocation(source)!;
  const all: string[] = [];
  const undocumented: string[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    all.push(exported.name);
    if (ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim() === '') undocumented.push(exported.name);
  }
  return { all, undocumented };
}

describe('TSDoc in editors', () => {
  it.each(['index.d.ts', 'index.d.cts', 'schema.d.ts'])('documents every export of dist/%s', (name) => {
    const { all, undocumented } = undocumentedExports(`${DIST}${name}`);
    expect(all).toContain(name.startsWith('index') ? 'getStation' : 'StationSchema');
    expect(undocumented).toEqual([]);
  });
});
