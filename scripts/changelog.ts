// The human-readable part of a release's changes in CHANGELOG.md: a "Data changes"
// subsection under the release's heading, generated from its changes entry.
import { changesMarkdown } from '../src/changes-text.js';
import type { ReleaseChanges, RetiredStation } from '../src/types.js';

const HEADING = '### Data changes';

/** The subsection of CHANGELOG.md for one release's changes. */
export function dataChangesSection(entry: ReleaseChanges, retired: readonly RetiredStation[]): string {
  return `${HEADING} (against ${entry.previous})\n\n${changesMarkdown(entry, retired)}`;
}

/**
 * CHANGELOG.md with the release's "Data changes" subsection written, as the last part of
 * the release's section (replacing one already there). Throws if the release has no heading.
 */
export function withDataChanges(changelog: string, entry: ReleaseChanges, retired: readonly RetiredStation[]): string {
  const heading = `\n## ${entry.version}\n`;
  const start = changelog.indexOf(heading);
  if (start === -1) throw new Error(`CHANGELOG.md has no "## ${entry.version}" heading`);
  const next = changelog.indexOf('\n## ', start + heading.length);
  const end = next === -1 ? changelog.length : next + 1;
  let section = changelog.slice(start, end);
  const own = section.indexOf(`\n${HEADING} `);
  if (own !== -1) section = section.slice(0, own + 1);
  section = `${section.trimEnd()}\n\n${dataChangesSection(entry, retired)}${next === -1 ? '' : '\n'}`;
  return `${changelog.slice(0, start)}${section}${changelog.slice(end)}`;
}
