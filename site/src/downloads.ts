// The download buttons: the selected stations as CSV, GeoJSON or JSON, built in the page.
import { dataset, type Station, toCSV, toGeoJSON, toJSON } from 'overseas-police-stations';
import { h } from './dom.js';

const FILES = {
  csv: ['text/csv', (s: readonly Station[]) => toCSV(s)],
  geojson: ['application/geo+json', (s: readonly Station[]) => JSON.stringify(toGeoJSON(s), null, 2)],
  json: ['application/json', (s: readonly Station[]) => JSON.stringify(toJSON(s), null, 2)],
} as const;

/** Wires the buttons `download-csv`, `download-geojson` and `download-json` to save `selection()`. */
export function setUpDownloads(byId: (id: string) => HTMLElement, selection: () => readonly Station[]): void {
  for (const [format, [type, convert]] of Object.entries(FILES)) {
    byId(`download-${format}`).addEventListener('click', () => {
      const url = URL.createObjectURL(new Blob([convert(selection())], { type }));
      const link = h('a', { href: url, download: `overseas-police-stations-${dataset.version}-selection.${format}` });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
  }
}
