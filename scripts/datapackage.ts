// datapackage.json: a Frictionless Tabular Data Package (v1) describing stations.csv with
// a Table Schema, so that Frictionless readers in R and Python type and check its columns.
// The closed sets (bureaus, provinces, reports, the derived values) come from the data.
import { createHash } from 'node:crypto';
import { CLOSURE_BASES, INVESTIGATIONS, LEGAL_STAGES, OPERATIONS, STATUSES } from '../src/status.js';
import { CSV_COLUMNS, LIST_SEPARATOR } from '../src/csv-columns.js';
import type { Bureau, DatasetInfo, Province, Report } from '../src/types.js';

/** A partial date, and a real month and day where given: `2018`, `2022-11`, `2022-11-01`. */
export const PARTIAL_DATE_PATTERN = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';

/** The npm page of a version: where the package, and so every file, can be had. */
export const npmUrl = (version?: string) =>
  `https://www.npmjs.com/package/overseas-police-stations${version ? `/v/${version}` : ''}`;

/** The data licence, as the Data Package and CITATION.cff name it. */
export const DATA_LICENSE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
} as const;

/** The dataset's authors, as everything that cites it names them. */
export const AUTHORS = 'The overseas-police-stations authors';

interface Field {
  readonly name: (typeof CSV_COLUMNS)[number];
  readonly type: 'string' | 'number' | 'integer';
  readonly description: string;
  readonly constraints?: Record<string, unknown>;
}

export interface DataPackageInput {
  readonly info: DatasetInfo;
  readonly description: string;
  readonly keywords: readonly string[];
  readonly bureaus: readonly Bureau[];
  readonly provinces: readonly Province[];
  readonly reports: readonly Report[];
  /** The bytes of stations.csv, for its size and hash. */
  readonly csv: string;
}

const regexEscape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The content of `datapackage.json`. */
export function dataPackage(input: DataPackageInput): Record<string, unknown> {
  const { info } = input;
  const required = { required: true };
  const oneOf = (values: readonly string[], more: Record<string, unknown> = {}) => ({ enum: [...values], ...more });
  const reportId = `(${input.reports.map((r) => regexEscape(r.id)).join('|')})`;
  const fields: Field[] = [
    {
      name: 'id',
      type: 'string',
      description: 'Station id, `cc-nn`: never reused, never changes meaning',
      constraints: { required: true, unique: true, pattern: '[a-z]{2}-\\d{2}' },
    },
    {
      name: 'country',
      type: 'string',
      description: 'ISO 3166-1 alpha-2 code of the host country',
      constraints: { required: true, pattern: '[A-Z]{2}' },
    },
    { name: 'city', type: 'string', description: 'English city name; empty where no source places the station' },
    {
      name: 'latitude',
      type: 'number',
      description: 'Latitude of the city (GeoNames)',
      constraints: { minimum: -90, maximum: 90 },
    },
    {
      name: 'longitude',
      type: 'number',
      description: 'Longitude of the city (GeoNames)',
      constraints: { minimum: -180, maximum: 180 },
    },
    { name: 'geonames_id', type: 'integer', description: 'GeoNames id of the city', constraints: { minimum: 1 } },
    {
      name: 'bureau',
      type: 'string',
      description: 'Operating public security bureau; empty where sources do not say',
      constraints: oneOf(input.bureaus.map((b) => b.id)),
    },
    {
      name: 'bureau_confidence',
      type: 'string',
      description: 'How well sources support the bureau; empty exactly when bureau is',
      constraints: oneOf(['high', 'medium', 'low']),
    },
    {
      name: 'province',
      type: 'string',
      description: "ISO 3166-2 code of the bureau's province",
      constraints: oneOf(input.provinces.map((p) => p.code)),
    },
    {
      name: 'opened',
      type: 'string',
      description: 'Opening date at the precision its sources give (YYYY, YYYY-MM or YYYY-MM-DD)',
      constraints: { pattern: PARTIAL_DATE_PATTERN },
    },
    { name: 'name_zh', type: 'string', description: 'Chinese name, where a source reports one' },
    {
      name: 'reports',
      type: 'string',
      description: `Ids of the reports that list the station, joined with "${LIST_SEPARATOR}"; empty for a site only later sources name`,
      constraints: { pattern: `${reportId}(${regexEscape(LIST_SEPARATOR)}${reportId})*` },
    },
    {
      name: 'evidence',
      type: 'string',
      description: '`site`: sources identify this office; `count`: sources only give a number of stations',
      constraints: oneOf(['site', 'count'], required),
    },
    {
      name: 'confidence',
      type: 'string',
      description: 'How far the record is borne out by its sources',
      constraints: oneOf(['high', 'medium', 'low'], required),
    },
    {
      name: 'operation',
      type: 'string',
      description:
        'Whether it operates, as its events show: unknown (listed; nothing since says it is active or closed), active (a dated report of activity after its listing), closed',
      constraints: oneOf(OPERATIONS, required),
    },
    {
      name: 'closure',
      type: 'string',
      description: 'Who says it closed, weakest first; empty unless closed',
      constraints: oneOf(CLOSURE_BASES),
    },
    {
      name: 'closure_ordered',
      type: 'string',
      description: "Date of the host's first order or demand to close it; it closes nothing by itself. Empty if none",
      constraints: { pattern: PARTIAL_DATE_PATTERN },
    },
    {
      name: 'last_reported_active',
      type: 'string',
      description: 'When activity was last observed (not published), by a report of activity; empty if none',
      constraints: { pattern: PARTIAL_DATE_PATTERN },
    },
    {
      name: 'investigation',
      type: 'string',
      description: "Where the host's investigation stands",
      constraints: oneOf(INVESTIGATIONS, required),
    },
    {
      name: 'investigation_as_of',
      type: 'string',
      description: 'When the investigation was last heard of (the latest event showing it alive, or ending it); empty if none',
      constraints: { pattern: PARTIAL_DATE_PATTERN },
    },
    {
      name: 'legal',
      type: 'string',
      description: "How far prosecutors and courts went over the station's activity",
      constraints: oneOf(LEGAL_STAGES, required),
    },
    {
      name: 'status',
      type: 'string',
      description: 'The summary of operation, closure, investigation and legal stage (an order to close alone changes none)',
      constraints: oneOf(STATUSES, required),
    },
    {
      name: 'status_since',
      type: 'string',
      description: 'Date of the event that set the status (YYYY, YYYY-MM or YYYY-MM-DD)',
      constraints: { required: true, pattern: PARTIAL_DATE_PATTERN },
    },
    {
      name: 'last_heard',
      type: 'string',
      description: 'Date of the latest event about the station itself, other than a listing or country context; empty if none',
      constraints: { pattern: PARTIAL_DATE_PATTERN },
    },
    {
      name: 'events',
      type: 'integer',
      description: 'Number of events in the timeline',
      constraints: { required: true, minimum: 1 },
    },
    { name: 'notes', type: 'string', description: 'Conflicts between sources and other caveats' },
    {
      name: 'source_urls',
      type: 'string',
      description: `URLs of the sources of the station and of its events, joined with "${LIST_SEPARATOR}"`,
      constraints: { required: true, pattern: `https://\\S+(${regexEscape(LIST_SEPARATOR)}https://\\S+)*` },
    },
  ];
  const order = fields.map((f) => f.name).join(',');
  if (order !== CSV_COLUMNS.join(',')) throw new Error(`datapackage.json fields ${order} do not follow CSV_COLUMNS`);
  const bytes = Buffer.byteLength(input.csv, 'utf8');
  return {
    profile: 'tabular-data-package',
    name: 'overseas-police-stations',
    id: npmUrl(info.version),
    title: 'Chinese overseas police service stations',
    description: input.description,
    version: info.version,
    homepage: npmUrl(),
    keywords: [...input.keywords],
    licenses: [DATA_LICENSE],
    contributors: [{ title: AUTHORS, role: 'author' }],
    sources: [
      ...input.reports.map((r) => ({ title: `${r.publisher}, "${r.title}" (${r.published})`, path: r.url })),
      { title: 'The news, government and court sources each station cites (column source_urls)' },
    ],
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'stations',
        path: 'stations.csv',
        title: 'Stations',
        description: `One row per station, data updated ${info.updated}. Empty cells mean unknown (or, for closure, none).`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes,
        hash: `sha256:${createHash('sha256').update(input.csv).digest('hex')}`,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields, primaryKey: ['id'], missingValues: [''] },
      },
    ],
  };
}
