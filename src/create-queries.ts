// `createQueries`: the package's query functions over a user's own stations and events.
import { buildQueries, type StationQueries, type DateInput } from './query.js';
import { type EventInput, type StationInput, checkInput } from './station-input.js';
import { deriveState } from './status.js';
import type { StationEvent, StationState, Status } from './types.js';
import { expectString, toDay, unknownValue } from './validate.js';

/** The query functions of `createQueries`: those of the package, over the stations and events given. */
export interface Queries extends StationQueries {
  /** See {@link stateOn}. */
  stateOn(id: string, date: DateInput): StationState | null;
  /** See {@link statusOn}. */
  statusOn(id: string, date: DateInput): Status | null;
}

/**
 * The query functions (`getStation`, the `by…` functions, `query`, `countBy`, `stateOn`,
 * `statusOn`) over your own stations and events, for example this dataset extended with
 * your records: `createQueries([...stations, mine], [...events, ...myEvents])`.
 *
 * Both lists are checked first: ids unique, countries ISO 3166-1 alpha-2 (any case),
 * bureaus and reports known, dates real, event types known, and every station an event
 * names given, once. Each station's province and state are derived from its bureau and
 * the events that name it (a given one that contradicts them throws). The functions work
 * on deeply frozen copies, stations sorted by id and events oldest first; the objects you
 * pass are neither kept nor frozen. A wrong type, or an array with an empty slot, throws a
 * TypeError; an unknown value, a duplicate id, a station named twice by one event or a
 * contradiction a RangeError. Each message says where (`stations[2].country`).
 */
export function createQueries(stations: readonly StationInput[], events: readonly EventInput[]): Queries {
  const checked = checkInput(stations, events);
  const timeline = (fn: string, id: unknown): readonly StationEvent[] => {
    const found = checked.timelines.get(expectString(fn, 'id', id));
    if (!found) throw unknownValue(fn, 'station id', id as string, 'the id of a given station');
    return found;
  };
  return {
    ...buildQueries(checked.stations),
    stateOn: (id, date) => deriveState(timeline('stateOn', id), toDay('stateOn', 'date', date, true)),
    statusOn: (id, date) => deriveState(timeline('statusOn', id), toDay('statusOn', 'date', date, true))?.status ?? null,
  };
}

export type { StationInput };
