// What the page shows, as a value: the filters (the keys of `query`), the date of the
// slider and the selected station. It lives in the URL's query string, so that a link
// restores the view and back and forward walk through earlier ones.
import {
  bureaus,
  CLOSURE_BASES,
  countryName,
  INVESTIGATIONS,
  LEGAL_STAGES,
  OPERATIONS,
  precisionOf,
  provinces,
  query,
  reports,
  STATUSES,
  type Station,
  type StationFilter,
  type StationState,
  stations,
} from 'overseas-police-stations';

/** The list keys of `query`, in the order the page shows them. */
export const LIST_KEYS = [
  'status',
  'country',
  'report',
  'bureau',
  'province',
  'operation',
  'closure',
  'investigation',
  'legal',
] as const;
/** A list key of `query` that the page filters on. */
export type ListKey = (typeof LIST_KEYS)[number];

/** The keys of `StationState` among them: on a past date they apply to the state on that date. */
const STATE_KEYS = ['operation', 'closure', 'investigation', 'legal', 'status'] as const;
type StateKey = (typeof STATE_KEYS)[number];
const isStateKey = (key: ListKey): key is StateKey => (STATE_KEYS as readonly string[]).includes(key);

export interface View {
  /** Values checked for each list key (OR within a key, AND across keys); a key with none is unfiltered. */
  readonly filter: Readonly<Partial<Record<ListKey, readonly string[]>>>;
  /** `openedFrom` and `openedTo` of `query`: a year, month or day. */
  readonly openedFrom?: string;
  readonly openedTo?: string;
  /** The slider's day (YYYY-MM-DD); without one, the stations' state today. */
  readonly date?: string;
  /** The id of the station whose detail is open. */
  readonly station?: string;
  /** The text of the search box: stations whose city, country, id, Chinese name or bureau contain it. */
  readonly q?: string;
}

/** The first day of the slider: the month the first report came out. */
export const FIRST_DAY = '2022-09-01';

/** An option of a filter: the value `query` takes, and its label. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

const plain = (values: readonly string[]): Option[] => values.map((value) => ({ value, label: value }));

/** The values each filter offers: those of the package's closed sets, and the countries that have stations. */
export const OPTIONS: Readonly<Record<ListKey, readonly Option[]>> = {
  country: [...new Set(stations.map((s) => s.country))]
    .map((value) => ({ value, label: countryName(value) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en')),
  province: provinces.map((p) => ({ value: p.code, label: p.name })),
  bureau: bureaus.map((b) => ({ value: b.id, label: b.seat })),
  report: reports.map((r) => ({ value: r.id, label: r.title.split(':')[0]! })),
  operation: plain(OPERATIONS),
  closure: plain(CLOSURE_BASES),
  investigation: plain(INVESTIGATIONS),
  legal: plain(LEGAL_STAGES),
  status: plain(STATUSES),
};

/** Today as YYYY-MM-DD, in UTC as the package reads dates. */
export const today = (): string => new Date().toISOString().slice(0, 10);

const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && precisionOf(value) === 'day';

/** The longest search text a view keeps. */
export const MAX_SEARCH = 100;

/** A text folded for search: no case, no accents, spaces collapsed. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

let searchable: ReadonlyMap<string, string> | undefined;
/** What the search box looks in for each station: city, country code and name, id, Chinese name, bureau id and seat. */
function searchText(station: Station): string {
  searchable ??= new Map(
    stations.map((s) => {
      const bureau = bureaus.find((b) => b.id === s.bureau);
      const words = [s.city, s.country, countryName(s.country), s.id, s.nameZh, bureau?.id, bureau?.seat, bureau?.name];
      return [s.id, fold(words.filter(Boolean).join(' | '))];
    }),
  );
  return searchable.get(station.id) ?? '';
}

/** Whether a station matches a search text: every word of it is in what the station is searched by. */
export function matches(station: Station, q: string | undefined): boolean {
  if (!q) return true;
  const text = searchText(station);
  return fold(q)
    .split(' ')
    .every((word) => text.includes(word));
}

/** Reads a view from a query string, leaving out every value the page does not offer. */
export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const filter: Partial<Record<ListKey, string[]>> = {};
  for (const key of LIST_KEYS) {
    const known = new Set(OPTIONS[key].map((o) => o.value));
    const values = (params.get(key) ?? '').split(',').filter((v) => known.has(v));
    if (values.length > 0) filter[key] = [...new Set(values)];
  }
  const partial = (name: string) => {
    const value = params.get(name) ?? '';
    return precisionOf(value) ? value : undefined;
  };
  const date = params.get('date') ?? '';
  const station = params.get('station') ?? '';
  const q = (params.get('q') ?? '').trim().slice(0, MAX_SEARCH);
  return {
    ...(q ? { q } : {}),
    filter,
    openedFrom: partial('openedFrom'),
    openedTo: partial('openedTo'),
    date: isDay(date) && date >= FIRST_DAY && date < today() ? date : undefined,
    station: stations.some((s) => s.id === station) ? station : undefined,
  };
}

/** The query string of a view (with its `?`, or empty), keys in a fixed order. */
export function viewSearch(view: View): string {
  const parts: string[] = [];
  for (const key of LIST_KEYS) {
    const values = view.filter[key];
    if (values && values.length > 0) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
  }
  for (const key of ['q', 'openedFrom', 'openedTo', 'date', 'station'] as const) {
    const value = view[key];
    if (value) parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Each station's state on the view's date (`stateOn`), or today's (the station itself); `null` before it was reported. */
export type StateOf = (station: Station) => StationState | null;

/**
 * The stations the view selects, sorted by id: `query` with the view's filters, where the
 * state keys (`operation` … `status`) apply to each station's state on the view's date,
 * and a station with no state yet on that date is left out.
 */
export function select(view: View, stateOf: StateOf): Station[] {
  const filters = stateFilters(view);
  return candidates(view).filter((station) => {
    const state = stateOf(station);
    return state !== null && filters.every(([key, values]) => values.has(String(state[key])));
  });
}

/** The stations that the view's filters other than the state keys select, whatever their state. */
export function candidates(view: View): readonly Station[] {
  const fixed: Record<string, unknown> = { openedFrom: view.openedFrom, openedTo: view.openedTo };
  for (const key of LIST_KEYS) {
    const values = view.filter[key];
    if (values && values.length > 0 && !isStateKey(key)) fixed[key] = values;
  }
  return query(fixed as StationFilter).filter((station) => matches(station, view.q));
}

function stateFilters(view: View): [StateKey, ReadonlySet<string>][] {
  return STATE_KEYS.flatMap((key) => {
    const values = view.filter[key];
    return values && values.length > 0 ? [[key, new Set(values)] as [StateKey, ReadonlySet<string>]] : [];
  });
}
