// The statuses over time: for the stations the filters select (whatever their status), how
// many had each summary status at the end of each month since September 2022, as lines,
// with the slider's day marked and its own counts in words. The months are stepped with
// date-fns in UTC, so that no machine's time zone moves a month's end.
import { addMonths, endOfMonth, format } from 'date-fns';
import { STATUS_COLOURS, STATUSES, type Station, type StationState, type Status, stateOn } from 'overseas-police-stations';
import { FIRST_DAY } from './view.js';
import { dayInWords, utcDay } from './words.js';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 600;
const HEIGHT = 180;
const PAD = { left: 30, right: 8, top: 8, bottom: 20 };

/** The last day of each month from the first report's month to `today`'s, and `today` itself last. */
export function monthEnds(today: string): string[] {
  const days: string[] = [];
  for (let month = utcDay(FIRST_DAY); ; month = addMonths(month, 1)) {
    const end = format(endOfMonth(month), 'yyyy-MM-dd');
    if (end >= today) break;
    days.push(end);
  }
  return [...days, today];
}

/** How many of `stations` had each status at the end of `day` (a station not yet reported counts under none). */
export function statusCounts(stations: readonly Station[], day: string): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as Record<Status, number>;
  for (const station of stations) {
    const state: StationState | null = stateOn(station.id, day);
    if (state) counts[state.status]++;
  }
  return counts;
}

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>) => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  return element;
};

/** The chart in `container`: `update` draws it for a selection and marks a day. */
export interface StatusChart {
  update(stations: readonly Station[], day: string): void;
}

/** Builds the chart into `container` (a figure), for days up to `today`. */
export function createChart(container: HTMLElement, today: string): StatusChart {
  const days = monthEnds(today);
  const plot = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-labelledby': 'chart-caption' });
  const lines = svg('g', {});
  const axis = svg('g', { class: 'chart-axis' });
  const marker = svg('line', { class: 'chart-day', y1: PAD.top, y2: HEIGHT - PAD.bottom });
  plot.append(axis, lines, marker);
  const caption = document.createElement('figcaption');
  caption.id = 'chart-caption';
  const now = document.createElement('p');
  now.id = 'chart-day-counts';
  container.append(plot, caption, now);
  const x = (i: number) => PAD.left + (i / (days.length - 1)) * (WIDTH - PAD.left - PAD.right);
  let drawn = '';

  return {
    update(stations, day) {
      const key = stations.map((s) => s.id).join(',');
      if (key !== drawn) {
        drawn = key;
        const series = days.map((d) => statusCounts(stations, d));
        const top = Math.max(1, ...series.flatMap((counts) => STATUSES.map((status) => counts[status])));
        const y = (n: number) => HEIGHT - PAD.bottom - (n / top) * (HEIGHT - PAD.top - PAD.bottom);
        lines.replaceChildren(
          ...STATUSES.map((status) =>
            svg('polyline', {
              points: series.map((counts, i) => `${x(i).toFixed(1)},${y(counts[status]).toFixed(1)}`).join(' '),
              stroke: STATUS_COLOURS[status],
              class: `chart-line status-${status}`,
              'data-status': status,
              'data-counts': series.map((counts) => counts[status]).join(','),
            }),
          ),
        );
        axis.replaceChildren(
          svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y(0), y2: y(0) }),
          ...[0, top].map((n) =>
            Object.assign(svg('text', { x: PAD.left - 4, y: y(n) + 4, 'text-anchor': 'end' }), { textContent: String(n) }),
          ),
          ...days.flatMap((d, i) =>
            d.endsWith('-01-31')
              ? [Object.assign(svg('text', { x: x(i), y: HEIGHT - 4, 'text-anchor': 'middle' }), { textContent: d.slice(0, 4) })]
              : [],
          ),
        );
        caption.textContent = `How many of the ${stations.length} selected stations had each status at the end of each month, ${format(utcDay(days[0]!), 'MMMM yyyy')} to today; the line marks the slider's day.`;
      }
      // The slider's day, between the month ends around it.
      const after = days.findIndex((d) => d >= day);
      const i =
        after <= 0
          ? Math.max(after, 0)
          : after -
            1 +
            (Date.parse(day) - Date.parse(days[after - 1]!)) / (Date.parse(days[after]!) - Date.parse(days[after - 1]!));
      marker.setAttribute('x1', x(i).toFixed(1));
      marker.setAttribute('x2', x(i).toFixed(1));
      const counts = statusCounts(stations, day);
      now.textContent = `On ${dayInWords(day)}: ${STATUSES.map((status) => `${counts[status]} ${status}`).join(', ')}.`;
      now.dataset.day = day;
      now.dataset.counts = JSON.stringify(counts);
    },
  };
}
