// The table of the selected stations: one row each, sortable by column; a row's button
// opens the station's detail.
import { bureaus, countryName, STATUS_COLOURS, STATUSES, type Station, type StationState } from 'overseas-police-stations';
import { h } from './dom.js';
import { OPTIONS } from './view.js';

type SortKey = 'station' | 'country' | 'bureau' | 'opened' | 'reports' | 'status';

/** The table of stations: `update` shows a selection with each station's state. */
export interface StationTable {
  update(selection: readonly Station[], stateOf: (station: Station) => StationState | null, current: string | undefined): void;
}

/**
 * Builds the table's behaviour on `table` (its head has a sort button per column);
 * `onSelect` opens a station, `onSort` asks for the selection again after a new order.
 */
export function createTable(table: HTMLTableElement, onSelect: (id: string) => void, onSort: () => void): StationTable {
  let sort: { key: SortKey; descending: boolean } = { key: 'station', descending: false };
  for (const button of table.querySelectorAll<HTMLButtonElement>('thead button')) {
    button.addEventListener('click', () => {
      const key = button.dataset.sort as SortKey;
      sort = { key, descending: sort.key === key ? !sort.descending : false };
      onSort();
    });
  }

  const sortValue = (station: Station, state: StationState | null): string => {
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
  };

  return {
    update(selection, stateOf, current) {
      for (const th of table.querySelectorAll<HTMLElement>('thead th[data-column]')) {
        th.setAttribute('aria-sort', th.dataset.column === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none');
      }
      const rows = selection
        .map((station) => ({ station, state: stateOf(station), key: sortValue(station, stateOf(station)) }))
        .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }) * (sort.descending ? -1 : 1));
      table.tBodies[0]!.replaceChildren(
        ...rows.map(({ station, state }) => {
          const open = h(
            'button',
            { type: 'button', class: 'link' },
            station.city ?? '(no known city)',
            ' ',
            h('span', { class: 'id' }, station.id),
          );
          open.addEventListener('click', () => onSelect(station.id));
          const status = h('td', {}, h('span', { class: 'swatch', 'aria-hidden': 'true' }), state!.status);
          (status.firstChild as HTMLElement).style.backgroundColor = STATUS_COLOURS[state!.status];
          return h(
            'tr',
            { 'data-id': station.id, 'aria-current': station.id === current ? 'true' : undefined },
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
    },
  };
}
