// How complete the dataset is: what each report claimed against what the dataset
// identifies, the documented gaps, and up to when each country's record was searched.
import { countries, countryName, getSource, reports, type Source, stations } from 'overseas-police-stations';
import { externalLink, h } from './dom.js';

function table(caption: string, head: readonly string[], rows: readonly (readonly (string | number | Node)[])[]): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, ...head.map((label) => h('th', { scope: 'col' }, label)))),
      h(
        'tbody',
        {},
        ...rows.map(([first, ...rest]) =>
          h('tr', {}, h('th', { scope: 'row' }, first!), ...rest.map((cell) => h('td', {}, cell))),
        ),
      ),
    ),
  );
}

/** The Coverage section's content. */
export function renderCoverage(): HTMLElement[] {
  const count = (code: string) => stations.filter((s) => s.country === code).length;
  return [
    table(
      "Each report's claims against the stations this dataset identifies",
      ['Report', 'Published', 'Stations claimed', 'Identified', 'Unidentified', 'Countries claimed', 'Identified'],
      reports.map((r) => [
        externalLink(r.url, r.title),
        r.published,
        r.claimed.stations,
        r.identified.stations,
        r.claimed.stations - r.identified.stations,
        r.claimed.countries,
        r.identified.countries,
      ]),
    ),
    h('h3', {}, 'Still unidentified'),
    h(
      'ul',
      { class: 'gaps' },
      ...reports.flatMap((r) =>
        r.unidentified.map((gap) =>
          h(
            'li',
            {},
            h(
              'strong',
              {},
              `${r.title.split(':')[0]}: ${gap.count} in ${gap.country ? countryName(gap.country) : 'unknown countries'}. `,
            ),
            gap.note,
            ' Sources: ',
            ...gap.sources
              .map((id) => getSource(id))
              .filter((s): s is Source => s !== undefined)
              .flatMap((s, i) => [i > 0 ? '; ' : '', externalLink(s.url, s.publisher)]),
          ),
        ),
      ),
    ),
    table(
      "How current each country's record is: the day up to which its government's, police's, prosecutors', courts' and parliament's responses were searched, and what the search found last",
      ['Country', 'Stations', 'Reviewed', 'What the search found'],
      countries.map((c) => [`${countryName(c.code)} (${c.code})`, count(c.code), c.reviewed, c.note]),
    ),
  ];
}
