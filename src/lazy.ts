// The JSON text of the large tables, read on first use. This is the version bundlers and
// browsers get: the text is in the bundle, one constant per table, so that an app bundles
// only the tables it uses. Node's entries use lazy-node.ts instead, which reads the same
// text from files, so that importing the package does not compile it.
import { CHANGES_JSON, DETAILS_JSON, EVENTS_JSON, SOURCES_JSON } from './generated/lazy-tables.js';

/** The events table as JSON text. */
export const eventsText = (): string => EVENTS_JSON;
/** The sources table as JSON text. */
export const sourcesText = (): string => SOURCES_JSON;
/** The notes and source ids of each station as JSON text. */
export const detailsText = (): string => DETAILS_JSON;
/** The changes between releases as JSON text. */
export const changesText = (): string => CHANGES_JSON;
