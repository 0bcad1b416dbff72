// The explorer page: filters, a date slider, a map and a table of the same stations, one
// station's detail, the dataset's coverage and downloads of the selection. This module
// holds the view and wires the panels (one module each); every text from the data goes
// into the page through dom.ts, as text.
import { addDays, differenceInCalendarDays, format } from 'date-fns';
import 'leaflet/dist/leaflet.css';
import './style.css';
import {
  countryName,
  dataset,
  getStation,
  STATUSES,
  type Station,
  type StationState,
  stateOn,
  stations,
  STATUS_COLOURS,
} from 'overseas-police-stations';
import pointsText from 'overseas-police-stations/data/stations.points.geojson?raw';
import { renderCoverage } from './coverage.js';
import { createChart } from './chart.js';
import { renderCountry } from './country.js';
import { renderDetail } from './detail.js';
import { h } from './dom.js';
import { setUpDownloads } from './downloads.js';
import { createFilters } from './filters.js';
import { createStationMap, type MapItem } from './map.js';
import { headline } from './reading.js';
import { createTable } from './table.js';
import { dayInWords, utcDay } from './words.js';
import { candidates, FIRST_DAY, MAX_SEARCH, parseView, select, today, type View, viewSearch } from './view.js';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const TODAY = today();
// The slider's days, stepped with date-fns in UTC, so that no machine's time zone moves them.
const dayNumber = (date: string) => differenceInCalendarDays(utcDay(date), utcDay(FIRST_DAY));
const dayOf = (n: number) => format(addDays(utcDay(FIRST_DAY), n), 'yyyy-MM-dd');

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

let view: View = parseView(location.search);

let frame = 0;
/** Renders at the next frame, once for however many inputs come before it (the slider as it is dragged). */
function renderSoon(): void {
  if (frame === 0)
    frame = requestAnimationFrame(() => {
      frame = 0;
      render();
    });
}

/**
 * Shows `next`, adding it to the history unless `push` is false or the URL is already its;
 * `soon` leaves the drawing to the next frame.
 */
function navigate(next: View, push = true, focusDetail = false, soon = false): void {
  view = next;
  const url = `${location.pathname}${viewSearch(next)}`;
  if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  if (soon) {
    renderSoon();
    return;
  }
  cancelAnimationFrame(frame);
  frame = 0;
  render();
  if (focusDetail) byId('detail-heading').focus();
}

const selectStation = (id: string) => navigate({ ...view, station: id }, true, true);

const filterPanel = createFilters(byId<HTMLFormElement>('filter-form'), () => view, navigate);
byId('clear').addEventListener('click', () => navigate({ filter: {}, date: view.date, station: view.station }));
// On a phone the filters start folded, so that the map is in the first screen.
if (matchMedia('(max-width: 700px)').matches) byId<HTMLDetailsElement>('filters-details').open = false;

// The search box: the view follows as you type (one history entry once the text is settled).
const search = byId<HTMLInputElement>('search');
const searchView = () => {
  const q = search.value.trim().slice(0, MAX_SEARCH);
  return { ...view, q: q || undefined };
};
search.addEventListener('input', () => navigate(searchView(), false));
search.addEventListener('change', () => navigate(searchView()));

// The date slider: each day from September 2022 to today.
const slider = byId<HTMLInputElement>('date');
const dateOutput = byId<HTMLOutputElement>('date-output');
slider.max = String(dayNumber(TODAY));
const dateFromSlider = () => {
  const day = dayOf(Number(slider.value));
  return day >= TODAY ? undefined : day;
};
slider.addEventListener('input', () => navigate({ ...view, date: dateFromSlider() }, false, false, true));
slider.addEventListener('change', () => navigate({ ...view, date: dateFromSlider() }));
byId('today').addEventListener('click', () => navigate({ ...view, date: undefined }));

// The map, the table and the downloads.
const stationMap = createStationMap(byId('map'), selectStation);
const table = createTable(byId<HTMLTableElement>('stations'), selectStation, () => render());
let selection: Station[] = [];
let shownFilters = JSON.stringify([{}, undefined, undefined]);
setUpDownloads(byId, () => ({ selection, date: view.date }));
const chart = createChart(byId('chart'), TODAY);

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
byId('headline').textContent = headline();
window.addEventListener('popstate', () => navigate(parseView(location.search), false));

/** What the detail panel shows, so that it is drawn again only when that changes. */
let shownDetail = '';

function render(): void {
  const started = performance.now();
  const states = new Map<string, StationState | null>(
    stations.map((s) => [s.id, view.date ? stateOn(s.id, view.date) : s] as const),
  );
  const stateOf = (s: Station) => states.get(s.id) ?? null;
  selection = select(view, stateOf);

  filterPanel.update(view, stateOf);

  // Date.
  const day = view.date ?? TODAY;
  slider.value = String(dayNumber(day));
  slider.setAttribute('aria-valuetext', view.date ? dayInWords(view.date) : `today, ${dayInWords(TODAY)}`);
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

  table.update(selection, stateOf, view.station);
  chart.update(candidates(view), view.date ?? TODAY);
  byId('download-count').textContent = String(selection.length);
  byId('download-date').textContent = view.date ? `as on ${view.date}` : 'as of today';
  if (document.activeElement !== search) search.value = view.q ?? '';

  // Detail.
  const detail = byId('detail');
  const station = view.station ? getStation(view.station) : undefined;
  const country = view.filter.country?.length === 1 ? view.filter.country[0] : undefined;
  const detailKey = JSON.stringify(station || country ? [station?.id, country, view.date] : []);
  if (detailKey === shownDetail) {
    // Unchanged.
  } else if (station) {
    detail.replaceChildren(
      renderDetail(station, stateOf(station), view.date, () => {
        navigate({ ...view, station: undefined });
        byId('stations-heading').focus();
      }),
    );
  } else if (country) {
    detail.replaceChildren(renderCountry(country, view.date, stateOf, selectStation));
  } else {
    detail.replaceChildren(
      h('h2', { id: 'detail-heading', tabindex: -1 }, 'Station'),
      h(
        'p',
        {},
        'Choose a station on the map or in the table to see its record and timeline, with links to the sources; choose one country in the filters to see what happened there.',
      ),
    );
  }
  shownDetail = detailKey;
  performance.measure('explorer:render', { start: started });
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
