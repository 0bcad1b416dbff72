// Schemas of the hand-edited files in data/. They reuse the published schemas' parts;
// what the build derives (status, province, location, identified counts) is absent here.
import { z } from 'zod';
import {
  BureauSchema,
  ConfidenceSchema,
  CoverageGapSchema,
  DateBasisSchema,
  EventTypeSchema,
  EvidenceSchema,
  OpenedSchema,
  PartialDateSchema,
  ProvinceSchema,
  ReportSchema,
  SourceSchema,
  StationSchema,
  BureauIdSchema,
  ReportIdSchema,
} from '../src/schema.js';

const text = z.string().trim().min(1);
const sourceIds = z.array(text).min(1, { message: 'every fact needs at least one source' });

export const MetaFileSchema = z.strictObject({ updated: PartialDateSchema });
export const SourcesFileSchema = z.array(SourceSchema);
export const ProvincesFileSchema = z.array(ProvinceSchema);
export const BureausFileSchema = z.array(BureauSchema);
export const ReportsFileSchema = z.array(
  ReportSchema.omit({ identified: true }).extend({ unidentified: z.array(CoverageGapSchema) }),
);

export const StationEntrySchema = z.strictObject({
  id: StationSchema.shape.id,
  city: text.nullable(),
  /** GeoNames id of the city; the build looks up its coordinates. */
  geonameId: z.int().positive().nullable(),
  bureau: BureauIdSchema.nullable(),
  bureauConfidence: ConfidenceSchema.nullable(),
  opened: OpenedSchema.nullable(),
  nameZh: text.nullable(),
  reports: z.array(ReportIdSchema),
  evidence: EvidenceSchema,
  confidence: ConfidenceSchema,
  notes: text.nullable(),
  sources: sourceIds,
});

export const EventEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z]{2}-e\d{2,3}$/, { message: 'expected an id like "nl-e01"' }),
  date: PartialDateSchema,
  dateBasis: DateBasisSchema,
  type: EventTypeSchema.exclude(['listed']),
  actor: text,
  summary: text,
  sources: sourceIds,
  /** The stations the event covers: one, a city's, or every station of the country. */
  stations: z.array(text).min(1),
});

export const CountryFileSchema = z.strictObject({
  stations: z.array(StationEntrySchema).min(1),
  events: z.array(EventEntrySchema),
});

export type StationEntry = z.infer<typeof StationEntrySchema>;
export type EventEntry = z.infer<typeof EventEntrySchema>;
export type CountryFile = z.infer<typeof CountryFileSchema>;
