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

  /** Each station's row, made once; an update changes its status cell and mark, and the rows' order. */
  const made = new Map<string, { row: HTMLTableRowElement; status: HTMLTableCellElement; shown?: string }>();
  let order = '';

  function rowOf(station: Station): NonNullable<ReturnType<typeof made.get>> {
    const known = made.get(station.id);
    if (known) return known;
    const open = h(
      'button',
      { type: 'button', class: 'link' },
      station.city ?? '(no known city)',
      ' ',
      h('span', { class: 'id' }, station.id),
    );
    open.addEventListener('click', () => onSelect(station.id));
    const status = h('td', {});
    const row = h(
      'tr',
      { 'data-id': station.id },
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
    const entry = { row, status };
    made.set(station.id, entry);
    return entry;
  }

  return {
    update(selection, stateOf, current) {
      for (const th of table.querySelectorAll<HTMLElement>('thead th[data-column]')) {
        th.setAttribute('aria-sort', th.dataset.column === sort.key ? (sort.descending ? 'descending' : 'ascending') : 'none');
      }
      const rows = selection
        .map((station) => ({ station, state: stateOf(station), key: sortValue(station, stateOf(station)) }))
        .sort((a, b) => a.key.localeCompare(b.key, 'en', { numeric: true }) * (sort.descending ? -1 : 1));
      for (const { station, state } of rows) {
        const entry = rowOf(station);
        if (entry.shown !== state!.status) {
          const swatch = h('span', { class: 'swatch', 'aria-hidden': 'true' });
          swatch.style.backgroundColor = STATUS_COLOURS[state!.status];
          entry.status.replaceChildren(swatch, state!.status);
          entry.shown = state!.status;
        }
        if (station.id === current) entry.row.setAttribute('aria-current', 'true');
        else entry.row.removeAttribute('aria-current');
      }
      // The rows move only when the selection or its order changed.
      const next = rows.map(({ station }) => station.id).join(',');
      if (next !== order) {
        table.tBodies[0]!.replaceChildren(...rows.map(({ station }) => made.get(station.id)!.row));
        order = next;
      }
    },
  };
}
