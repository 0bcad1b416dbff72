// Release snapshots in process: what a snapshot keeps of the compiled data, its file's
// text, version order and reading a directory of them (test/changes.test.ts diffs them).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareVersions, diffReleases, readReleases, type Snapshot, snapshotOf, snapshotText } from '../scripts/snapshots.js';
import { DATASET } from '../src/generated/dataset.js';
import { DERIVED_FIELDS } from '../src/values.js';

describe('snapshotOf', () => {
  it("keeps each station's record, its derived values and the event that set each", () => {
    const snapshot = snapshotOf(DATASET);
    expect([snapshot.version, snapshot.updated, snapshot.statusModel]).toEqual([
      DATASET.info.version,
      DATASET.info.updated,
      '3.0',
    ]);
    expect(snapshot.stations.map((s) => s.id)).toEqual(DATASET.stations.map((s) => s.id).sort());
    for (const station of DATASET.stations) {
      const kept = snapshot.stations.find((s) => s.id === station.id)!;
      const details = DATASET.details[station.id]!;
      expect(kept).toMatchObject({
        country: station.country,
        city: station.city,
        geonameId: station.location?.geonameId ?? null,
        bureau: station.bureau,
        bureauConfidence: station.bureauConfidence,
        opened: station.opened?.date ?? null,
        nameZh: station.nameZh,
        reports: station.reports,
        evidence: station.evidence,
        confidence: station.confidence,
        notes: details.notes,
        sources: details.sources,
      });
      for (const field of DERIVED_FIELDS) expect([station.id, field, kept[field]]).toEqual([station.id, field, station[field]]);
      // The event behind each value: the latest of the station's events that changed it, or its first event.
      const timeline = DATASET.events.filter((e) => e.stations.includes(station.id));
      for (const [field, id] of Object.entries(kept.setBy!)) {
        expect(timeline.map((e) => e.id)).toContain(id);
        expect(field).not.toBe('statusSince');
      }
      expect(Object.keys(kept.setBy!)).toContain('status');
    }
    const located = snapshot.stations.filter((s) => s.geonameId !== null).length;
    expect(located).toBeGreaterThan(0);
    expect(located).toBeLessThan(snapshot.stations.length);
  });

  it('keeps every event with its stations sorted, and the source ids', () => {
    const snapshot = snapshotOf(DATASET);
    expect(snapshot.events.map((e) => e.id)).toEqual(DATASET.events.map((e) => e.id));
    for (const [i, event] of DATASET.events.entries()) {
      const { stations, ...rest } = event;
      expect(snapshot.events[i]).toEqual({ ...rest, stations: [...stations].sort() });
    }
    const unsorted = { ...DATASET, events: [{ ...DATASET.events[0]!, stations: ['nl-02', 'de-01', 'nl-01'] }] };
    expect(snapshotOf(unsorted).events[0]!.stations).toEqual(['de-01', 'nl-01', 'nl-02']);
    expect(snapshot.sources).toEqual(DATASET.sources.map((s) => s.id));
  });

  it('gives a station no event names no setBy entries', () => {
    const lonely = { ...DATASET, events: [] };
    expect(snapshotOf(lonely).stations.every((s) => Object.keys(s.setBy!).length === 0)).toBe(true);
  });
});

const tiny: Snapshot = {
  version: '9.0.0',
  updated: '2030-01-01',
  statusModel: '3.0',
  stations: [{ id: 'aa-01' }, { id: 'aa-02' }] as unknown as Snapshot['stations'],
  events: [],
  sources: ['s1'],
};

describe('snapshotText', () => {
  it('writes one record per line, so that a diff of two releases reads record by record', () => {
    expect(snapshotText(tiny)).toBe(
      [
        '{',
        '"version": "9.0.0",',
        '"updated": "2030-01-01",',
        '"statusModel": "3.0",',
        '"stations": [',
        '{"id":"aa-01"},',
        '{"id":"aa-02"}',
        '],',
        '"events": [],',
        '"sources": [',
        '"s1"',
        ']',
        '}',
        '',
      ].join('\n'),
    );
    const full = snapshotOf(DATASET);
    expect(JSON.parse(snapshotText(full))).toEqual(full);
  });
});

describe('compareVersions', () => {
  it('orders versions by their numbers, not as text', () => {
    expect(compareVersions('2.10.0', '2.9.0')).toBeGreaterThan(0);
    expect(compareVersions('2.9.0', '2.10.0')).toBeLessThan(0);
    expect(compareVersions('10.0.0', '9.99.99')).toBeGreaterThan(0);
    expect(compareVersions('3.0.1', '3.0.0')).toBe(1);
    expect(compareVersions('3.1.0', '3.0.5')).toBe(1);
    expect(compareVersions('3.0.0', '3.0.0')).toBe(0);
    expect(['3.0.0', '1.1.0', '2.10.0', '2.2.0'].sort(compareVersions)).toEqual(['1.1.0', '2.2.0', '2.10.0', '3.0.0']);
  });
});

describe('readReleases', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });
  const dirWith = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return dir;
  };
  const of = (version: string) => snapshotText({ ...tiny, version });

  it('reads the snapshots of a directory, oldest release first, and nothing else', () => {
    const dir = dirWith({
      '2.10.0.json': of('2.10.0'),
      '2.9.0.json': of('2.9.0'),
      '2.9.10.json': of('2.9.10'),
      '10.0.0.json': of('10.0.0'),
      'README.md': '# releases',
      'notes.json': '{}',
      '2.9.json': '{}',
      'x2.9.0.json': '{}',
      '2.9.0.json.bak': '{}',
    });
    expect(readReleases(dir).map((s) => s.version)).toEqual(['2.9.0', '2.9.10', '2.10.0', '10.0.0']);
    expect(readReleases(dir)[0]).toEqual({ ...tiny, version: '2.9.0' });
  });

  it('refuses a snapshot whose file name is not its version', () => {
    const dir = dirWith({ '2.0.0.json': of('2.1.0') });
    expect(() => readReleases(dir)).toThrow(new Error('releases/2.0.0.json holds version 2.1.0'));
  });
});

describe('diffReleases between hand-made snapshots', () => {
  const station = (id: string, status: string) =>
    ({
      id,
      country: 'AA',
      city: null,
      geonameId: null,
      bureau: null,
      bureauConfidence: null,
      opened: null,
      nameZh: null,
      reports: [],
      evidence: 'site',
      confidence: 'low',
      notes: null,
      sources: [],
      status,
    }) as unknown as Snapshot['stations'][number];
  const event = (id: string) =>
    ({
      id,
      date: '2022',
      dateBasis: 'event',
      type: 'statement',
      actor: 'a',
      summary: 's',
      sources: [],
      stations: ['aa-01'],
    }) as Snapshot['events'][number];
  const release = (version: string, status: string, events: string[]): Snapshot => ({
    version,
    updated: '2022-12-01',
    statusModel: '1.x',
    stations: [station('aa-01', status)],
    events: events.map(event),
    sources: [],
  });

  it('compares the status of two 1.x releases as a value, and lists removed events', () => {
    const changes = diffReleases(release('1.0.0', 'active', ['aa-e01', 'aa-e02']), release('1.1.0', 'closed', ['aa-e02']));
    expect(changes.stations.legacyStatus).toEqual([]);
    expect(changes.stations.changed).toEqual([
      { id: 'aa-01', since: undefined, fields: [{ field: 'status', from: 'active', to: 'closed', event: null }] },
    ]);
    expect(changes.events).toEqual({ added: [], corrected: [], removed: ['aa-e01'] });
  });
});
