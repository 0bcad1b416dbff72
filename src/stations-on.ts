// The dataset as it stood on a past day: each station's values from its events up to then.
import { getEvents, reports, stations as allStations, timelinesById } from './data.js';
import { deepFreeze } from './freeze.js';
import type { DateInput } from './query.js';
import { currentState } from './status.js';
import type { ReportId, Station, StationEvent } from './types.js';
import { toDay, unknownValue } from './validate.js';

/** What `stationsOn` gives: the day it read, the stations as they stood then, and the events up to then. */
export interface StationsOn {
  /** The last day of the date given, as `YYYY-MM-DD` (`'2022-10'` is `'2022-10-31'`). */
  readonly day: string;
  /** The stations some event had concerned by the end of `day`, with their values as of then. */
  readonly stations: readonly Station[];
  /** The events dated up to `day` that name some of those stations, each naming only those. */
  readonly events: readonly StationEvent[];
}

/**
 * The stations as they stood at the end of the given day, month or year (a `Date` stands
 * for its UTC day), as `stateOn` reads them: each station's values (`status`,
 * `statusSince`, `operation`, … `lastHeard`) from its events up to then, its `reports`
 * without those published later, and the events up to then, each naming only the stations
 * kept. A station no event had concerned by then is left out. `selection` (default: every
 * station) limits it to some of the package's stations, as `query` gives them. The timelines
 * of `toCSV`, `toJSON` and `toGeoJSON` end on that day when given `{ events }` of the result.
 * Throws a RangeError for an invalid date or a station that is not the package's, a
 * TypeError for a selection that is not an array of stations.
 */
export function stationsOn(date: DateInput, selection: readonly Station[] = allStations): StationsOn {
  const day = toDay('stationsOn', 'date', date, true);
  if (!Array.isArray(selection)) throw new TypeError('stationsOn: selection must be an array of stations');
  // A partial date sorts before the days of its period, so a plain comparison keeps the
  // events whose period starts by `day`, as stateOn does.
  const upTo = (events: readonly StationEvent[]) => events.filter((event) => event.date <= day);
  const published = new Set<string>(reports.filter((report) => report.published <= day).map((report) => report.id));
  const then = selection.flatMap((station, i) => {
    const id = (station as Partial<Station> | null)?.id;
    if (typeof id !== 'string') throw new TypeError(`stationsOn: selection[${i}] is not a station (it has no string id)`);
    const timeline = timelinesById().get(id);
    if (!timeline) throw unknownValue('stationsOn', `selection[${i}].id`, id, 'the id of a station in `stations`');
    const state = currentState(upTo(timeline));
    return state ? [{ ...station, reports: station.reports.filter((report: ReportId) => published.has(report)), ...state }] : [];
  });
  const ids = new Set(then.map((station) => station.id));
  const events = upTo(getEvents()).flatMap((event) => {
    const named = event.stations.filter((id) => ids.has(id));
    return named.length > 0 ? [{ ...event, stations: named }] : [];
  });
  return deepFreeze({ day, stations: then, events });
}
