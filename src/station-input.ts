// Checks a list of stations that a user hands to `createQueries` (their own records, or this
// dataset extended with them) and turns it into what the query functions rely on: unique
// ids, upper-case countries, known bureaus and reports, timelines sorted oldest first, and
// the derived province and status. A plain hand check: the main entry must not load zod.
import { bureaus, countryCodes, reports } from './data.js';
import { compareDates, isPartialDate } from './dates.js';
import { statusAt, STATUS_OF_EVENT } from './status.js';
import type { ProvinceCode, Station, StationEvent } from './types.js';
import { deepFreeze } from './freeze.js';
import { describe, listOf, unknownValue } from './validate.js';

const FN = 'createQueries';
const provinceOf = new Map<string, ProvinceCode>(bureaus.map((b) => [b.id, b.province]));
const reportIds: ReadonlySet<string> = new Set(reports.map((r) => r.id));

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

function checkDate(where: string, value: unknown): string {
  expectType(where, value, 'string');
  if (!isPartialDate(value as string))
    throw unknownValue(FN, `date at ${where}`, value as string, 'a real date as YYYY, YYYY-MM or YYYY-MM-DD');
  return value as string;
}

function checkEvent(where: string, value: unknown): StationEvent {
  expectType(where, value, 'record');
  const event = value as Fields;
  checkDate(`${where}.date`, event.date);
  expectType(`${where}.type`, event.type, 'string');
  if (!Object.hasOwn(STATUS_OF_EVENT, event.type as string)) {
    throw unknownValue(FN, `event type at ${where}.type`, event.type as string, `one of ${listOf(Object.keys(STATUS_OF_EVENT))}`);
  }
  expectType(`${where}.sources`, event.sources, 'array');
  (event.sources as unknown[]).forEach((id, i) => {
    expectType(`${where}.sources[${i}]`, id, 'string');
  });
  return { ...event, sources: [...(event.sources as string[])] } as unknown as StationEvent;
}

/** One station, checked, with its derived fields filled in or checked against what it derives. */
function checkStation(where: string, value: unknown): Station {
  expectType(where, value, 'record');
  const input = value as Fields;
  expectType(`${where}.id`, input.id, 'string');
  if (input.id === '') throw new RangeError(`${FN}: ${where}.id is empty`);
  expectType(`${where}.country`, input.country, 'string');
  const country = (input.country as string).toUpperCase();
  if (!countryCodes.has(country))
    throw unknownValue(FN, `country at ${where}.country`, input.country as string, 'an ISO 3166-1 alpha-2 code');

  const bureau = input.bureau ?? null;
  expectType(`${where}.bureau`, bureau, 'string', true);
  const bureauId = bureau === null ? null : (bureau as string).toLowerCase();
  if (bureauId !== null && !provinceOf.has(bureauId)) {
    throw unknownValue(FN, `bureau at ${where}.bureau`, bureau as string, `null or one of ${listOf(provinceOf.keys())}`);
  }
  const province = bureauId === null ? null : provinceOf.get(bureauId)!;
  if (input.province !== undefined && input.province !== province) {
    throw new RangeError(
      `${FN}: ${where}.province is ${describe(input.province)}, but bureau ${describe(bureau)} gives ${describe(province)}; leave it out to derive it`,
    );
  }

  const reportList = input.reports ?? [];
  expectType(`${where}.reports`, reportList, 'array');
  (reportList as unknown[]).forEach((id, i) => {
    expectType(`${where}.reports[${i}]`, id, 'string');
    if (!reportIds.has(id as string))
      throw unknownValue(FN, `report at ${where}.reports[${i}]`, id as string, `one of ${listOf(reportIds)}`);
  });

  const opened = input.opened ?? null;
  expectType(`${where}.opened`, opened, 'record', true);
  if (opened !== null) checkDate(`${where}.opened.date`, (opened as Fields).date);

  const location = input.location ?? null;
  expectType(`${where}.location`, location, 'record', true);
  if (location !== null && (typeof (location as Fields).lat !== 'number' || typeof (location as Fields).lon !== 'number')) {
    throw new TypeError(`${FN}: ${where}.location must have numeric lat and lon`);
  }

  const sources = input.sources ?? [];
  expectType(`${where}.sources`, sources, 'array');
  (sources as unknown[]).forEach((id, i) => {
    expectType(`${where}.sources[${i}]`, id, 'string');
  });

  expectType(`${where}.events`, input.events, 'array');
  // Sorted oldest first, as the status rules need; a stable sort keeps same-day order.
  const events = (input.events as unknown[])
    .map((event, i) => checkEvent(`${where}.events[${i}]`, event))
    .sort((a, b) => compareDates(a.date, b.date));
  const status = statusAt(events);
  if (status === null) throw new RangeError(`${FN}: ${where} has no event that sets a status; add a dated event`);
  if (input.status !== undefined && input.status !== status) {
    throw new RangeError(
      `${FN}: ${where}.status is ${describe(input.status)}, but its events give "${status}"; leave it out to derive it`,
    );
  }

  return {
    city: null,
    bureauConfidence: null,
    nameZh: null,
    notes: null,
    ...input,
    country,
    bureau: bureauId,
    province,
    reports: [...(reportList as string[])],
    opened: opened === null ? null : { note: null, ...(opened as Fields) },
    location: location === null ? null : { ...(location as Fields) },
    sources: [...(sources as string[])],
    events,
    status,
  } as unknown as Station;
}

/**
 * A user's station list, checked and normalized: deeply frozen copies sorted by id, with
 * upper-case countries, lower-case bureaus, timelines oldest first, and province and
 * status derived. Throws a TypeError for a value of the wrong type and a RangeError for an
 * unknown value, a duplicate id, or a given province or status that its bureau or events
 * contradict.
 */
export function checkStations(input: unknown): readonly Station[] {
  if (!Array.isArray(input)) throw new TypeError(`${FN}: stations must be an array of station records, got ${describe(input)}`);
  const seen = new Map<string, number>();
  const stations = input.map((value, i) => {
    const station = checkStation(`stations[${i}]`, value);
    const earlier = seen.get(station.id);
    if (earlier !== undefined)
      throw new RangeError(`${FN}: duplicate station id "${station.id}" at stations[${earlier}] and stations[${i}]`);
    seen.set(station.id, i);
    return station;
  });
  stations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return deepFreeze(stations);
}
