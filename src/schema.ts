/**
 * zod schemas of every published record, for users who validate their own copies or
 * extensions of the dataset. The main entry does not load zod; import this entry
 * (`overseas-police-stations/schema`) only where you need them.
 */
import { z } from 'zod';
import { BUREAU_IDS, PROVINCE_CODES, REPORT_IDS } from './generated/closed-sets.js';
import {
  ConfidenceSchema,
  CountryCodeSchema,
  CountsSchema,
  CoverageGapSchema,
  EvidenceSchema,
  LocationSchema,
  OpenedSchema,
  PartialDateSchema,
  SourceSchema,
  StationEventSchema,
  StationIdSchema,
  StatusSchema,
  OperationSchema,
  ClosureBasisSchema,
  InvestigationSchema,
  LegalStageSchema,
  sourceIds,
  text,
} from './schema-common.js';

export {
  ConfidenceSchema,
  CountryCodeSchema,
  CoverageGapSchema,
  DateBasisSchema,
  EventScopeSchema,
  EventTypeSchema,
  EvidenceSchema,
  LocationSchema,
  OpenedSchema,
  PartialDateSchema,
  SourceSchema,
  StationEventSchema,
  StatusSchema,
  OperationSchema,
  ClosureBasisSchema,
  InvestigationSchema,
  LegalStageSchema,
} from './schema-common.js';

/** The id of an operating bureau in `data/bureaus.json`. */
export const BureauIdSchema = z.enum(BUREAU_IDS);
/** The ISO 3166-2 code of a province in `data/provinces.json`. */
export const ProvinceCodeSchema = z.enum(PROVINCE_CODES);
/** The id of a report in `data/reports.json`. */
export const ReportIdSchema = z.enum(REPORT_IDS);

/** One overseas police service station, as `stations` holds it. */
export const StationSchema = z.strictObject({
  id: StationIdSchema,
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
  operation: OperationSchema,
  closure: ClosureBasisSchema.nullable(),
  closureOrdered: PartialDateSchema.nullable(),
  lastReportedActive: PartialDateSchema.nullable(),
  investigation: InvestigationSchema,
  investigationAsOf: PartialDateSchema.nullable(),
  legal: LegalStageSchema,
  status: StatusSchema,
  statusSince: PartialDateSchema,
  lastHeard: PartialDateSchema.nullable(),
});

/** Where one value of a station comes from: the event that set it (`null` for the record's own fields) and source ids. */
export const FieldSourceSchema = z.strictObject({ event: text.nullable(), sources: sourceIds });

/** The notes, sources, timeline and field sources of a station, as `getDetails` resolves them. */
export const StationDetailsSchema = z.strictObject({
  id: StationIdSchema,
  notes: text.nullable(),
  sources: z.array(SourceSchema).min(1),
  events: z.array(StationEventSchema).min(1),
  fieldSources: z.strictObject({
    city: FieldSourceSchema,
    bureau: FieldSourceSchema,
    opened: FieldSourceSchema,
    nameZh: FieldSourceSchema,
    operation: FieldSourceSchema,
    closure: FieldSourceSchema,
    closureOrdered: FieldSourceSchema,
    lastReportedActive: FieldSourceSchema,
    investigation: FieldSourceSchema,
    investigationAsOf: FieldSourceSchema,
    legal: FieldSourceSchema,
    status: FieldSourceSchema,
    lastHeard: FieldSourceSchema,
  }),
});

const VersionSchema = z.string().regex(/^\d+\.\d+\.\d+$/, { message: 'expected a version such as "2.1.0"' });

/** A retired station id, as `retired` and `data/retired.json` hold it. */
export const RetiredStationSchema = z.strictObject({
  id: StationIdSchema,
  date: PartialDateSchema,
  reason: text,
  replacedBy: StationIdSchema.nullable(),
  lastVersion: VersionSchema.nullable(),
});

const ChangeValueSchema = z.union([z.string(), z.number(), z.null(), z.array(z.string())]);
/** One value that differs between two releases. */
export const FieldChangeSchema = z.strictObject({ field: text, from: ChangeValueSchema, to: ChangeValueSchema });
/** One value of a station that differs between two releases, with the event behind the later value. */
export const StationFieldChangeSchema = FieldChangeSchema.extend({ event: text.nullable() });
const CountChangeSchema = z.strictObject({ from: z.int().nonnegative(), to: z.int().nonnegative() });

/** What changed in the data from one release to the next, as `changes` and `data/changes.json` hold it. */
export const ReleaseChangesSchema = z.strictObject({
  version: VersionSchema,
  previous: VersionSchema,
  updated: PartialDateSchema,
  counts: z.strictObject({ stations: CountChangeSchema, events: CountChangeSchema, sources: CountChangeSchema }),
  stations: z.strictObject({
    added: z.array(StationIdSchema),
    retired: z.array(StationIdSchema),
    changed: z.array(
      z.strictObject({ id: StationIdSchema, since: PartialDateSchema, fields: z.array(StationFieldChangeSchema).min(1) }),
    ),
    legacyStatus: z.array(
      z.strictObject({
        id: StationIdSchema,
        before: z.strictObject({ status: text }),
        // The 2.0 values, with their 2.0 meaning.
        after: z.strictObject({
          operation: text,
          closure: text.nullable(),
          investigation: text,
          legal: text,
          status: text,
          statusSince: PartialDateSchema,
        }),
      }),
    ),
  }),
  events: z.strictObject({
    added: z.array(text),
    corrected: z.array(z.strictObject({ id: text, fields: z.array(FieldChangeSchema).min(1) })),
    removed: z.array(text),
  }),
  sources: z.strictObject({ added: z.array(text), removed: z.array(text) }),
});

/** The schema of `overseas-police-stations/data/changes.json`: every release's changes, newest first. */
export const ChangesFileSchema = z.array(ReleaseChangesSchema);

/** A Chinese province of an operating bureau. */
export const ProvinceSchema = z.strictObject({
  code: ProvinceCodeSchema,
  name: text,
  nameZh: text,
});

/** An operating public security bureau. */
export const BureauSchema = z.strictObject({
  id: BureauIdSchema,
  name: text,
  nameZh: text,
  seat: text,
  province: ProvinceCodeSchema,
  sources: sourceIds,
});

/** A report, with what it claimed and how much of it the dataset identifies. */
export const ReportSchema = z.strictObject({
  id: ReportIdSchema,
  title: text,
  publisher: text,
  published: PartialDateSchema,
  url: z.url({ protocol: /^https$/ }),
  claimed: CountsSchema,
  identified: CountsSchema,
  unidentified: z.array(CoverageGapSchema),
  notes: text.nullable(),
  sources: sourceIds,
});

const DatasetInfoCountsSchema = z.strictObject({
  stations: z.int().nonnegative(),
  countries: z.int().nonnegative(),
  events: z.int().nonnegative(),
  sources: z.int().nonnegative(),
});

/** Version, revision date and counts of a dataset. */
export const DatasetInfoSchema = z.strictObject({
  version: text,
  updated: PartialDateSchema,
  counts: DatasetInfoCountsSchema,
});

/** The schema of `overseas-police-stations/data/meta.json`: version, revision date, counts and each file's SHA-256. */
export const DataMetaSchema = z.strictObject({
  version: VersionSchema,
  updated: PartialDateSchema,
  counts: DatasetInfoCountsSchema,
  files: z.record(
    z.string().regex(/^[a-z.]+$/),
    z.strictObject({ bytes: z.int().positive(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
});

/** How current a host country's record is. */
export const HostCountrySchema = z.strictObject({ code: CountryCodeSchema, reviewed: PartialDateSchema, note: text });

/** Everything the build writes from `data/`. */
export const DatasetSchema = z.strictObject({
  info: DatasetInfoSchema,
  stations: z.array(StationSchema),
  details: z.record(z.string(), z.strictObject({ notes: text.nullable(), sources: sourceIds })),
  events: z.array(StationEventSchema),
  countries: z.array(HostCountrySchema),
  bureaus: z.array(BureauSchema),
  provinces: z.array(ProvinceSchema),
  reports: z.array(ReportSchema),
  sources: z.array(SourceSchema),
  retired: z.array(RetiredStationSchema),
  changes: ChangesFileSchema,
});

/** A bureau as embedded in a flat station record. */
export const FlatBureauSchema = BureauSchema.omit({ province: true, sources: true });
/** A report as embedded in a flat station record. */
export const FlatReportSchema = ReportSchema.pick({ id: true, title: true, publisher: true, published: true, url: true });
/** An event with its sources resolved, as in a flat station record. */
export const FlatEventSchema = StationEventSchema.omit({ stations: true }).extend({ sources: z.array(SourceSchema).min(1) });
/** A station with its references resolved, as in `data/stations.json`. */
export const FlatStationSchema = StationSchema.extend({
  bureau: FlatBureauSchema.nullable(),
  province: ProvinceSchema.nullable(),
  reports: z.array(FlatReportSchema),
  notes: text.nullable(),
  sources: z.array(SourceSchema).min(1),
  events: z.array(FlatEventSchema).min(1),
});
/** The schema of `overseas-police-stations/data/stations.json`. */
export const FlatDatasetSchema = z.strictObject({
  version: text,
  updated: PartialDateSchema,
  stations: z.array(FlatStationSchema),
});

/** A station record as `StationSchema` accepts it. */
export type StationSchemaInput = z.input<typeof StationSchema>;
/**
 * A station record as `StationSchema` accepts it.
 * @deprecated Use `StationSchemaInput`: the main entry's `StationInput` is another type (a
 * station for `createQueries`). This alias goes in the next major release.
 */
export type StationInput = StationSchemaInput;
/** A station record as `StationSchema` returns it. */
export type StationRecord = z.infer<typeof StationSchema>;
/** An event record as `StationEventSchema` returns it. */
export type StationEventRecord = z.infer<typeof StationEventSchema>;
/** A source record as `SourceSchema` returns it. */
export type SourceRecord = z.infer<typeof SourceSchema>;
/** A bureau record as `BureauSchema` returns it. */
export type BureauRecord = z.infer<typeof BureauSchema>;
/** A province record as `ProvinceSchema` returns it. */
export type ProvinceRecord = z.infer<typeof ProvinceSchema>;
/** A report record as `ReportSchema` returns it. */
export type ReportRecord = z.infer<typeof ReportSchema>;
/** A retired station as `RetiredStationSchema` returns it. */
export type RetiredStationRecord = z.infer<typeof RetiredStationSchema>;
/** One release's changes as `ReleaseChangesSchema` returns them. */
export type ReleaseChangesRecord = z.infer<typeof ReleaseChangesSchema>;
/** A whole dataset as `DatasetSchema` returns it. */
export type DatasetRecord = z.infer<typeof DatasetSchema>;
