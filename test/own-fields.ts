// A station's own fields, without what is derived from its events or its bureau: what a user
// gives `createQueries` for a station of their own.
import type { Station } from '../src/index.js';
import { DERIVED_FIELDS } from '../src/values.js';

/** The station without its derived values (`DERIVED_FIELDS`) and its province. */
export function ownFields(station: Station): Record<string, unknown> {
  const own: Record<string, unknown> = { ...station };
  for (const field of [...DERIVED_FIELDS, 'province']) delete own[field];
  return own;
}
