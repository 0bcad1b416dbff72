/**
 * zod schemas of every published record, for users who validate their own copies or
 * extensions of the dataset. The main entry does not load zod; import this entry
 * (`overseas-police-stations/schema`) only where you need them.
 */
import { z } from 'zod';
import { COUNTRY_CODES } from './generated/countries.js';
import { isPartialDate, PARTIAL_DATE } from './dates.js';

const DATE_MESSAGE = 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD';
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, { message: DATE_MESSAGE })
  .refine(isPartialDate, { message: DATE_MESSAGE });

export const CountryCodeSchema = z.enum(COUNTRY_CODES as [string, ...string[]], {
  message: 'expected an ISO 3166-1 alpha-2 country code in upper case, such as "NL"',
});

export const StatusSchema = z.enum(['reported', 'investigating', 'closed', 'prosecuted']);
export const BureauIdSchema = z.enum(['fuzhou', 'qingtian', 'wenzhou', 'nantong']);
export const ProvinceCodeSchema = z.enum(['CN-FJ', 'CN-ZJ', 'CN-JS']);
export const ReportIdSchema = z.enum(['110-overseas', 'patrol-and-persuade']);
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);
export const EvidenceSchema = z.enum(['site', 'count']);
export const DateBasisSchema = z.enum(['event', 'reported']);
export const EventTypeSchema = z.enum([
  'listed',
  'media_report',
  'investigation_opened',
  'investigation_closed',
  'statement',
  'denied_by_host',
  'denied_by_china',
  'no_evidence_found',
  'ordered_closed',
  'reported_closed',
  'raid',
  'arrest',
  'charged',
  'guilty_plea',
  'convicted',
  'sentenced',
  'other',
]);

const text = z.string().trim().min(1);
const sourceIds = z.array(text).min(1, { message: 'every fact needs at least one source' });

export const SourceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'expected a kebab-case id' }),
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

export const StationEventSchema = z.strictObject({
  id: text,
  date: PartialDateSchema,
  dateBasis: DateBasisSchema,
  type: EventTypeSchema,
  actor: text,
  summary: text,
  sources: sourceIds,
});

export const LocationSchema = z.strictObject({
  geonameId: z.int().positive(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

export const OpenedSchema = z.strictObject({
  date: PartialDateSchema,
  note: text.nullable(),
});

export const StationSchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-\d{2}$/, { message: 'expected an id like "nl-01"' }),
  country: CountryCodeSchema,
  city: text.nullable(),
  location: LocationSchema.nullable(),
  bureau: BureauIdSchema.nullable(),
  bureauConfidence: ConfidenceSchema.nullable(),
  province: ProvinceCodeSchema.nullable(),
  opened: OpenedSchema.nullable(),
  nameZh: text.nullable(),
  reports: z.array(ReportIdSchema),
  evidence: EvidenceSchema,
  confidence: ConfidenceSchema,
  notes: text.nullable(),
  sources: sourceIds,
  events: z.array(StationEventSchema).min(1),
  status: StatusSchema,
});

export const ProvinceSchema = z.strictObject({
  code: ProvinceCodeSchema,
  name: text,
  nameZh: text,
});

export const BureauSchema = z.strictObject({
  id: BureauIdSchema,
  name: text,
  nameZh: text,
  seat: text,
  province: ProvinceCodeSchema,
  sources: sourceIds,
});

export const CoverageGapSchema = z.strictObject({
  country: CountryCodeSchema.nullable(),
  count: z.int().positive(),
  note: text,
  sources: sourceIds,
});

const countsSchema = z.strictObject({ stations: z.int().nonnegative(), countries: z.int().nonnegative() });

export const ReportSchema = z.strictObject({
  id: ReportIdSchema,
  title: text,
  publisher: text,
  published: PartialDateSchema,
  url: z.url({ protocol: /^https$/ }),
  claimed: countsSchema,
  identified: countsSchema,
  unidentified: z.array(CoverageGapSchema),
  notes: text.nullable(),
  sources: sourceIds,
});

export const DatasetInfoSchema = z.strictObject({
  version: text,
  updated: PartialDateSchema,
  counts: z.strictObject({
    stations: z.int().nonnegative(),
    countries: z.int().nonnegative(),
    events: z.int().nonnegative(),
    sources: z.int().nonnegative(),
  }),
});

export const DatasetSchema = z.strictObject({
  info: DatasetInfoSchema,
  stations: z.array(StationSchema),
  bureaus: z.array(BureauSchema),
  provinces: z.array(ProvinceSchema),
  reports: z.array(ReportSchema),
  sources: z.array(SourceSchema),
  countryCodes: z.array(z.string()),
});

export const FlatBureauSchema = BureauSchema.omit({ province: true, sources: true });
export const FlatReportSchema = ReportSchema.pick({ id: true, title: true, publisher: true, published: true, url: true });
export const FlatEventSchema = StationEventSchema.extend({ sources: z.array(SourceSchema).min(1) });
export const FlatStationSchema = StationSchema.extend({
  bureau: FlatBureauSchema.nullable(),
  province: ProvinceSchema.nullable(),
  reports: z.array(FlatReportSchema),
  events: z.array(FlatEventSchema).min(1),
  sources: z.array(SourceSchema).min(1),
});
/** The schema of `overseas-police-stations/data/stations.json`. */
export const FlatDatasetSchema = z.strictObject({
  version: text,
  updated: PartialDateSchema,
  stations: z.array(FlatStationSchema),
});

export type StationInput = z.input<typeof StationSchema>;
export type StationRecord = z.infer<typeof StationSchema>;
export type StationEventRecord = z.infer<typeof StationEventSchema>;
export type SourceRecord = z.infer<typeof SourceSchema>;
export type BureauRecord = z.infer<typeof BureauSchema>;
export type ProvinceRecord = z.infer<typeof ProvinceSchema>;
export type ReportRecord = z.infer<typeof ReportSchema>;
export type DatasetRecord = z.infer<typeof DatasetSchema>;
