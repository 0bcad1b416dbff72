// The parts of the record schemas that do not depend on the dataset's closed sets
// (bureaus, provinces, reports): shared by the published schemas (`./schema.ts`) and the
// schemas of the hand-edited files in data/, which must not depend on code generated
// from data/ itself.
import { z } from 'zod';
import { COUNTRY_CODES } from './generated/countries.js';
import { isPartialDate, PARTIAL_DATE } from './dates.js';
import {
  CLOSURE_BASIS_VALUES,
  EVENT_TYPE_VALUES,
  INVESTIGATION_VALUES,
  LEGAL_STAGE_VALUES,
  OPERATION_VALUES,
  SCOPE_VALUES,
  STATUS_VALUES,
} from './values.js';

const DATE_MESSAGE = 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD';
/** A date at the precision its sources give: `2018`, `2022-11` or `2022-11-01`, and a real day. */
export const PartialDateSchema = z
  .string()
  // `abort` stops a malformed string here, so that it gets one message, not two.
  .regex(PARTIAL_DATE, { message: DATE_MESSAGE, abort: true })
  .refine(isPartialDate, { message: DATE_MESSAGE });

/** An ISO 3166-1 alpha-2 code in upper case. */
export const CountryCodeSchema = z.enum(COUNTRY_CODES as [string, ...string[]], {
  message: 'expected an ISO 3166-1 alpha-2 country code in upper case, such as "NL"',
});

/** The summary status of a station (`statusOf`). */
export const StatusSchema = z.enum(STATUS_VALUES);
/** Whether a station operates, as far as its events show. */
export const OperationSchema = z.enum(OPERATION_VALUES);
/** Who says a station closed. */
export const ClosureBasisSchema = z.enum(CLOSURE_BASIS_VALUES);
/** Where the host's investigation stands. */
export const InvestigationSchema = z.enum(INVESTIGATION_VALUES);
/** How far prosecutors and courts went over the station's activity. */
export const LegalStageSchema = z.enum(LEGAL_STAGE_VALUES);
/** How far a fact is borne out by its sources. */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
/** Whether a record stands for an identified office (`site`) or one of a counted number (`count`). */
export const EvidenceSchema = z.enum(['site', 'count']);
/** Whether an event's date is when it happened or when a source first reported it. */
export const DateBasisSchema = z.enum(['event', 'reported']);
/** What happened to a station. */
export const EventTypeSchema = z.enum(EVENT_TYPE_VALUES);
/** What an event concerns: the stations it names, or the host country's context. */
export const EventScopeSchema = z.enum(SCOPE_VALUES);

/** A kebab-case id such as `nrc-2022-10-25` or `fuzhou`. */
export const KebabIdSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' });
/** Non-blank text. */
export const text = z.string().trim().min(1);
/** The source ids a fact rests on: at least one. */
export const sourceIds = z.array(text).min(1, { message: 'every fact needs at least one source' });

/** A publication that a fact rests on. */
export const SourceSchema = z
  .strictObject({
    id: KebabIdSchema,
    url: z.url({ protocol: /^https$/, message: 'expected an https URL' }),
    publisher: text,
    title: text,
    date: PartialDateSchema.nullable(),
    note: text.nullable(),
  })
  .refine((source) => source.date !== null || source.note !== null, {
    message: 'an undated source needs a note saying what is known of its date',
    path: ['note'],
  });

/** A dated event: what happened to one or more stations, with its sources. */
export const StationEventSchema = z.strictObject({
  id: text,
  date: PartialDateSchema,
  dateBasis: DateBasisSchema,
  type: EventTypeSchema,
  scope: EventScopeSchema,
  observed: PartialDateSchema.nullable(),
  actor: text,
  summary: text,
  sources: sourceIds,
  stations: z.array(text).min(1),
});

/** City-level coordinates taken from GeoNames. */
export const LocationSchema = z.strictObject({
  geonameId: z.int().positive(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** When a station opened, as its sources give it. */
export const OpenedSchema = z.strictObject({
  date: PartialDateSchema,
  note: text.nullable(),
});

/** The form of a station id. */
export const STATION_ID = /^[a-z]{2}-\d{2}$/;
/** The id of a station: two lower-case letters of its country and a number, such as `nl-01`. */
export const StationIdSchema = z.string().regex(STATION_ID, { message: 'expected an id like "nl-01"' });

/** A part of a report's claimed total that no public source places. */
export const CoverageGapSchema = z.strictObject({
  country: CountryCodeSchema.nullable(),
  count: z.int().positive(),
  note: text,
  sources: sourceIds,
});

/** How many stations in how many countries. */
export const CountsSchema = z.strictObject({ stations: z.int().nonnegative(), countries: z.int().nonnegative() });
