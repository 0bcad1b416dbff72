// The JSON text of the large tables for Node's entries (dist/index.node.js and .cjs): read
// from dist/tables/ (and the changes from dist/data/changes.json) on first use, so that
// importing the package costs about what parsing its data costs, instead of compiling several
// hundred kilobytes of string literals. The build puts this module in place of lazy.ts for
// those entries only.
import { readBeside } from './beside-esm.js';

/** The events table as JSON text. */
export const eventsText = (): string => readBeside('tables/events.json');
/** The sources table as JSON text. */
export const sourcesText = (): string => readBeside('tables/sources.json');
/** The notes and source ids of each station as JSON text. */
export const detailsText = (): string => readBeside('tables/details.json');
/** The changes between releases as JSON text: the shipped data/changes.json, which holds them. */
export const changesText = (): string => readBeside('data/changes.json');
