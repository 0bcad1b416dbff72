// What happened to each station over time: its events, its details, and its state on any
// date, derived from the events by the rules in ./status.ts.
import { detailRecords, sourcesById, timelinesById } from './data.js';
import type { DateInput } from './query.js';
import { toDay } from './validate.js';
import { deriveState, settingEvents } from './status.js';
import type {
  FieldSource,
  SourcedField,
  Source,
  StationDetailRecord,
  StationDetails,
  StationEvent,
  StationState,
  Status,
} from './types.js';
import { expectString, unknownValue } from './validate.js';

/** Each station's events, oldest first, in the order of the events table. */
const timelineOf = (id: string): readonly StationEvent[] | undefined => timelinesById().get(id);

/** The source with this id, or `undefined` if there is none. Throws a TypeError for a non-string. */
export function getSource(id: string): Source | undefined {
  return sourcesById().get(expectString('getSource', 'id', id));
}

/**
 * Where each traced value of a station comes from: each derived value from the event that
 * set it (the first of the events since which it has held), the record's own fields from
 * the record's sources.
 */
function fieldSourcesOf(record: StationDetailRecord, timeline: readonly StationEvent[]): Record<SourcedField, FieldSource> {
  const own: FieldSource = Object.freeze({ event: null, sources: record.sources });
  const fields = { city: own, bureau: own, opened: own, nameZh: own } as Record<SourcedField, FieldSource>;
  for (const [key, event] of Object.entries(settingEvents(timeline))) {
    fields[key as SourcedField] = Object.freeze({ event: event.id, sources: event.sources });
  }
  return Object.freeze(fields);
}

/**
 * A station's notes, sources, timeline (oldest first, with a `listed` event for each
 * report that lists it) and `fieldSources` (where each traced value comes from), or
 * `undefined` for an id that is not a station's. Throws a TypeError for a non-string.
 */
export function getDetails(id: string): StationDetails | undefined {
  const timeline = timelineOf(expectString('getDetails', 'id', id));
  const record = Object.hasOwn(detailRecords(), id) ? detailRecords()[id] : undefined;
  if (!timeline || !record) return undefined;
  return Object.freeze({
    id,
    notes: record.notes,
    sources: Object.freeze(record.sources.map((s) => getSource(s)!)),
    events: timeline,
    fieldSources: fieldSourcesOf(record, timeline),
  });
}

function stationTimeline(fn: string, id: unknown): readonly StationEvent[] {
  const timeline = timelineOf(expectString(fn, 'id', id));
  if (!timeline) throw unknownValue(fn, 'station id', id as string, 'the id of a station in `stations`, such as "nl-01"');
  return timeline;
}

/**
 * A station's state (operation, closure, investigation, legal stage and summary status) at
 * the end of the given day, or of the given month or year for a partial date (a `Date`
 * stands for its calendar day in UTC); `null` before its first event. Throws a RangeError
 * for an unknown station id, an invalid date or a `Date` outside the years 0000 to 9999.
 */
export function stateOn(id: string, date: DateInput): StationState | null {
  const timeline = stationTimeline('stateOn', id);
  return deriveState(timeline, toDay('stateOn', 'date', date, true));
}

/** A station's summary status on a date: `stateOn(id, date)?.status ?? null`, with the same errors. */
export function statusOn(id: string, date: DateInput): Status | null {
  const timeline = stationTimeline('statusOn', id);
  return deriveState(timeline, toDay('statusOn', 'date', date, true))?.status ?? null;
}
