// Checks the stations and events that a user hands to `createQueries` (their own records,
// or this dataset extended with them) and turns them into what the query functions rely
// on: unique ids, upper-case countries, known bureaus and reports, events sorted oldest
// first, and each station's derived fields. A plain hand check: the main entry must not
// load zod.
import { bureaus, countryCodes, reports } from './data.js';
import { compareDates, isPartialDate } from './dates.js';
import { copyPlain, deepFreeze } from './freeze.js';
import { currentState, EVENT_EFFECTS, SCOPES } from './status.js';
import type { EventInput, EventScope, EventType, ProvinceCode, Station, StationEvent, StationState } from './types.js';

export type { EventInput };
import { asciiLower, asciiUpper, describe, listOf, unknownValue } from './validate.js';
import { DERIVED_FIELDS } from './values.js';

const FN = 'createQueries';
const DERIVED = DERIVED_FIELDS;

/**
 * A station of your own for `createQueries`: the fields of a `Station`, where the derived
 * ones (`province`, the state fields and `statusSince`) may be left out; given, they must
 * agree with what the bureau and the events give.
 */
export type StationInput = Omit<Station, 'province' | keyof StationState | 'statusSince'> &
  Partial<Pick<Station, 'province' | keyof StationState | 'statusSince'>>;

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => value !== null && typeof value === 'object' && !Array.isArray(value);

function expectType(where: string, value: unknown, type: 'string' | 'array' | 'record', nullable = false): void {
  if (nullable && value === null) return;
  const ok = type === 'array' ? Array.isArray(value) : type === 'record' ? isRecord(value) : typeof value === type;
  if (!ok) {
    const expected = type === 'array' ? 'an array' : type === 'record' ? 'an object' : 'a string';
    throw new TypeError(`${FN}: ${where} must be ${expected}${nullable ? ' or null' : ''}, got ${describe(value)}`);
  }
}

function expectStringList(where: string, value: unknown): string[] {
  expectType(where, value, 'array');
  (value as unknown[]).forEach((item, i) => {
    expectType(`${where}[${i}]`, item, 'string');
  });
  return [...(value as string[])];
}

function checkDate(where: string, value: unknown): string {
  expectType(where, value, 'string');
  if (!isPartialDate(value as string)) {
    throw unknownValue(FN, `date at ${where}`, value as string, 'a real date as YYYY, YYYY-MM or YYYY-MM-DD');
  }
  return value as string;
}

function checkEvent(where: string, value: unknown): StationEvent {
  expectType(where, value, 'record');
  const event = value as Fields;
  expectType(`${where}.id`, event.id, 'string');
  checkDate(`${where}.date`, event.date);
  expectType(`${where}.type`, event.type, 'string');
  if (!Object.hasOwn(EVENT_EFFECTS, event.type as string)) {
    throw unknownValue(FN, `event type at ${where}.type`, event.type as string, `one of ${listOf(Object.keys(EVENT_EFFECTS))}`);
  }
  const scope = event.scope ?? 'station';
  expectType(`${where}.scope`, scope, 'string');
  if (!SCOPES.includes(scope as EventScope)) {
    throw unknownValue(FN, `scope at ${where}.scope`, scope as string, `one of ${listOf(SCOPES)}`);
  }
  if (scope === 'country' && EVENT_EFFECTS[event.type as EventType] !== null) {
    throw new RangeError(
      `${FN}: ${where} is a country-scope event of type "${event.type as string}", which sets values; country context sets nothing, so give it station scope or a type that sets nothing`,
    );
  }
  const observed = event.observed ?? null;
  if (observed !== null) {
    checkDate(`${where}.observed`, observed);
    if (compareDates(observed as string, event.date as string) > 0) {
      throw new RangeError(`${FN}: ${where}.observed (${observed as string}) is later than its date (${event.date as string})`);
    }
  }
  const stations = expectStringList(`${where}.stations`, event.stations);
  const sources = event.sources === undefined ? [] : expectStringList(`${where}.sources`, event.sources);
  return { ...event, scope, observed, stations, sources } as unknown as StationEvent;
}

/** One station's own fields, checked, with its province derived from its bureau. */
function checkStation(where: string, value: unknown): Fields & { id: string } {
  expectType(where, value, 'record');
  const input = value as Fields;
  expectType(`${where}.id`, input.id, 'string');
  if (input.id === '') throw new RangeError(`${FN}: ${where}.id is empty`);
  expectType(`${where}.country`, input.country, 'string');
  const country = asciiUpper(input.country as string);
  if (!countryCodes.has(country)) {
    throw unknownValue(FN, `country at ${where}.country`, input.country as string, 'an ISO 3166-1 alpha-2 code');
  }

  const bureau = input.bureau ?? null;
  expectType(`${where}.bureau`, bureau, 'string', true);
  const found = bureau === null ? undefined : bureaus.find((b) => b.id === asciiLower(bureau as string));
  if (bureau !== null && !found) {
    throw unknownValue(FN, `bureau at ${where}.bureau`, bureau as string, `null or one of ${listOf(bureaus.map((b) => b.id))}`);
  }
  const province: ProvinceCode | null = found?.province ?? null;
  if (input.province !== undefined && input.province !== province) {
    throw new RangeError(
      `${FN}: ${where}.province is ${describe(input.province)}, but bureau ${describe(bureau)} gives ${describe(province)}; leave it out to derive it`,
    );
  }

  const reportIds = input.reports === undefined ? [] : expectStringList(`${where}.reports`, input.reports);
  reportIds.forEach((id, i) => {
    if (!reports.some((r) => r.id === id)) {
      throw unknownValue(FN, `report at ${where}.reports[${i}]`, id, `one of ${listOf(reports.map((r) => r.id))}`);
    }
  });

  const opened = input.opened ?? null;
  expectType(`${where}.opened`, opened, 'record', true);
  if (opened !== null) checkDate(`${where}.opened.date`, (opened as Fields).date);

  const location = input.location ?? null;
  expectType(`${where}.location`, location, 'record', true);
  if (location !== null && (typeof (location as Fields).lat !== 'number' || typeof (location as Fields).lon !== 'number')) {
    throw new TypeError(`${FN}: ${where}.location must have numeric lat and lon`);
  }

  return {
    city: null,
    bureauConfidence: null,
    nameZh: null,
    ...input,
    id: input.id as string,
    country,
    bureau: found?.id ?? null,
    province,
    reports: reportIds,
    opened: opened === null ? null : { note: null, ...(opened as Fields) },
    location: location === null ? null : { ...(location as Fields) },
  };
}

/** What `checkInput` returns: the stations with their derived fields, and the events sorted. */
export interface CheckedInput {
  readonly stations: readonly Station[];
  readonly events: readonly StationEvent[];
  /** Each station's events, oldest first. */
  readonly timelines: ReadonlyMap<string, readonly StationEvent[]>;
}

/**
 * A user's stations and events, checked and normalized: deeply frozen copies, stations
 * sorted by id with upper-case countries, lower-case bureaus, and province and state
 * derived; events sorted oldest first (a stable sort). Throws a TypeError for a value of
 * the wrong type and a RangeError for an unknown value, a duplicate id, an event naming no
 * given station, a station no event gives a state, or a given derived field that its bureau
 * or events contradict.
 */
export function checkInput(stationsGiven: unknown, eventsGiven: unknown): CheckedInput {
  if (!Array.isArray(stationsGiven)) {
    throw new TypeError(`${FN}: stations must be an array of station records, got ${describe(stationsGiven)}`);
  }
  if (!Array.isArray(eventsGiven)) {
    throw new TypeError(`${FN}: events must be an array of events (such as \`getEvents()\`), got ${describe(eventsGiven)}`);
  }
  // Copies, so that what is kept (and frozen) is never the caller's own objects.
  const stationsInput = copyPlain(FN, 'stations', stationsGiven);
  const eventsInput = copyPlain(FN, 'events', eventsGiven);
  const timelines = new Map<string, StationEvent[]>();
  const own = stationsInput.map((value, i) => {
    const station = checkStation(`stations[${i}]`, value);
    if (timelines.has(station.id)) throw new RangeError(`${FN}: duplicate station id "${station.id}" at stations[${i}]`);
    timelines.set(station.id, []);
    return station;
  });
  const seen = new Set<string>();
  const events = eventsInput
    .map((value, i) => {
      const event = checkEvent(`events[${i}]`, value);
      if (seen.has(event.id)) throw new RangeError(`${FN}: duplicate event id "${event.id}" at events[${i}]`);
      seen.add(event.id);
      event.stations.forEach((id, j) => {
        if (!timelines.has(id))
          throw unknownValue(FN, `station id at events[${i}].stations[${j}]`, id, 'the id of a given station');
        const first = event.stations.indexOf(id);
        if (first !== j) {
          throw new RangeError(
            `${FN}: events[${i}].stations[${j}] names "${id}" again (as events[${i}].stations[${first}] does); name each station once`,
          );
        }
      });
      return event;
    })
    .sort((a, b) => compareDates(a.date, b.date));
  for (const event of events) for (const id of event.stations) timelines.get(id)!.push(event);

  const stations = own.map((station, i) => {
    const state = currentState(timelines.get(station.id)!);
    if (state === null)
      throw new RangeError(`${FN}: stations[${i}] ("${station.id}") has no event that takes effect; add a dated event`);
    for (const field of DERIVED) {
      if (station[field] !== undefined && station[field] !== state[field]) {
        throw new RangeError(
          `${FN}: stations[${i}].${field} is ${describe(station[field])}, but its events give ${describe(state[field])}; leave it out to derive it`,
        );
      }
    }
    return { ...station, ...state } as unknown as Station;
  });
  stations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  deepFreeze(events);
  for (const timeline of timelines.values()) Object.freeze(timeline);
  return { stations: deepFreeze(stations), events, timelines };
}
