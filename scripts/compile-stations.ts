// Checks of one station and of station ids over time, as pure functions over records
// already read: each adds what it finds to the Problems it is given.
import { compareDates } from '../src/dates.js';
import { EVENT_EFFECTS } from '../src/status.js';
import type { Station, StationEvent } from '../src/types.js';
import type { EventEntry, StationEntry } from './data-files.js';
import type { GeoCity } from './geonames.js';
import { fold, type Problems, type Records } from './compile-records.js';

/** Other names of GeoNames cities (city-names.json), folded; `known` is false when that file is broken. */
export interface CityAliases {
  readonly names: ReadonlyMap<number, ReadonlySet<string>>;
  readonly known: boolean;
}

/**
 * A report of activity reopens a closed station on its date, so the activity it reports
 * must have been seen after the closures before it: one seen earlier would reopen a
 * station on evidence older than its closure.
 */
export function checkActivityAfterClosures(
  problems: Problems,
  file: string,
  station: string,
  timeline: readonly (StationEvent | EventEntry)[],
): void {
  let closure: StationEvent | EventEntry | undefined;
  for (const event of timeline) {
    if (event.scope === 'country') continue;
    if (EVENT_EFFECTS[event.type]?.operation === 'closed') closure = event;
    if (event.type === 'activity_reported' && closure && event.observed && compareDates(event.observed, closure.date) < 0) {
      problems.add(
        file,
        event.id,
        'observed',
        `activity observed ${event.observed} is earlier than ${closure.id} (${closure.type}, ${closure.date}) on ${station}: it cannot reopen ${station}; type it as a statement, or correct the dates`,
      );
    }
  }
}

/** The GeoNames coordinates of a station's city, after checking the id against country and name. */
export function locate(
  problems: Problems,
  cities: ReadonlyMap<number, GeoCity>,
  aliases: CityAliases,
  file: string,
  country: string,
  entry: StationEntry,
): Station['location'] {
  if ((entry.city === null) !== (entry.geonameId === null)) {
    problems.add(file, entry.id, 'geonameId', 'must be null exactly when city is null');
    return null;
  }
  if (entry.geonameId === null || entry.city === null) return null;
  const city = cities.get(entry.geonameId);
  if (!city) {
    problems.add(file, entry.id, 'geonameId', `GeoNames id ${entry.geonameId} is not a known city`);
  } else if (city.country !== country) {
    problems.add(
      file,
      entry.id,
      'geonameId',
      `GeoNames id ${entry.geonameId} (${city.name}) is in ${city.country}, not ${country}`,
    );
  } else if (fold(city.name) !== fold(entry.city) && !aliases.names.get(entry.geonameId)?.has(fold(entry.city))) {
    if (aliases.known) {
      problems.add(
        file,
        entry.id,
        'city',
        `"${entry.city}" is not the name of GeoNames id ${entry.geonameId} (${city.name}); fix the id, or add the name to city-names.json if it is another name of that city`,
      );
    }
  } else return { geonameId: entry.geonameId, lat: city.lat, lon: city.lon };
  return null;
}

/** What the id-history check needs to know about the station files as read. */
export interface StationIdsSeen {
  /** Every station id found in a readable country file (valid record or not), with its file. */
  readonly files: ReadonlyMap<string, string>;
  /** Countries whose file could not be read, or whose ids are uncertain: their ids are unknown. */
  readonly unreadCountries: ReadonlySet<string>;
}

/**
 * Ids are never lost: a station id that a release shipped stays, or has a retirement
 * record; a retired id is never given to a station again.
 */
export function checkIdHistory(
  problems: Problems,
  seen: StationIdsSeen,
  retired: Pick<Records<{ readonly id: string; readonly date: string; readonly replacedBy: string | null }>, 'valid' | 'ids'>,
  published: ReadonlyMap<string, string>,
): void {
  const unread = (id: string) => seen.unreadCountries.has(id.slice(0, 2).toUpperCase());
  for (const entry of retired.valid) {
    const file = seen.files.get(entry.id);
    if (file) {
      problems.add(
        file,
        entry.id,
        'id',
        `"${entry.id}" was retired on ${entry.date} (retired.json) and is never reused: give this station a new id`,
      );
    }
    const into = entry.replacedBy;
    if (into !== null && !seen.files.has(into) && !unread(into)) {
      problems.add('retired.json', entry.id, 'replacedBy', `unknown station id "${into}" in data/stations/`);
    }
  }
  for (const [id, version] of published) {
    if (seen.files.has(id) || retired.ids.has(id) || unread(id)) continue;
    const country = id.slice(0, 2).toUpperCase();
    problems.add(
      'retired.json',
      id,
      'id',
      `station ${id}, published in ${version}, is no longer in stations/${country}.json: add a retirement record (id, date, reason, replacedBy)`,
    );
  }
}
