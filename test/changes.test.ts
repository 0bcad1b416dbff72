// What changed from release to release: the diff of the snapshots in releases/, as
// `changes()` and CHANGELOG.md give it (tests/files.test.ts checks that dist/data/changes.json holds the same).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withDataChanges } from '../scripts/changelog.js';
import { diffReleases, readReleases, releaseChanges, type Snapshot, type SnapshotStation } from '../scripts/snapshots.js';
import { DATASET } from '../src/generated/dataset.js';
import { changes, retired } from '../src/index.js';
import { ChangesFileSchema } from '../src/schema.js';

const root = new URL('../', import.meta.url);
const releases = readReleases(new URL('releases/', root).pathname);
const entry = (version: string) => changes().find((e) => e.version === version)!;
const changed = (version: string, id: string) => entry(version).stations.changed.find((s) => s.id === id);

describe('changes', () => {
  it('compares each release snapshot with the one before, newest first', () => {
    expect(releases.map((r) => r.version).slice(0, 3)).toEqual(['1.1.0', '2.0.0', '2.1.0']);
    expect(changes()).toEqual(releaseChanges(releases));
    expect(
      changes()
        .map((e) => [e.version, e.previous])
        .slice(-2),
    ).toEqual([
      ['2.1.0', '2.0.0'],
      ['2.0.0', '1.1.0'],
    ]);
    expect(Object.isFrozen(changes()[0]!.stations.changed)).toBe(true);
  });

  it('matches its schema, and a broken copy does not', () => {
    const file = changes();
    const result = ChangesFileSchema.safeParse(file);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    // biome-ignore lint/suspicious/noExplicitAny: a broken copy, edited freely.
    const broken: any = structuredClone(file);
    const at = file.findIndex((e) => e.version === '2.1.0');
    const oldest = file.length - 1;
    broken[0].version = '2.1';
    delete broken[oldest].stations.added;
    broken[at].stations.changed[0].fields = [];
    const issues = ChangesFileSchema.safeParse(broken).error?.issues.map((i) => i.path.join('.'));
    expect(issues?.sort()).toEqual(['0.version', `${at}.stations.changed.0.fields`, `${oldest}.stations.added`].sort());
  });

  it('gives 2.1.0 against 2.0.0: the derived values that moved, events and sources added, corrections', () => {
    const e = entry('2.1.0');
    expect(e.counts).toEqual({
      stations: { from: 89, to: 89 },
      events: { from: 109, to: 197 },
      sources: { from: 257, to: 384 },
    });
    expect(e.stations.added).toEqual([]);
    expect(e.stations.retired).toEqual([]);
    expect(e.stations.legacyStatus).toEqual([]);
    // Derived values first: status, operation, closure, statusSince, then the record's fields.
    expect(changed('2.1.0', 'fr-01')).toMatchObject({
      since: '2025-07',
      fields: [
        { field: 'status', from: 'reported', to: 'closed' },
        { field: 'operation', from: 'operating', to: 'closed' },
        { field: 'closure', from: null, to: 'ordered' },
        { field: 'statusSince', from: '2022-09-12', to: '2025-07' },
        { field: 'notes' },
        { field: 'sources' },
      ],
    });
    expect(changed('2.1.0', 'gr-01')?.fields[0]).toEqual({ field: 'status', from: 'reported', to: 'investigating', event: null });
    expect(changed('2.1.0', 'au-02')?.fields[0]).toEqual({ field: 'city', from: null, to: 'Sydney', event: null });
    expect(changed('2.1.0', 'nl-01')).toBeUndefined();
    expect(e.events.added).toHaveLength(88);
    expect(e.events.corrected.find((c) => c.id === 'cz-e01')?.fields[0]).toEqual({
      field: 'date',
      from: '2022-12',
      to: '2022-11',
    });
    expect(e.sources.added).toHaveLength(130);
    expect(e.sources.removed).toEqual(['citynews-2023-12', 'nazione-2022-12', 'toronto-star-2022-10-26']);
  });

  it("gives 2.0.0 against 1.1.0: each station's 1.x status beside its 2.0 values, and the retyped events", () => {
    const e = entry('2.0.0');
    expect(e.stations.legacyStatus).toHaveLength(89);
    expect(e.stations.legacyStatus.find((s) => s.id === 'ca-06')).toEqual({
      id: 'ca-06',
      before: { status: 'reported' },
      after: {
        operation: 'closed',
        closure: 'confirmed',
        investigation: 'ended',
        legal: 'none',
        status: 'closed',
        statusSince: '2023-06-01',
      },
    });
    // No derived value is compared across the change of model: only the record's own fields.
    expect(e.stations.changed.flatMap((s) => s.fields.map((f) => f.field))).toEqual(['notes']);
    expect(e.events.added).toEqual([]);
    expect(e.events.corrected.find((c) => c.id === 'nl-e04')?.fields).toEqual([
      { field: 'type', from: 'reported_closed', to: 'closure_confirmed' },
    ]);
    expect(e.sources).toEqual({ added: [], removed: [] });
  });

  it('takes the releases after a given one', () => {
    const versions = changes().map((e) => e.version);
    expect(changes('2.0.0').map((e) => e.version)).toEqual(versions.slice(0, -1));
    expect(changes('2.0.0').at(-1)?.version).toBe('2.1.0');
    expect(changes('1.1.0')).toEqual(changes());
    expect(changes(versions[0]!)).toEqual([]);
    const known = [...versions, '1.1.0'].map((v) => `"${v}"`).join(', ');
    expect(() => changes('9.9.9')).toThrow(new RangeError(`changes: unknown release "9.9.9"; expected one of ${known}`));
    expect(() => changes(2 as unknown as string)).toThrow(TypeError);
  });

  it('is written into CHANGELOG.md under each release, as the release step writes it', () => {
    const changelog = readFileSync(new URL('CHANGELOG.md', root), 'utf8');
    for (const e of DATASET.changes) expect(withDataChanges(changelog, e, retired), e.version).toBe(changelog);
    expect(changelog).toContain('- fr-01: reported → closed, 2025-07 (operation operating → closed; closure none → ordered)');
    expect(changelog).toContain(
      '- ca-06: 1.x reported; 2.0.0 closed (closed, confirmed; investigation ended; legal none), since 2023-06-01',
    );
  });
});

describe('diffReleases', () => {
  const station = (id: string, more: Partial<SnapshotStation> = {}): SnapshotStation => ({
    id,
    country: 'NL',
    city: 'Amsterdam',
    geonameId: 1,
    bureau: null,
    bureauConfidence: null,
    opened: null,
    nameZh: null,
    reports: ['a', 'b'],
    evidence: 'site',
    confidence: 'high',
    notes: null,
    sources: ['s1', 's2'],
    operation: 'operating',
    closure: null,
    investigation: 'none',
    legal: 'none',
    status: 'reported',
    statusSince: '2022-09-12',
    ...more,
  });
  const event = { id: 'nl-e01', date: '2022-11', dateBasis: 'event', type: 'statement', actor: 'A', summary: 'S' } as const;
  const snapshot = (version: string, more: Partial<Snapshot>): Snapshot => ({
    version,
    updated: '2026-01-01',
    statusModel: '2.0',
    stations: [],
    events: [],
    sources: [],
    ...more,
  });

  it('lists stations added, retired and changed, derived values first, and lists compared as sets', () => {
    const before = snapshot('1.0.0', {
      stations: [station('nl-01'), station('nl-02'), station('nl-03')],
      events: [{ ...event, sources: ['s1'], stations: ['nl-01'] }],
      sources: ['s1', 's2', 'old'],
    });
    const after = snapshot('1.1.0', {
      stations: [
        station('nl-01', {
          city: 'Rotterdam',
          investigation: 'open',
          status: 'investigating',
          statusSince: '2022-11-01',
          sources: ['s2', 's1'],
        }),
        station('nl-03', { reports: ['b', 'a'] }),
        station('nl-04'),
      ],
      events: [
        { ...event, date: '2022-11-01', sources: ['s1'], stations: ['nl-01'] },
        { ...event, id: 'nl-e02', sources: ['new'], stations: ['nl-04'] },
      ],
      sources: ['s1', 's2', 'new'],
    });
    expect(diffReleases(before, after)).toEqual({
      version: '1.1.0',
      previous: '1.0.0',
      updated: '2026-01-01',
      counts: { stations: { from: 3, to: 3 }, events: { from: 1, to: 2 }, sources: { from: 3, to: 3 } },
      stations: {
        added: ['nl-04'],
        retired: ['nl-02'],
        changed: [
          {
            id: 'nl-01',
            since: '2022-11-01',
            fields: [
              { field: 'status', from: 'reported', to: 'investigating', event: null },
              { field: 'investigation', from: 'none', to: 'open', event: null },
              { field: 'statusSince', from: '2022-09-12', to: '2022-11-01', event: null },
              { field: 'city', from: 'Amsterdam', to: 'Rotterdam', event: null },
            ],
          },
        ],
        legacyStatus: [],
      },
      events: {
        added: ['nl-e02'],
        corrected: [{ id: 'nl-e01', fields: [{ field: 'date', from: '2022-11', to: '2022-11-01' }] }],
        removed: [],
      },
      sources: { added: ['new'], removed: ['old'] },
    });
  });
  it('compares the values of 2.0 and 3.0 by name, each with the event behind its 3.0 value', () => {
    const before = snapshot('2.2.0', {
      stations: [station('de-01', { operation: 'closed', closure: 'ordered', status: 'closed' })],
    });
    const after = snapshot('3.0.0', {
      statusModel: '3.0',
      stations: [
        station('de-01', {
          operation: 'active',
          closure: null,
          closureOrdered: '2022-11-03',
          lastReportedActive: '2024',
          status: 'investigating',
          statusSince: '2022-10-28',
          setBy: { status: 'de-e01', operation: 'de-e10', closureOrdered: 'de-e03', lastReportedActive: 'de-e10' },
        }),
      ],
    });
    expect(diffReleases(before, after).stations.changed[0]!.fields).toEqual([
      { field: 'status', from: 'closed', to: 'investigating', event: 'de-e01' },
      { field: 'operation', from: 'closed', to: 'active', event: 'de-e10' },
      { field: 'closure', from: 'ordered', to: null, event: null },
      { field: 'closureOrdered', from: null, to: '2022-11-03', event: 'de-e03' },
      { field: 'lastReportedActive', from: null, to: '2024', event: 'de-e10' },
      { field: 'statusSince', from: '2022-09-12', to: '2022-10-28', event: 'de-e01' },
    ]);
    expect(diffReleases(before, after).stations.legacyStatus).toEqual([]);
  });

  it('takes a pre-3.0 event as of station scope with no observed date, so that only a real change shows', () => {
    const old = { ...event, sources: ['s1'], stations: ['nl-01'] };
    const before = snapshot('2.2.0', { events: [old, { ...old, id: 'nl-e02' }, { ...old, id: 'nl-e03' }] });
    const after = snapshot('3.0.0', {
      statusModel: '3.0',
      events: [
        { ...old, scope: 'station', observed: null },
        { ...old, id: 'nl-e02', scope: 'country', observed: null },
        { ...old, id: 'nl-e03', type: 'activity_reported', scope: 'station', observed: '2022-10' },
      ],
    });
    expect(diffReleases(before, after).events.corrected).toEqual([
      { id: 'nl-e02', fields: [{ field: 'scope', from: 'station', to: 'country' }] },
      {
        id: 'nl-e03',
        fields: [
          { field: 'type', from: 'statement', to: 'activity_reported' },
          { field: 'observed', from: null, to: '2022-10' },
        ],
      },
    ]);
    // Between 3.0 snapshots nothing is filled in.
    const later = snapshot('3.1.0', { statusModel: '3.0', events: [{ ...old, scope: 'country', observed: null }] });
    expect(diffReleases({ ...after, events: [{ ...old, scope: 'station', observed: null }] }, later).events.corrected).toEqual([
      { id: 'nl-e01', fields: [{ field: 'scope', from: 'station', to: 'country' }] },
    ]);
  });
});
