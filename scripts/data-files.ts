// Schemas of the hand-edited files in data/, one record at a time. They reuse the
// published schemas' parts, but take bureau, province and report ids as plain ids: those
// closed sets are defined by data/ itself, and the compiler checks every reference to them.
// What the build derives (status, province, location, identified counts) is absent here.
import { z } from 'zod';
import {
  ConfidenceSchema,
  CountsSchema,
  CoverageGapSchema,
  DateBasisSchema,
  EventScopeSchema,
  EventTypeSchema,
  EvidenceSchema,
  CountryCodeSchema,
  KebabIdSchema,
  OpenedSchema,
  PartialDateSchema,
  SourceSchema,
  StationIdSchema,
  sourceIds,
  text,
} from '../src/schema-common.js';
import { compareDates } from '../src/dates.js';
import { EVENT_EFFECTS, EVENT_TYPES } from '../src/status.js';

const ProvinceCodeFieldSchema = z.string().regex(/^CN-[A-Z]{2}$/, { message: 'expected an ISO 3166-2 code such as "CN-FJ"' });

export const MetaFileSchema = z.strictObject({
  /** The authoring schema the file names, for editors. */
  $schema: z.string().optional(),
  updated: PartialDateSchema,
});

/** One record of each list file, by file name. */
export const RecordSchemas = {
  'sources.json': SourceSchema,
  'provinces.json': z.strictObject({ code: ProvinceCodeFieldSchema, name: text, nameZh: text }),
  'bureaus.json': z.strictObject({
    id: KebabIdSchema,
    name: text,
    nameZh: text,
    seat: text,
    province: ProvinceCodeFieldSchema,
    sources: sourceIds,
  }),
  'reports.json': z.strictObject({
    id: KebabIdSchema,
    title: text,
    publisher: text,
    published: PartialDateSchema,
    url: z.url({ protocol: /^https$/, message: 'expected an https URL' }),
    claimed: CountsSchema,
    unidentified: z.array(CoverageGapSchema),
    notes: text.nullable(),
    sources: sourceIds,
  }),
  /** One name a station may give its city besides the GeoNames name, such as an English exonym. */
  'city-names.json': z.strictObject({ geonameId: z.int().positive(), name: text, note: text }),
  /** How current each host country's record is: the day up to which its host responses were searched. */
  'countries.json': z.strictObject({ code: CountryCodeSchema, reviewed: PartialDateSchema, note: text }),
  /** A station id taken out of the dataset: when, why, and the station it was merged into. */
  'retired.json': z.strictObject({
    id: StationIdSchema,
    date: PartialDateSchema,
    reason: text,
    replacedBy: StationIdSchema.nullable(),
  }),
} as const;

/** A list file of data/: an object with `$schema` and one array of records under its key. */
export type ListFile = keyof typeof RecordSchemas;

/** The key under which each list file holds its records, next to `$schema`. */
export const LIST_KEYS = {
  'sources.json': 'sources',
  'provinces.json': 'provinces',
  'bureaus.json': 'bureaus',
  'reports.json': 'reports',
  'city-names.json': 'cityNames',
  'countries.json': 'countries',
  'retired.json': 'retired',
} as const satisfies Record<ListFile, string>;

export const StationEntrySchema = z.strictObject({
  id: StationIdSchema,
  city: text.nullable(),
  /** GeoNames id of the city; the build looks up its coordinates. */
  geonameId: z.int().positive().nullable(),
  bureau: KebabIdSchema.nullable(),
  bureauConfidence: ConfidenceSchema.nullable(),
  opened: OpenedSchema.nullable(),
  nameZh: text.nullable(),
  reports: z.array(KebabIdSchema),
  evidence: EvidenceSchema,
  confidence: ConfidenceSchema,
  notes: text.nullable(),
  sources: sourceIds,
});

/** The form of an event id: the country's letters, `e` and a number. */
export const EVENT_ID = /^[a-z]{2}-e\d{2,3}$/;

export const EventEntrySchema = z
  .strictObject({
    id: z.string().regex(EVENT_ID, { message: 'expected an id like "nl-e01"' }),
    date: PartialDateSchema,
    dateBasis: DateBasisSchema,
    type: EventTypeSchema.exclude(['listed'], {
      message: 'expected an event type other than "listed", which the build adds from `reports`',
    }),
    /** `station`: about the stations it names; `country`: the host country's context, which sets nothing. */
    scope: EventScopeSchema,
    /** For `activity_reported` only: when the activity was seen, never later than `date`. */
    observed: PartialDateSchema.optional(),
    actor: text,
    summary: text,
    sources: sourceIds,
    /** The stations the event covers: one, a city's, or every station of the country. */
    stations: z.array(text).min(1),
  })
  .superRefine((event, context) => {
    const reportsActivity = event.type === 'activity_reported';
    if (reportsActivity && event.observed === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['observed'],
        message: 'an activity_reported event needs `observed`: when the activity was seen',
      });
    }
    if (!reportsActivity && event.observed !== undefined) {
      context.addIssue({
        code: 'custom',
        path: ['observed'],
        message: `only activity_reported events have \`observed\`; this one is ${event.type}`,
      });
    }
    if (event.observed !== undefined && compareDates(event.observed, event.date) > 0) {
      context.addIssue({
        code: 'custom',
        path: ['observed'],
        message: `observed ${event.observed} is later than the event's date ${event.date}`,
      });
    }
    event.stations.forEach((id, j) => {
      const first = event.stations.indexOf(id);
      if (first !== j) {
        context.addIssue({
          code: 'custom',
          path: ['stations', j],
          message: `named twice by this event (also at stations.${first}); name each station once`,
        });
      }
    });
    if (event.scope === 'country' && EVENT_EFFECTS[event.type] !== null) {
      context.addIssue({
        code: 'custom',
        path: ['scope'],
        message: `a country-scope event sets nothing, so it cannot be ${event.type}: use station scope, or a type that sets nothing (${EVENT_TYPES.filter((t) => t !== 'listed' && EVENT_EFFECTS[t] === null).join(', ')})`,
      });
    }
  });

export type SourceEntry = z.infer<(typeof RecordSchemas)['sources.json']>;
export type ProvinceEntry = z.infer<(typeof RecordSchemas)['provinces.json']>;
export type BureauEntry = z.infer<(typeof RecordSchemas)['bureaus.json']>;
export type ReportEntry = z.infer<(typeof RecordSchemas)['reports.json']>;
export type CityNameEntry = z.infer<(typeof RecordSchemas)['city-names.json']>;
export type RetiredEntry = z.infer<(typeof RecordSchemas)['retired.json']>;
export type StationEntry = z.infer<typeof StationEntrySchema>;
export type EventEntry = z.infer<typeof EventEntrySchema>;
