import { describe, expectTypeOf, it } from 'vitest';
import type * as schema from '../src/schema.js';
import type { z } from 'zod';
import { byCountry, byStatus, query, countBy, type CountryCode, type KnownCountryCode } from '../src/index.js';
import type { Bureau, Dataset, FlatDataset, FlatStation, Report, Source, Station, StationEvent, Status } from '../src/types.js';

type DeepMutable<T> = T extends readonly (infer U)[]
  ? DeepMutable<U>[]
  : T extends object
    ? { -readonly [K in keyof T]: DeepMutable<T[K]> }
    : T;

describe('public types', () => {
  it('are the types the zod schemas infer', () => {
    expectTypeOf<DeepMutable<Station>>().toEqualTypeOf<z.infer<typeof schema.StationSchema>>();
    expectTypeOf<DeepMutable<StationEvent>>().toEqualTypeOf<z.infer<typeof schema.StationEventSchema>>();
    expectTypeOf<DeepMutable<Source>>().toEqualTypeOf<z.infer<typeof schema.SourceSchema>>();
    expectTypeOf<DeepMutable<Bureau>>().toEqualTypeOf<z.infer<typeof schema.BureauSchema>>();
    expectTypeOf<DeepMutable<Report>>().toEqualTypeOf<z.infer<typeof schema.ReportSchema>>();
    expectTypeOf<DeepMutable<Dataset>>().toEqualTypeOf<z.infer<typeof schema.DatasetSchema>>();
    expectTypeOf<DeepMutable<FlatStation>>().toEqualTypeOf<z.infer<typeof schema.FlatStationSchema>>();
    expectTypeOf<DeepMutable<FlatDataset>>().toEqualTypeOf<z.infer<typeof schema.FlatDatasetSchema>>();
  });

  it('close the sets of statuses, bureaus, provinces and reports', () => {
    // @ts-expect-error 'open' is not a status
    byStatus('open');
    // @ts-expect-error not a filter key
    query({ city: 'Dublin' });
    // @ts-expect-error not a bureau
    query({ bureau: 'beijing' });
    // @ts-expect-error not a countBy key
    countBy('city');
    expectTypeOf(byStatus).parameter(0).toEqualTypeOf<Status | readonly Status[]>();
  });

  it('accept any string as a country but know the dataset codes', () => {
    byCountry('IS');
    byCountry('NL');
    expectTypeOf<'NL'>().toExtend<KnownCountryCode>();
    expectTypeOf<string>().toExtend<CountryCode>();
  });

  it('type countBy values by key', () => {
    expectTypeOf(countBy('status')[0]!.value).toEqualTypeOf<Status | null>();
  });
});
