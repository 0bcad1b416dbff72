// Release snapshots (releases/<version>.json) and the record-level diff between them.
// A snapshot keeps what the diff needs of one release's compiled data: each station's
// record and derived values, every event, and the source ids. The release step writes one
// (scripts/release.ts); the build compares consecutive snapshots into `changes.json` and
// checks that no published station id disappears without a retirement record.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ChangeValue,
  Dataset,
  DateBasis,
  EventChange,
  EventType,
  FieldChange,
  LegacyStatusComparison,
  ReleaseChanges,
  StationChange,
  StationEvent,
  StationFieldChange,
  StationState,
} from '../src/types.js';
import { settingEvents } from '../src/status.js';
import { DERIVED_FIELDS } from '../src/values.js';
import { derivedValues } from './derived-values.js';

/**
 * A station as a snapshot keeps it. 1.x releases have only `status` of the derived values,
 * with 1.x meaning; 2.0 releases four values and `status`, with 2.0 meaning (`operating`,
 * `ordered`); 3.0 releases every value of `StationState` and, in `setBy`, the event behind each.
 */
export interface SnapshotStation extends Partial<Record<Exclude<keyof StationState, 'status'>, string | null>> {
  readonly id: string;
  readonly country: string;
  readonly city: string | null;
  readonly geonameId: number | null;
  readonly bureau: string | null;
  readonly bureauConfidence: string | null;
  /** The opening date (without its note). */
  readonly opened: string | null;
  readonly nameZh: string | null;
  readonly reports: readonly string[];
  readonly evidence: string;
  readonly confidence: string;
  readonly notes: string | null;
  readonly sources: readonly string[];
  readonly status: string;
  readonly statusSince?: string;
  /** 3.0 on: the id of the event that set each derived value (as `getDetails(id).fieldSources`). */
  readonly setBy?: Readonly<Record<string, string>>;
}

/** An event as a snapshot keeps it, its stations sorted. */
export interface SnapshotEvent {
  readonly id: string;
  readonly date: string;
  readonly dateBasis: DateBasis;
  readonly type: EventType | string;
  /** 3.0 on. */
  readonly scope?: string;
  /** 3.0 on. */
  readonly observed?: string | null;
  readonly actor: string;
  readonly summary: string;
  readonly sources: readonly string[];
  readonly stations: readonly string[];
}

/** What the diff needs of one release. */
export interface Snapshot {
  readonly version: string;
  readonly updated: string;
  /**
   * `1.x`: one `status` with 1.x meaning; `2.0`: four derived values and a summary status;
   * `3.0`: the evidence model (operation `unknown` by default, orders apart from closures,
   * dated inquiries, scoped events).
   */
  readonly statusModel: '1.x' | '2.0' | '3.0';
  readonly stations: readonly SnapshotStation[];
  readonly events: readonly SnapshotEvent[];
  readonly sources: readonly string[];
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The id of the event that set each derived value of a station, from its timeline, in the order changes list them. */
function setByOf(timeline: readonly StationEvent[]): Record<string, string> {
  const events = settingEvents(timeline);
  return Object.fromEntries(DERIVED.flatMap((key) => (key !== 'statusSince' && events[key] ? [[key, events[key].id]] : [])));
}

/** The snapshot of a compiled dataset (3.0 model). */
export function snapshotOf(dataset: Pick<Dataset, 'info' | 'stations' | 'details' | 'events' | 'sources'>): Snapshot {
  const timelines = new Map<string, StationEvent[]>();
  for (const event of dataset.events) {
    for (const id of event.stations) {
      const timeline = timelines.get(id);
      if (timeline) timeline.push(event);
      else timelines.set(id, [event]);
    }
  }
  return {
    version: dataset.info.version,
    updated: dataset.info.updated,
    statusModel: '3.0',
    stations: [...dataset.stations].sort(byId).map((s) => ({
      id: s.id,
      country: s.country,
      city: s.city,
      geonameId: s.location?.geonameId ?? null,
      bureau: s.bureau,
      bureauConfidence: s.bureauConfidence,
      opened: s.opened?.date ?? null,
      nameZh: s.nameZh,
      reports: s.reports,
      evidence: s.evidence,
      confidence: s.confidence,
      notes: dataset.details[s.id]?.notes ?? null,
      sources: dataset.details[s.id]?.sources ?? [],
      ...derivedValues(s),
      setBy: setByOf(timelines.get(s.id) ?? []),
    })),
    events: dataset.events.map((e) => ({
      id: e.id,
      date: e.date,
      dateBasis: e.dateBasis,
      type: e.type,
      scope: e.scope,
      observed: e.observed,
      actor: e.actor,
      summary: e.summary,
      sources: e.sources,
      stations: [...e.stations].sort(),
    })),
    sources: dataset.sources.map((s) => s.id),
  };
}

/** A snapshot as the file is written: one record per line, so that git diffs stay readable. */
export function snapshotText(snapshot: Snapshot): string {
  const list = (items: readonly unknown[]) =>
    items.length === 0 ? '[]' : `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  return [
    '{',
    `"version": ${JSON.stringify(snapshot.version)},`,
    `"updated": ${JSON.stringify(snapshot.updated)},`,
    `"statusModel": ${JSON.stringify(snapshot.statusModel)},`,
    `"stations": ${list(snapshot.stations)},`,
    `"events": ${list(snapshot.events)},`,
    `"sources": ${list(snapshot.sources)}`,
    '}',
    '',
  ].join('\n');
}

/** Compares two versions `x.y.z` numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** Every snapshot in a directory (`releases/`), oldest release first. */
export function readReleases(dir: string): Snapshot[] {
  return readdirSync(dir)
    .filter((name) => /^\d+\.\d+\.\d+\.json$/.test(name))
    .map((name) => {
      const snapshot = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Snapshot;
      if (`${snapshot.version}.json` !== name) throw new Error(`releases/${name} holds version ${snapshot.version}`);
      return snapshot;
    })
    .sort((a, b) => compareVersions(a.version, b.version));
}

/** The derived values of a station, in the order changes list them (those before 3.0 lack some). */
const DERIVED = ['status', ...DERIVED_FIELDS.filter((field) => field !== 'status')] as const;
/** The record's own fields, in the order changes list them. */
const RECORD = [
  'country',
  'city',
  'geonameId',
  'bureau',
  'bureauConfidence',
  'opened',
  'nameZh',
  'reports',
  'evidence',
  'confidence',
  'notes',
  'sources',
] as const;
const EVENT_FIELDS = ['date', 'dateBasis', 'type', 'scope', 'observed', 'stations', 'actor', 'summary', 'sources'] as const;

/** Lists compare as sets (their order carries no meaning); everything else by value. */
function same(a: ChangeValue | undefined, b: ChangeValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function fieldChanges<T>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChange[] {
  return fields.flatMap((field) => {
    const from = (before[field] ?? null) as ChangeValue;
    const to = (after[field] ?? null) as ChangeValue;
    return same(from, to) ? [] : [{ field, from, to }];
  });
}

/**
 * A snapshot's events with the scope and observed date they had before 3.0 recorded them:
 * every event concerned the stations it named, and none had an observed date. So only a
 * real change of either shows.
 */
function eventsOf(snapshot: Snapshot): readonly SnapshotEvent[] {
  if (snapshot.statusModel === '3.0') return snapshot.events;
  return snapshot.events.map((e) => ({ ...e, scope: e.scope ?? 'station', observed: e.observed ?? null }));
}

/** What changed from one release to the next. */
export function diffReleases(previous: Snapshot, next: Snapshot): ReleaseChanges {
  const before = new Map(previous.stations.map((s) => [s.id, s]));
  const after = new Map(next.stations.map((s) => [s.id, s]));
  // The 1.x status is not comparable with the derived values that replaced it: they are
  // listed side by side instead. From 2.0 on the values keep their names, so a change of
  // meaning (2.0 `operating` → 3.0 `unknown`) shows as a change of value.
  const comparable = (previous.statusModel === '1.x') === (next.statusModel === '1.x');
  const changed: StationChange[] = [];
  const legacyStatus: LegacyStatusComparison[] = [];
  for (const station of next.stations) {
    const old = before.get(station.id);
    if (!old) continue;
    const derived = comparable ? fieldChanges(old, station, DERIVED) : [];
    const fields: StationFieldChange[] = [
      // `statusSince` is the date of the event that set `status`.
      ...derived.map((change) => ({
        ...change,
        event: station.setBy?.[change.field === 'statusSince' ? 'status' : change.field] ?? null,
      })),
      ...fieldChanges(old, station, RECORD).map((change) => ({ ...change, event: null })),
    ];
    if (fields.length > 0) changed.push({ id: station.id, since: station.statusSince!, fields });
    if (!comparable) {
      const { operation, closure, investigation, legal, status, statusSince } = station;
      legacyStatus.push({
        id: station.id,
        before: { status: old.status },
        after: {
          operation: operation!,
          closure: closure ?? null,
          investigation: investigation!,
          legal: legal!,
          status,
          statusSince,
        } as LegacyStatusComparison['after'],
      });
    }
  }
  const oldEvents = new Map(eventsOf(previous).map((e) => [e.id, e]));
  const newEvents = new Set(next.events.map((e) => e.id));
  const corrected: EventChange[] = [];
  for (const event of eventsOf(next)) {
    const old = oldEvents.get(event.id);
    const fields = old ? fieldChanges(old, event, EVENT_FIELDS) : [];
    if (fields.length > 0) corrected.push({ id: event.id, fields });
  }
  const oldSources = new Set(previous.sources);
  const newSources = new Set(next.sources);
  const count = (from: number, to: number) => ({ from, to });
  return {
    version: next.version,
    previous: previous.version,
    updated: next.updated,
    counts: {
      stations: count(previous.stations.length, next.stations.length),
      events: count(previous.events.length, next.events.length),
      sources: count(previous.sources.length, next.sources.length),
    },
    stations: {
      added: next.stations.filter((s) => !before.has(s.id)).map((s) => s.id),
      retired: previous.stations.filter((s) => !after.has(s.id)).map((s) => s.id),
      changed,
      legacyStatus,
    },
    events: {
      added: next.events.filter((e) => !oldEvents.has(e.id)).map((e) => e.id),
      corrected: corrected.sort(byId),
      removed: previous.events.filter((e) => !newEvents.has(e.id)).map((e) => e.id),
    },
    sources: {
      added: next.sources.filter((id) => !oldSources.has(id)).sort(),
      removed: previous.sources.filter((id) => !newSources.has(id)).sort(),
    },
  };
}

/** The changes of every release against the one before, newest first. */
export function releaseChanges(releases: readonly Snapshot[]): ReleaseChanges[] {
  return releases
    .slice(1)
    .map((next, i) => diffReleases(releases[i]!, next))
    .reverse();
}

/** Each station id any release shipped, with the last release that did. */
export function publishedIds(releases: readonly Snapshot[]): Map<string, string> {
  const published = new Map<string, string>();
  for (const release of releases) for (const station of release.stations) published.set(station.id, release.version);
  return published;
}
