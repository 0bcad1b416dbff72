// The plain words for each value, one place for "How to read this", the station and
// country views and the prerendered pages (site/pages.ts), so that they never disagree.
import { UTCDate } from '@date-fns/utc';
import { format, formatDistanceStrict } from 'date-fns';
import type { Bureau, Province, Report, Station, StationEvent, StationState, Status } from 'overseas-police-stations';

/** What each summary status means, and what it rests on. */
export const STATUS_WORDS: Readonly<Record<Status, string>> = {
  reported:
    'Listed in a Safeguard Defenders report, with nothing heard since either way. A listing is not evidence that a station operates today.',
  active: 'Someone reported seeing the station at work, on the date given, and no closure has been reported since.',
  'closed-unconfirmed':
    'Said to be closed only by the operator, its embassy or China, or by the press, without the host government, its police or a court confirming it.',
  investigating:
    'The host\'s police, prosecutors or intelligence service opened an inquiry (or searched or arrested); the date is when it was last heard of. "Open" means not known to have ended, not that it is still running.',
  closed: 'Closed, as the host government, its police or a court confirmed.',
  prosecuted: 'Someone linked to the station was charged, tried or sentenced for its activity.',
};

/** The words of "How to read this": each status, then the terms the views use beside them. */
export const READING_TERMS: readonly (readonly [term: string, words: string])[] = [
  ...(Object.entries(STATUS_WORDS) as [Status, string][]),
  [
    'closure ordered',
    'The host ordered or demanded the closure. An order closes nothing by itself: the station is counted closed only when a closure is reported.',
  ],
  [
    'country context',
    "What a host government said or did about the stations in general: shown in each station's timeline, and it sets no value.",
  ],
];

/** A day (`YYYY-MM-DD`) as a date-fns date in UTC, so that no machine's time zone moves it. */
export const utcDay = (day: string) => new UTCDate(`${day}T00:00:00Z`);

/** A day in words: "1 October 2022". */
export const dayInWords = (day: string) => format(utcDay(day), 'd MMMM yyyy');

/** How many of each value, in the order given, leaving out those with none: "2 closed, 1 investigating". */
export function tallyOf(values: readonly string[], order: readonly string[]): string {
  return order
    .flatMap((value) => {
      const n = values.filter((v) => v === value).length;
      return n > 0 ? [`${n} ${value}`] : [];
    })
    .join(', ');
}

/** What an event's line adds after its type: that it is country context, when activity was seen. */
export const eventQualifiers = (event: Pick<StationEvent, 'scope' | 'observed'>) =>
  `${event.scope === 'country' ? " (the country's context: it sets nothing)" : ''}${event.observed ? ` (activity observed ${event.observed})` : ''}`;

/** A view's date in words: "on 2023-05-01", or "today" for none. */
export const onDate = (date: string | undefined) => (date ? `on ${date}` : 'today');

/**
 * How long before `day` a date is, in words ("3 years", "5 months"), counted by date-fns in
 * UTC so that no machine's time zone moves it; a partial date counts from its first day.
 */
export function timeBefore(date: string, day: string): string {
  const start = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
  return formatDistanceStrict(utcDay(start), utcDay(day), { roundingMethod: 'floor' });
}

/** What an event's date stands for. */
export const DATE_BASIS = {
  event: 'date of the event',
  reported: 'date first reported (it happened then or earlier)',
} as const;

/** What `stationRows` looks up in the package. */
export interface Lookups {
  readonly bureaus: readonly Bureau[];
  readonly provinces: readonly Province[];
  readonly reports: readonly Report[];
}

/**
 * A station's values in words, as term and text (and the text's language where it is not
 * English): its state `on` a date (none before it was reported), then its record. With
 * `day`, the last news says how long before that day it came.
 */
export function stationRows(
  station: Station,
  state: StationState | null,
  on: string,
  { bureaus, provinces, reports }: Lookups,
  day?: string,
): (readonly [term: string, text: string, lang?: string])[] {
  const bureau = bureaus.find((b) => b.id === station.bureau);
  const stateRows = state
    ? ([
        [
          `Operation ${on}`,
          `${state.operation}${state.closure ? ` (closure ${state.closure})` : ''}${state.lastReportedActive ? `; activity last observed ${state.lastReportedActive}` : ''}${state.closureOrdered ? `; closure ordered ${state.closureOrdered} (an order closes nothing by itself)` : ''}`,
        ],
        [
          `Investigation ${on}`,
          `${state.investigation}${state.investigationAsOf ? `, last heard of ${state.investigationAsOf}` : ''}; legal stage ${state.legal}`,
        ],
        [
          'Last heard of',
          state.lastHeard
            ? `${state.lastHeard}${day ? ` (${timeBefore(state.lastHeard, day)} before ${day})` : ''}`
            : 'nothing of its own since its listing',
        ],
      ] as const)
    : [];
  return [
    ...stateRows,
    ['City', station.city ?? 'No source places it in a city: the map shows it at a point inside its country.'],
    ...(station.nameZh ? [['Chinese name', station.nameZh, 'zh'] as const] : []),
    [
      'Bureau',
      bureau
        ? `${bureau.name}, ${provinces.find((p) => p.code === bureau.province)?.name ?? bureau.province}; confidence ${station.bureauConfidence}`
        : 'unknown',
    ],
    ['Opened', station.opened ? `${station.opened.date}${station.opened.note ? `: ${station.opened.note}` : ''}` : 'unknown'],
    [
      'Reports',
      station.reports.length > 0
        ? station.reports.map((id) => reports.find((r) => r.id === id)?.title.split(':')[0] ?? id).join(', ')
        : 'in neither report',
    ],
    ['Evidence', station.evidence === 'site' ? 'a particular site' : 'a count of stations only'],
    ['Confidence', station.confidence],
  ];
}
