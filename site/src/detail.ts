// One station in full: what it is, its state on the view's date, its notes and its
// timeline, each event with its date basis and links to its sources' publishers.
import {
  bureaus,
  countryName,
  getDetails,
  getSource,
  provinces,
  reports,
  type Source,
  type Station,
  type StationEvent,
  type StationState,
} from 'overseas-police-stations';
import { type Child, externalLink, h } from './dom.js';
import { today } from './view.js';
import { DATE_BASIS, eventQualifiers, onDate, STATUS_WORDS, stationRows } from './words.js';

function sourceItem(source: Source): HTMLElement {
  return h(
    'li',
    {},
    externalLink(source.url, `${source.publisher}: ${source.title}`),
    source.date ? ` (${source.date})` : ' (undated)',
    source.note ? h('span', { class: 'source-note' }, ` ${source.note}`) : null,
  );
}

/**
 * One event of a timeline: its date and date basis, its type, its scope where it is
 * country context, the actor's words and links to its sources; marked when it comes after
 * the view's `date`.
 */
export function timelineItem(event: StationEvent, date: string | undefined): HTMLElement {
  // A partial date stands for its first day, which is how strings compare: '2022-10' < '2022-10-01'.
  const later = date !== undefined && event.date > date;
  const sources = event.sources.map((id) => getSource(id)).filter((s): s is Source => s !== undefined);
  return h(
    'li',
    { class: later ? 'later' : undefined },
    h(
      'p',
      {},
      h('time', {}, event.date),
      ` (${DATE_BASIS[event.dateBasis]}) `,
      h('strong', {}, event.type.replaceAll('_', ' ')),
      eventQualifiers(event),
      later ? ' — after the selected date' : null,
    ),
    h('p', {}, `${event.actor}: ${event.summary}`),
    sources.length > 0 ? h('ul', { class: 'sources', 'aria-label': 'Sources' }, ...sources.map(sourceItem)) : null,
  );
}

function row(term: string, ...value: Child[]): HTMLElement[] {
  return [h('dt', {}, term), h('dd', {}, ...value)];
}

/**
 * The detail of `station` with its `state` on `date` (`undefined`: today). Events after the
 * date are marked as later. `onClose` is called by the Close button.
 */
export function renderDetail(
  station: Station,
  state: StationState | null,
  date: string | undefined,
  onClose: () => void,
): HTMLElement {
  const details = getDetails(station.id);
  const place = station.city ?? 'no known city';
  const close = h('button', { type: 'button', class: 'close' }, 'Close');
  close.addEventListener('click', onClose);
  const on = onDate(date);
  const events = details?.events ?? [];

  return h(
    'div',
    { class: 'detail-body' },
    h(
      'h2',
      { id: 'detail-heading', tabindex: -1 },
      `${place}, ${countryName(station.country)} `,
      h('span', { class: 'id' }, `(${station.id})`),
    ),
    h(
      'dl',
      {},
      ...row(
        `Status ${on}`,
        ...(state
          ? [h('strong', {}, state.status), h('span', { class: 'words' }, ` ${STATUS_WORDS[state.status]}`)]
          : ['not yet reported: no event concerned it by then']),
      ),
      ...stationRows(station, state, on, { bureaus, provinces, reports }, date ?? today()).flatMap(([term, text, lang]) =>
        row(term, lang ? h('span', { lang }, text) : text),
      ),
    ),
    details?.notes ? h('h3', {}, 'Notes') : null,
    details?.notes ? h('p', { class: 'notes' }, details.notes) : null,
    h('h3', {}, 'Timeline'),
    h('ol', { class: 'timeline' }, ...events.map((event) => timelineItem(event, date))),
    details && details.sources.length > 0 ? h('h3', {}, 'Sources of the record') : null,
    details && details.sources.length > 0 ? h('ul', { class: 'sources' }, ...details.sources.map(sourceItem)) : null,
    close,
  );
}
