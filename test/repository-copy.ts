// A copy of the repository as git has it (the files it tracks, and those it would), without
// what is generated or built: what a contributor gets from `git clone`. Installed
// dependencies can be linked in, standing in for `npm ci`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The repository's root folder. */
export const root = new URL('..', import.meta.url).pathname;

/** Copies the repository into a new temporary folder named after `prefix`, and gives its path. */
export function copyRepository(prefix: string, options: { readonly linkNodeModules?: boolean } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && existsSync(join(root, file)));
  for (const file of files) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  if (options.linkNodeModules) symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}
