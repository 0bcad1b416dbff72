// One host country in full, shown when the filters select exactly one country and no
// station is open: its stations with their status on the view's date, how current its
// record is, and what happened to its stations, its government's context included.
import {
  byCountry,
  countries,
  countryName,
  getEvents,
  STATUSES,
  type Station,
  type StationState,
} from 'overseas-police-stations';
import { timelineItem } from './detail.js';
import { h } from './dom.js';
import { onDate, STATUS_WORDS, tallyOf } from './words.js';

/** The country view of `code` on `date` (`undefined`: today); `onOpen` opens one of its stations. */
export function renderCountry(
  code: string,
  date: string | undefined,
  stateOf: (station: Station) => StationState | null,
  onOpen: (id: string) => void,
): HTMLElement {
  const stations = byCountry(code);
  const ids = new Set(stations.map((s) => s.id));
  const record = countries.find((c) => c.code === code);
  const on = onDate(date);
  const statuses = stations.map((s) => stateOf(s)?.status ?? 'not yet reported');
  const tally = tallyOf(statuses, [...STATUSES, 'not yet reported']);
  const events = getEvents().filter((event) => event.stations.some((id) => ids.has(id)));
  return h(
    'div',
    { class: 'detail-body country-view' },
    h('h2', { id: 'detail-heading', tabindex: -1 }, `${countryName(code)} `, h('span', { class: 'id' }, `(${code})`)),
    h('p', {}, `${stations.length} station${stations.length === 1 ? '' : 's'} ${on}: ${tally}.`),
    record
      ? h(
          'p',
          {},
          `Its government's, police's, prosecutors', courts' and parliament's responses were searched up to ${record.reviewed}: ${record.note}`,
        )
      : null,
    h(
      'dl',
      { class: 'words' },
      ...STATUSES.filter((status) => statuses.includes(status)).flatMap((status) => [
        h('dt', {}, status),
        h('dd', {}, STATUS_WORDS[status]),
      ]),
    ),
    h('h3', {}, 'Its stations'),
    h(
      'ul',
      { class: 'country-stations' },
      ...stations.map((station) => {
        const open = h('button', { type: 'button', class: 'link' }, `${station.city ?? 'no known city'} (${station.id})`);
        open.addEventListener('click', () => onOpen(station.id));
        return h('li', {}, open, `: ${stateOf(station)?.status ?? 'not yet reported'} ${on}`);
      }),
    ),
    h('h3', {}, 'What happened'),
    h('ol', { class: 'timeline' }, ...events.map((event) => timelineItem(event, date))),
  );
}
