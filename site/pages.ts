// The explorer's prerendered pages: one static HTML page per station and per host country
// (`station/<id>/`, `country/<code>/`), each with a card to embed (`card.html`), and a page
// that lists them all (`pages/`). Each page says what the explorer's view says, in the same
// words (src/words.ts), with its title, description and Open Graph and Twitter card tags,
// so that a pasted link explains itself and the page reads without JavaScript.
// Everything from the data is escaped; links go only to https addresses.
import type * as Package from 'overseas-police-stations';
import type { Source, Station, StationEvent } from 'overseas-police-stations';
import { isHttps } from './src/dom.js';
import { DATE_BASIS, eventQualifiers, READING_TERMS, STATUS_WORDS, stationRows, tallyOf } from './src/words.js';

/** The package, as the page's bundle sees it (the injection test swaps in a hostile copy). */
export type PackageModule = typeof Package;

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text made safe for HTML text and quoted attribute values. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** A link to a source, or its bare text when the address is not https. */
function externalLink(url: string, text: string): string {
  return isHttps(url)
    ? `<a href="${escapeHtml(url)}" rel="noopener noreferrer external">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}

const SITE_NAME = 'Overseas police service stations';

interface PageParts {
  readonly title: string;
  readonly description: string;
  /** How many folders down from the site's root the page is. */
  readonly depth: number;
  readonly body: string;
  readonly version: string;
  readonly updated: string;
}

/** A whole page: head with its tags (the same Content Security Policy as the explorer), body, footer. */
function page({ title, description, depth, body, version, updated }: PageParts): string {
  const up = '../'.repeat(depth);
  const meta = (attr: 'name' | 'property', key: string, value: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'" />
<meta name="referrer" content="no-referrer" />
<link rel="icon" href="${up}favicon.svg" type="image/svg+xml" />
<title>${escapeHtml(title)}</title>
${meta('name', 'description', description)}
${meta('property', 'og:type', 'article')}
${meta('property', 'og:site_name', SITE_NAME)}
${meta('property', 'og:title', title)}
${meta('property', 'og:description', description)}
${meta('name', 'twitter:card', 'summary')}
${meta('name', 'twitter:title', title)}
${meta('name', 'twitter:description', description)}
<link rel="stylesheet" href="${up}pages.css" />
<script type="module" src="${up}embed.js"></script>
</head>
<body>
<header><p><a href="${up}">${SITE_NAME}: the explorer</a> · <a href="${up}pages/">every station and country</a></p></header>
<main>
${body}
</main>
<footer><p>Data of ${escapeHtml(updated)}, from the npm package overseas-police-stations ${escapeHtml(version)}. Data: CC BY 4.0, with attribution to the sources each record cites.</p></footer>
</body>
</html>
`;
}

/** The snippet that embeds a card: a relative address, which embed.js makes absolute where scripts run. */
function embedSection(what: string): string {
  const snippet = `<iframe src="card.html" title="${escapeHtml(what)}" width="360" height="240" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
  return `<section class="embed" aria-labelledby="embed-heading">
<h2 id="embed-heading">Embed</h2>
<p>Paste this into a web page to show the card of ${escapeHtml(what)} (<a href="card.html">see the card</a>):</p>
<textarea readonly rows="3" aria-label="Embed code" data-embed>${escapeHtml(snippet)}</textarea>
</section>`;
}

/** A source: a link to its publisher's page, its date and what was checked against it. */
const sourceItem = (source: Source) =>
  `<li>${externalLink(source.url, `${source.publisher}: ${source.title}`)} (${escapeHtml(source.date ?? 'undated')})${source.note ? ` <span class="source-note">${escapeHtml(source.note)}</span>` : ''}</li>`;

/** One event of a timeline, in the explorer's words. */
function timelineItem(pkg: PackageModule, event: StationEvent): string {
  const sources = event.sources.flatMap((id) => {
    const source = pkg.getSource(id);
    return source ? [sourceItem(source)] : [];
  });
  return `<li><p><time>${escapeHtml(event.date)}</time> (${DATE_BASIS[event.dateBasis]}) <strong>${escapeHtml(event.type.replaceAll('_', ' '))}</strong>${escapeHtml(eventQualifiers(event))}</p>
<p>${escapeHtml(`${event.actor}: ${event.summary}`)}</p>${sources.length > 0 ? `\n<ul class="sources">${sources.join('')}</ul>` : ''}</li>`;
}

const placeOf = (pkg: PackageModule, station: Station) =>
  `${station.city ?? 'no known city'}, ${pkg.countryName(station.country)}`;

/** The files of one station: its page and its card. */
function stationFiles(pkg: PackageModule, station: Station): Record<string, string> {
  const { dataset } = pkg;
  const details = pkg.getDetails(station.id);
  const place = placeOf(pkg, station);
  const title = `${place} (${station.id}): ${station.status}`;
  const description = `Overseas police service station ${station.id} in ${place}: ${station.status} since ${station.statusSince}. ${STATUS_WORDS[station.status]}`;
  const rows = stationRows(station, station, `as of ${dataset.updated}`, pkg, dataset.updated)
    .map(([term, text]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd>`)
    .join('\n');
  const status = `<p class="status"><strong>${escapeHtml(station.status)}</strong> since ${escapeHtml(station.statusSince)} (data of ${escapeHtml(dataset.updated)}). ${escapeHtml(STATUS_WORDS[station.status])}</p>`;
  const sources = (details?.sources ?? []).map(sourceItem);
  const body = `<h1>${escapeHtml(place)} <span class="id">(${escapeHtml(station.id)})</span></h1>
${status}
<dl>
${rows}
</dl>
${details?.notes ? `<h2>Notes</h2>\n<p>${escapeHtml(details.notes)}</p>` : ''}
<h2>Timeline</h2>
<ol class="timeline">
${(details?.events ?? []).map((event) => timelineItem(pkg, event)).join('\n')}
</ol>
${sources.length > 0 ? `<h2>Sources of the record</h2>\n<ul class="sources">${sources.join('')}</ul>` : ''}
<p class="explorer"><a href="../../?station=${encodeURIComponent(station.id)}">Open ${escapeHtml(station.id)} in the explorer</a>, on the map and through time.</p>
${embedSection(`station ${station.id}`)}`;
  const card = `<article class="card">
<h1><a href="./" target="_blank" rel="noopener">${escapeHtml(place)} <span class="id">(${escapeHtml(station.id)})</span></a></h1>
${status}
</article>`;
  const parts = { title, description, version: dataset.version, updated: dataset.updated };
  return {
    [`station/${station.id}/index.html`]: page({ ...parts, depth: 2, body }),
    [`station/${station.id}/card.html`]: page({ ...parts, depth: 2, body: card }),
  };
}

/** The files of one host country: its page and its card. */
function countryFiles(pkg: PackageModule, code: string): Record<string, string> {
  const { dataset } = pkg;
  const name = pkg.countryName(code);
  const stations = pkg.byCountry(code);
  const ids = new Set(stations.map((s) => s.id));
  const record = pkg.countries.find((c) => c.code === code);
  const tally = tallyOf(
    stations.map((s) => s.status),
    pkg.STATUSES,
  );
  const count = `${stations.length} station${stations.length === 1 ? '' : 's'}`;
  const title = `${name}: ${count} (${tally})`;
  const description = `The overseas police service stations reported in ${name}, as of ${dataset.updated}: ${count}, ${tally}.${record ? ` Government responses searched up to ${record.reviewed}.` : ''}`;
  const words = pkg.STATUSES.filter((status) => stations.some((s) => s.status === status))
    .map((status) => `<dt>${status}</dt><dd>${escapeHtml(STATUS_WORDS[status])}</dd>`)
    .join('\n');
  const list = stations
    .map(
      (s) =>
        `<li><a href="../../station/${encodeURIComponent(s.id)}/">${escapeHtml(s.city ?? 'no known city')} (${escapeHtml(s.id)})</a>: ${escapeHtml(s.status)} since ${escapeHtml(s.statusSince)}</li>`,
    )
    .join('\n');
  const events = pkg.getEvents().filter((event) => event.stations.some((id) => ids.has(id)));
  const summary = `<p class="status">${count} as of the data of ${escapeHtml(dataset.updated)}: ${escapeHtml(tally)}.</p>`;
  const body = `<h1>${escapeHtml(name)} <span class="id">(${escapeHtml(code)})</span></h1>
${summary}
<dl class="words">
${words}
</dl>
${record ? `<p>Its government's, police's, prosecutors', courts' and parliament's responses were searched up to ${escapeHtml(record.reviewed)}: ${escapeHtml(record.note)}</p>` : ''}
<h2>Its stations</h2>
<ul>
${list}
</ul>
<h2>What happened</h2>
<ol class="timeline">
${events.map((event) => timelineItem(pkg, event)).join('\n')}
</ol>
<p class="explorer"><a href="../../?country=${encodeURIComponent(code)}">Open ${escapeHtml(name)} in the explorer</a>, on the map and through time.</p>
${embedSection(name)}`;
  const card = `<article class="card">
<h1><a href="./" target="_blank" rel="noopener">${escapeHtml(name)}</a></h1>
${summary}
</article>`;
  const parts = { title, description, version: dataset.version, updated: dataset.updated };
  return {
    [`country/${code}/index.html`]: page({ ...parts, depth: 2, body }),
    [`country/${code}/card.html`]: page({ ...parts, depth: 2, body: card }),
  };
}

/** The page that lists every station and country page, and the words of the statuses. */
function directory(pkg: PackageModule, hosts: readonly string[]): string {
  const { dataset } = pkg;
  const codes = [...hosts].sort((a, b) => pkg.countryName(a).localeCompare(pkg.countryName(b), 'en'));
  const body = `<h1>Every station and country</h1>
<p>${pkg.stations.length} stations in ${codes.length} countries, as of the data of ${escapeHtml(dataset.updated)}. Each page has its station's or country's values, with what they rest on and the sources.</p>
<dl class="words">
${READING_TERMS.map(([term, words]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(words)}</dd>`).join('\n')}
</dl>
<h2>Countries</h2>
<ul class="columns">
${codes.map((code) => `<li><a href="../country/${encodeURIComponent(code)}/">${escapeHtml(pkg.countryName(code))}</a></li>`).join('\n')}
</ul>
<h2>Stations</h2>
<ul class="columns">
${pkg.stations.map((s) => `<li><a href="../station/${encodeURIComponent(s.id)}/">${escapeHtml(s.id)}: ${escapeHtml(placeOf(pkg, s))}</a>, ${escapeHtml(s.status)}</li>`).join('\n')}
</ul>`;
  return page({
    title: `${SITE_NAME}: every station and country`,
    description: `A page for each of the ${pkg.stations.length} overseas police service stations reported by Safeguard Defenders and for each of their ${codes.length} host countries.`,
    depth: 1,
    body,
    version: dataset.version,
    updated: dataset.updated,
  });
}

/** Every prerendered file of the site, by its path: the pages, their cards and the list of them. */
export function pageFiles(pkg: PackageModule): Record<string, string> {
  // Ids and codes become folder names: refuse anything but the package's own forms.
  for (const { id } of pkg.stations)
    if (!/^[a-z]{2}-\d{2,3}$/.test(id)) throw new Error(`pageFiles: station id ${JSON.stringify(id)}`);
  const hosts = pkg.countBy('country').map(({ value }) => value!);
  for (const code of hosts) if (!/^[A-Z]{2}$/.test(code)) throw new Error(`pageFiles: country code ${JSON.stringify(code)}`);
  const files: Record<string, string> = { 'pages/index.html': directory(pkg, hosts) };
  for (const station of pkg.stations) Object.assign(files, stationFiles(pkg, station));
  for (const code of hosts) Object.assign(files, countryFiles(pkg, code));
  return files;
}

/** The terms of "How to read this" as HTML, for the explorer's own page. */
export const readingTermsHtml = () =>
  READING_TERMS.map(([term, words]) => `<dt>${escapeHtml(term)}</dt>\n<dd>${escapeHtml(words)}</dd>`).join('\n');
