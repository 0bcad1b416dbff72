// A station's derived values as the generated files list them: every field of
// DERIVED_FIELDS, in its order, so that no file lists them by hand.
import type { Station } from '../src/types.js';
import { DERIVED_FIELDS } from '../src/values.js';

/** The derived values of a station (`operation` … `lastHeard`). */
export type DerivedValues = Pick<Station, (typeof DERIVED_FIELDS)[number]>;

/** A station's derived values, in the order of DERIVED_FIELDS. */
export const derivedValues = (station: Station): DerivedValues =>
  Object.fromEntries(DERIVED_FIELDS.map((field) => [field, station[field]])) as unknown as DerivedValues;
