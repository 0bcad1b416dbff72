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

  return {
    show(items, selected, fit) {
      markers.clearLayers();
      const groups = new Map<string, MapItem[]>();
      for (const item of items) {
        const key = item.point.join(',');
        groups.set(key, [...(groups.get(key) ?? []), item]);
      }
      for (const group of groups.values()) {
        const radius = group.length > 1 ? Math.max(10, group.length * 4) : 0;
        group.forEach((item, i) => {
          const angle = (2 * Math.PI * i) / group.length - Math.PI / 2;
          const [dx, dy] = [radius * Math.cos(angle), radius * Math.sin(angle)];
          const isSelected = item.station.id === selected;
          const shape = h('span', { class: 'shape' });
          shape.style.backgroundColor = STATUS_COLOURS[item.status];
          const icon = divIcon({
            html: shape,
            className: `station-marker ${item.precision === 'country' ? 'country-level' : 'city-level'}${isSelected ? ' selected' : ''}`,
            iconSize: [SIZE, SIZE],
            iconAnchor: [SIZE / 2 - dx, SIZE / 2 - dy],
          });
          const m = marker(item.point, { icon, title: item.label, riseOnHover: true, zIndexOffset: isSelected ? 1000 : 0 });
          m.on('click', () => onSelect(item.station.id));
          m.on('keydown', (event) => {
            const key = (event.originalEvent as KeyboardEvent).key;
            if (key !== 'Enter' && key !== ' ') return;
            event.originalEvent.preventDefault();
            onSelect(item.station.id);
          });
          m.addTo(markers);
          const element = m.getElement()!;
          element.dataset.id = item.station.id;
          element.dataset.status = item.status;
          element.setAttribute('aria-label', item.label);
          if (isSelected) element.setAttribute('aria-current', 'true');
        });
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
