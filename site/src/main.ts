// The explorer page: filters, a date slider, a map and a table of the same stations, one
// station's detail, the dataset's coverage and downloads of the selection. Every text from
// the data goes into the page through dom.ts, as text.
import 'leaflet/dist/leaflet.css';
import './style.css';
import {
  bureaus,
  countryName,
  dataset,
  getStation,
  STATUSES,
  type Station,
  type StationState,
  stateOn,
  stations,
  toCSV,
  toGeoJSON,
  toJSON,
  STATUS_COLOURS,
} from 'overseas-police-stations';
import pointsText from 'overseas-police-stations/data/stations.points.geojson?raw';
import { renderCoverage } from './coverage.js';
import { renderDetail } from './detail.js';
import { h } from './dom.js';
import { createStationMap, type MapItem } from './map.js';
import {
  candidates,
  FIRST_DAY,
  LIST_KEYS,
  type ListKey,
  OPTIONS,
  parseView,
  select,
  today,
  type View,
  viewSearch,
} from './view.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const TODAY = today();
const DAY = 86_400_000;
const dayNumber = (date: string) => Math.round((Date.parse(date) - Date.parse(FIRST_DAY)) / DAY);
const dayOf = (n: number) => new Date(Date.parse(FIRST_DAY) + n * DAY).toISOString().slice(0, 10);

/** Where a station without a city stands: the package's point inside its country (stations.points.geojson). */
const countryPoints = new Map<string, [number, number]>();
for (const f of (
  JSON.parse(pointsText) as {
    features: { geometry: { coordinates: [number, number] }; properties: { country: string; precision: string } }[];
  }
).features) {
  if (f.properties.precision === 'country')
    countryPoints.set(f.properties.country, [f.geometry.coordinates[1], f.geometry.coordinates[0]]);
}

const LABELS: Record<ListKey, string> = {
  status: 'Status',
  country: 'Country',
  report: 'Report',
  bureau: 'Bureau',
  province: 'Province',
  operation: 'Operation',
  closure: 'Closure',
  investigation: 'Investigation',
  legal: 'Legal stage',
};

let view: View = parseView(location.search);

/** Shows `next`, adding it to the history unless `push` is false or the URL is already its. */
function navigate(next: View, push = true, focusDetail = false): void {
  view = next;
  const url = `${location.pathname}${viewSearch(next)}`;
  if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  render();
  if (focusDetail) byId('detail-heading').focus();
}

const selectStation = (id: string) => navigate({ ...view, station: id }, true, true);

// The filters: one fieldset of checkboxes per key of `query`, and the opening dates.
const counts = new Map<string, HTMLElement>();
const boxes = new Map<string, HTMLInputElement>();
const filterForm = byId<HTMLFormElement>('filter-form');
filterForm.addEventListener('submit', (event) => event.preventDefault());
for (const key of LIST_KEYS) {
  const options = OPTIONS[key].map((option) => {
    const box = h('input', { type: 'checkbox', name: key, value: option.value });
    box.addEventListener('change', () => {
      const values = new Set(view.filter[key] ?? []);
      if (box.checked) values.add(option.value);
      else values.delete(option.value);
      navigate({ ...view, filter: { ...view.filter, [key]: [...values] } });
    });
    boxes.set(`${key}=${option.value}`, box);
    const count = h('span', { class: 'count' });
    counts.set(`${key}=${option.value}`, count);
    const swatch = key === 'status' ? h('span', { class: 'swatch', 'aria-hidden': 'true' }) : null;
    if (swatch) swatch.style.backgroundColor = STATUS_COLOURS[option.value as keyof typeof STATUS_COLOURS];
    return h('label', {}, box, swatch, ` ${option.label} `, count);
  });
  filterForm.append(
    h('fieldset', { class: `filter filter-${key}` }, h('legend', {}, LABELS[key]), h('div', { class: 'options' }, ...options)),
  );
}
const openedInputs = (['openedFrom', 'openedTo'] as const).map((name) => {
  const input = h('input', {
    type: 'text',
    id: name,
    name,
    inputmode: 'numeric',
    autocomplete: 'off',
    'aria-describedby': 'opened-hint',
  });
  input.addEventListener('change', () => {
    const value = input.value.trim();
    const next = parseView(`?${name}=${encodeURIComponent(value)}`)[name];
    if (value !== '' && next === undefined) input.setAttribute('aria-invalid', 'true');
    else navigate({ ...view, [name]: next });
  });
  return input;
});
filterForm.append(
  h(
    'fieldset',
    { class: 'filter filter-opened' },
    h('legend', {}, 'Opened'),
    h('label', { for: 'openedFrom' }, 'From'),
    openedInputs[0]!,
    h('label', { for: 'openedTo' }, 'To'),
    openedInputs[1]!,
    h(
      'p',
      { id: 'opened-hint', class: 'hint' },
      'A year, month or day: 2018, 2018-06 or 2018-06-15. Stations with no known opening date are left out.',
    ),
  ),
);
byId('clear').addEventListener('click', () => navigate({ filter: {}, date: view.date, station: view.station }));

// The date slider: each day from September 2022 to today.
const slider = byId<HTMLInputElement>('date');
const dateOutput = byId<HTMLOutputElement>('date-output');
slider.max = String(dayNumber(TODAY));
const dateFromSlider = () => {
  const day = dayOf(Number(slider.value));
  return day >= TODAY ? undefined : day;
};
slider.addEventListener('input', () => navigate({ ...view, date: dateFromSlider() }, false));
slider.addEventListener('change', () => navigate({ ...view, date: dateFromSlider() }));
byId('today').addEventListener('click', () => navigate({ ...view, date: undefined }));

// The map, the table's sort order and the downloads.
const stationMap = createStationMap(byId('map'), selectStation);
type SortKey = 'station' | 'country' | 'bureau' | 'opened' | 'reports' | 'status';
let sort: { key: SortKey; descending: boolean } = { key: 'station', descending: false };
for (const button of document.querySelectorAll<HTMLButtonElement>('#stations thead button')) {
  button.addEventListener('click', () => {
    const key = button.dataset.sort as SortKey;
    sort = { key, descending: sort.key === key ? !sort.descending : false };
    render();
  });
}
let selection: Station[] = [];
let shownFilters = JSON.stringify([{}, undefined, undefined]);
const FILES = {
  csv: ['text/csv', (s: readonly Station[]) => toCSV(s)],
  geojson: ['application/geo+json', (s: readonly Station[]) => JSON.stringify(toGeoJSON(s), null, 2)],
  json: ['application/json', (s: readonly Station[]) => JSON.stringify(toJSON(s), null, 2)],
} as const;
for (const [format, [type, convert]] of Object.entries(FILES)) {
  byId(`download-${format}`).addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([convert(selection)], { type }));
    const link = h('a', { href: url, download: `overseas-police-stations-${dataset.version}-selection.${format}` });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}

byId('legend').prepend(
  ...STATUSES.map((status) => {
    const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.backgroundColor = STATUS_COLOURS[status];
    return h('li', {}, swatch, status);
  }),
);
byId('version').textContent =
  `Data version ${dataset.version}, updated ${dataset.updated}: ${dataset.counts.stations} stations in ${dataset.counts.countries} countries.`;
byId('coverage-body').append(...renderCoverage());
window.addEventListener('popstate', () => navigate(parseView(location.search), false));

function sortValue(station: Station, state: StationState | null): string {
  switch (sort.key) {
    case 'station':
      return `${station.city ?? '~'} ${station.id}`;
    case 'country':
      return `${countryName(station.country)} ${station.id}`;
    case 'bureau':
      return `${station.bureau ?? '~'} ${station.id}`;
    case 'opened':
      return `${station.opened?.date ?? '~'} ${station.id}`;
    case 'reports':
      return `${station.reports.length} ${station.id}`;
    case 'status':
      return `${state ? STATUSES.indexOf(state.status) : 9} ${station.id}`;
  }
}

function render(): void {
  const states = new Map<string, StationState | null>(
    stations.map((s) => [s.id, view.date ? stateOn(s.id, view.date) : s] as const),
  );
  const stateOf = (s: Station) => states.get(s.id) ?? null;
  selection = select(view, stateOf);

  // Filters: what is checked, and how many stations each choice would give.
  for (const key of LIST_KEYS) {
    for (const option of OPTIONS[key]) {
      const id = `${key}=${option.value}`;
      boxes.get(id)!.checked = view.filter[key]?.includes(option.value) ?? false;
      const n = select({ ...view, filter: { ...view.filter, [key]: [option.value] } }, stateOf).length;
      counts.get(id)!.textContent = `(${n})`;
      counts.get(id)!.parentElement!.classList.toggle('none', n === 0);
    }
  }
  for (const input of openedInputs) {
    input.value = view[input.name as 'openedFrom' | 'openedTo'] ?? '';
    input.removeAttribute('aria-invalid');
  }

  // Date.
  const day = view.date ?? TODAY;
  slider.value = String(dayNumber(day));
  slider.setAttribute('aria-valuetext', view.date ? view.date : `today, ${TODAY}`);
  dateOutput.textContent = view.date ?? `today (${TODAY})`;
  const notYet = candidates(view).filter((s) => stateOf(s) === null).length;
  byId('summary').textContent =
    `${selection.length} of ${stations.length} stations selected, with their status ${view.date ? `on ${view.date}` : 'today'}${notYet > 0 ? `; ${notYet} not yet reported by then` : ''}.`;

  // Map.
  const items: MapItem[] = [];
  for (const station of selection) {
    const point: [number, number] | undefined = station.location
      ? [station.location.lat, station.location.lon]
      : countryPoints.get(station.country);
    if (!point) continue;
    const status = stateOf(station)!.status;
    const place = station.city ?? `no known city, shown inside ${countryName(station.country)}`;
    items.push({
      station,
      status,
      point,
      precision: station.location ? 'city' : 'country',
      label: `${place} (${station.id}): ${status}`,
    });
  }
  // The map fits the selection when the filters change (the date and the detail leave it be).
  const filters = JSON.stringify([view.filter, view.openedFrom, view.openedTo]);
  stationMap.show(items, view.station, filters !== shownFilters);
  shownFilters = filters;

  // Table.
  for (const th of document.querySelectorAll<HTMLElement>('#stations thead th[data-column]')) {
    th.setAttribute('aria-sort', th.dataset.column === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none');
  }
  const rows = selection
    .map((station) => ({ station, state: stateOf(station), key: sortValue(station, stateOf(station)) }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }) * (sort.descending ? -1 : 1));
  byId('stations-body').replaceChildren(
    ...rows.map(({ station, state }) => {
      const open = h(
        'button',
        { type: 'button', class: 'link' },
        station.city ?? '(no known city)',
        ' ',
        h('span', { class: 'id' }, station.id),
      );
      open.addEventListener('click', () => selectStation(station.id));
      const status = h('td', {}, h('span', { class: 'swatch', 'aria-hidden': 'true' }), state!.status);
      (status.firstChild as HTMLElement).style.backgroundColor = STATUS_COLOURS[state!.status];
      return h(
        'tr',
        { 'data-id': station.id, 'aria-current': station.id === view.station ? 'true' : undefined },
        h('th', { scope: 'row' }, open),
        h('td', {}, countryName(station.country)),
        h('td', {}, bureaus.find((b) => b.id === station.bureau)?.seat ?? 'unknown'),
        h('td', {}, station.opened?.date ?? ''),
        h(
          'td',
          {},
          station.reports.length > 0
            ? station.reports.map((id) => OPTIONS.report.find((o) => o.value === id)?.label ?? id).join(', ')
            : 'neither',
        ),
        status,
      );
    }),
  );
  byId('download-count').textContent = String(selection.length);

  // Detail.
  const detail = byId('detail');
  const station = view.station ? getStation(view.station) : undefined;
  if (station) {
    detail.replaceChildren(
      renderDetail(station, stateOf(station), view.date, () => {
        navigate({ ...view, station: undefined });
        byId('stations-heading').focus();
      }),
    );
  } else {
    detail.replaceChildren(
      h('h2', { id: 'detail-heading', tabindex: -1 }, 'Station'),
      h('p', {}, 'Choose a station on the map or in the table to see its record and timeline, with links to the sources.'),
    );
  }
}

byId('detail').addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && view.station) {
    navigate({ ...view, station: undefined });
    byId('stations-heading').focus();
  }
});

render();
performance.mark('explorer:rendered');
document.documentElement.dataset.ready = 'true';
