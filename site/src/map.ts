// The Leaflet map: the basemap made at build time (no tiles, no requests) and one marker
// per selected station, coloured by its status on the view's date. Stations in one city
// fan out around it; a station no source places in a city stands at a point inside its
// country as a diamond with a dashed outline.
import {
  divIcon,
  geoJSON,
  type LatLngBoundsLiteral,
  type LatLngTuple,
  latLngBounds,
  layerGroup,
  map as leafletMap,
  type Marker,
  marker,
} from 'leaflet';
import { STATUS_COLOURS, type Station, type Status } from 'overseas-police-stations';
import basemap from 'virtual:basemap';
import { h } from './dom.js';

/** A station to draw: where, how precisely, and with which status. */
export interface MapItem {
  readonly station: Station;
  readonly status: Status;
  /** Latitude and longitude: the city's, or a point inside the country. */
  readonly point: LatLngTuple;
  readonly precision: 'city' | 'country';
  /** What the marker says to a screen reader and in its tooltip. */
  readonly label: string;
}

/** The map's one method: draw these stations, with this one selected, and fit the view to them if asked. */
export interface StationMap {
  show(items: readonly MapItem[], selected: string | undefined, fit: boolean): void;
}

const WORLD: LatLngBoundsLiteral = [
  [-50, -150],
  [70, 170],
];

const SIZE = 14;

/**
 * Makes the map in `container`. `onSelect` is called with a station's id when its marker is
 * clicked, or activated with Enter or Space from the keyboard.
 */
export function createStationMap(container: HTMLElement, onSelect: (id: string) => void): StationMap {
  const map = leafletMap(container, {
    minZoom: 1,
    maxZoom: 6,
    zoomSnap: 0.5,
    maxBounds: [
      [-90, -220],
      [90, 220],
    ],
  });
  map.fitBounds(WORLD);
  map.attributionControl.addAttribution('Natural Earth (world-atlas)');
  geoJSON(basemap, {
    interactive: false,
    style: { fillColor: '#d9d9d9', fillOpacity: 1, color: '#ffffff', weight: 0.6 },
  }).addTo(map);
  const markers = layerGroup().addTo(map);
  /** The markers drawn, by station id, with where they stand, so that a redraw only touches what changed. */
  const drawn = new Map<string, { marker: Marker; place: string; status?: Status; label?: string; selected?: boolean }>();

  /** Sets what a marker says and shows: its status's colour, its label (tooltip and screen reader), whether it is selected. */
  function paint(entry: NonNullable<ReturnType<typeof drawn.get>>, item: MapItem, label: string, isSelected: boolean): void {
    const element = entry.marker.getElement()!;
    if (entry.status !== item.status) {
      (element.firstChild as HTMLElement).style.backgroundColor = STATUS_COLOURS[item.status];
      element.dataset.status = item.status;
    }
    if (entry.label !== label) {
      element.setAttribute('aria-label', label);
      entry.marker.setTooltipContent(label);
    }
    if (entry.selected !== isSelected) {
      element.classList.toggle('selected', isSelected);
      if (isSelected) element.setAttribute('aria-current', 'true');
      else element.removeAttribute('aria-current');
      entry.marker.setZIndexOffset(isSelected ? 1000 : 0);
    }
    Object.assign(entry, { status: item.status, label, selected: isSelected });
  }

  return {
    show(items, selected, fit) {
      const groups = new Map<string, MapItem[]>();
      for (const item of items) {
        const key = item.point.join(',');
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      const shown = new Set<string>();
      for (const group of groups.values()) {
        const radius = group.length > 1 ? Math.max(10, group.length * 4) : 0;
        // Stations in one place fan out; each one's tooltip names the others there.
        const others = (item: MapItem) =>
          group.length > 1
            ? `; also here: ${group
                .filter((other) => other !== item)
                .map((other) => other.station.id)
                .join(', ')}`
            : '';
        group.forEach((item, i) => {
          const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
          const [dx, dy] = [radius * Math.cos(angle), radius * Math.sin(angle)];
          const id = item.station.id;
          const place = `${item.point.join(',')} ${dx.toFixed(2)},${dy.toFixed(2)} ${item.precision}`;
          const label = `${item.label}${others(item)}`;
          shown.add(id);
          let entry = drawn.get(id);
          if (entry && entry.place !== place) {
            markers.removeLayer(entry.marker);
            entry = undefined;
          }
          if (!entry) {
            const shape = h('span', { class: 'shape' });
            const icon = divIcon({
              html: shape,
              className: `station-marker ${item.precision === 'country' ? 'country-level' : 'city-level'}`,
              iconSize: [SIZE, SIZE],
              iconAnchor: [SIZE / 2 - dx, SIZE / 2 - dy],
            });
            const m = marker(item.point, { icon, riseOnHover: true, keyboard: true });
            // Shown on hover and on keyboard focus (Leaflet opens a marker's tooltip on focus).
            m.bindTooltip(label, { direction: 'top', offset: [dx, dy - SIZE / 2] });
            m.on('click', () => onSelect(id));
            m.on('keydown', (event) => {
              const key = (event.originalEvent as KeyboardEvent).key;
              if (key !== 'Enter' && key !== ' ') return;
              event.originalEvent.preventDefault();
              onSelect(id);
            });
            m.addTo(markers);
            m.getElement()!.dataset.id = id;
            entry = { marker: m, place };
            drawn.set(id, entry);
          }
          paint(entry, item, label, id === selected);
        });
      }
      for (const [id, entry] of drawn) {
        if (shown.has(id)) continue;
        markers.removeLayer(entry.marker);
        drawn.delete(id);
      }
      if (fit)
        map.fitBounds(items.length > 0 ? latLngBounds(items.map((i) => i.point)) : WORLD, {
          maxZoom: 5,
          padding: [30, 30],
          animate: false,
        });
      const focus = items.find((i) => i.station.id === selected);
      if (focus && !map.getBounds().contains(focus.point)) map.panTo(focus.point);
    },
  };
}
