// The published JSON Schema (dist/data/schema.json) of stations.json, from the zod schemas.
//
// z.toJSONSchema keeps the regexes of the zod schemas but cannot carry their refinements
// and URL options, so two checks are put back by hand:
// - partial dates: zod checks the form with a regex and the calendar with a function; here
//   one regex does both (days per month, and February 29 in leap years only);
// - URLs: zod accepts https only; here `format: "uri"` gets the pattern `^https://`.
// What no JSON Schema can check is described in the schema's `description` below.
import { z } from 'zod';
import { PARTIAL_DATE } from '../src/dates.js';
import { CALENDAR_DATE, HTTPS_URL } from './calendar-pattern.js';

export { CALENDAR_DATE, HTTPS_URL };
import { FlatDatasetSchema } from '../src/schema.js';

const DESCRIPTION = [
  'Checks the shape of every record: required fields, types, closed sets (statuses, bureaus, countries…),',
  'https URLs, and dates as YYYY, YYYY-MM or YYYY-MM-DD that exist in the calendar (leap years included).',
  'It cannot check what relates records to each other: that ids are unique, that events are sorted and',
  'their dates not after `updated`, that `status` follows from the events, that coordinates belong to the',
  'GeoNames id, or that report counts add up. The build of the package checks those.',
].join(' ');

type Node = { [key: string]: unknown };

/** Puts back, in place, the checks that z.toJSONSchema leaves out, counting them. */
function strengthen(node: unknown, count: { dates: number; urls: number }): void {
  if (Array.isArray(node)) {
    for (const item of node) strengthen(item, count);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Node;
  if (record.pattern === PARTIAL_DATE.source) {
    record.pattern = CALENDAR_DATE;
    count.dates++;
  }
  if (record.format === 'uri' && record.pattern === undefined) {
    record.pattern = HTTPS_URL;
    count.urls++;
  }
  for (const value of Object.values(record)) strengthen(value, count);
}

/** The JSON Schema (draft 2020-12) of stations.json (or of another zod schema) for this package version. */
export function jsonSchema(version: string, schema: z.ZodType = FlatDatasetSchema): Node {
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Node;
  const count = { dates: 0, urls: 0 };
  strengthen(generated, count);
  // The zod schemas are edited elsewhere: fail rather than publish a schema without these checks.
  if (count.dates === 0 || count.urls === 0) {
    throw new Error(`json-schema: expected partial dates and URLs to strengthen, found ${count.dates} and ${count.urls}`);
  }
  return {
    ...generated,
    $id: `https://unpkg.com/overseas-police-stations@${version}/dist/data/schema.json`,
    title: 'overseas-police-stations: data/stations.json',
    description: DESCRIPTION,
  };
}
