// The download buttons: the selected stations as CSV, GeoJSON or JSON, built in the page,
// with their values on the slider's date (`stationsOn`: timelines that end that day,
// reports published later left out), the date in the file name.
import { dataset, type Station, type StationEvent, stationsOn, toCSV, toGeoJSON, toJSON } from 'overseas-police-stations';
import { h } from './dom.js';
import { today } from './view.js';

type Convert = (stations: readonly Station[], events: readonly StationEvent[] | undefined) => string;

const FILES: Record<string, readonly [string, Convert]> = {
  csv: ['text/csv', (s, events) => toCSV(s, events && { events })],
  geojson: ['application/geo+json', (s, events) => JSON.stringify(toGeoJSON(s, events && { events }), null, 2)],
  json: ['application/json', (s, events) => JSON.stringify(toJSON(s, events && { events }), null, 2)],
};

/** What a download holds: the selected stations, and the slider's day (none for today). */
export interface Selection {
  readonly selection: readonly Station[];
  readonly date: string | undefined;
}

/** Wires the buttons `download-csv`, `download-geojson` and `download-json` to save the selection. */
export function setUpDownloads(byId: (id: string) => HTMLElement, current: () => Selection): void {
  for (const [format, [type, convert]] of Object.entries(FILES)) {
    byId(`download-${format}`).addEventListener('click', () => {
      const { selection, date } = current();
      const then = date ? stationsOn(date, selection) : undefined;
      const text = convert(then?.stations ?? selection, then?.events);
      const url = URL.createObjectURL(new Blob([text], { type }));
      const name = `overseas-police-stations-${dataset.version}-selection-${date ?? today()}.${format}`;
      const link = h('a', { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }
}
