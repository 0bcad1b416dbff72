// The schema.org Dataset description that the explorer page carries in its head as JSON-LD,
// so that dataset search engines index it (what Google's Dataset search reads: name,
// description, url, version and identifier, creator and publisher, license, the dates, the
// temporal and spatial coverage, and a download for every file). Typed with schema-dts.
import { countryName, type DatasetInfo, type HostCountry, type Report } from 'overseas-police-stations';
import type { Dataset, WithContext } from 'schema-dts';

/** What a file's extension says of its format. */
const FORMATS: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv',
};

/** The package's own facts that the data does not hold: from package.json and CITATION.cff. */
export interface PackageFacts {
  /** The package's description. */
  readonly description: string;
  /** The authors as CITATION.cff names them. */
  readonly authors: readonly string[];
  /** CITATION.cff's `date-released`. */
  readonly released: string;
  /** The data files the package exports (`data/stations.csv`, …), as package.json lists them. */
  readonly files: readonly string[];
}

/**
 * The schema.org `Dataset` of this package version: `info` is the package's `dataset`,
 * `reports` its reports (cited), `countries` its host countries (the spatial coverage, as
 * places). Each data file the package ships is a download, pinned to the version.
 */
export function datasetJsonLd(
  info: DatasetInfo,
  reports: readonly Report[],
  countries: readonly HostCountry[],
  facts: PackageFacts,
): WithContext<Dataset> {
  const page = `https://www.npmjs.com/package/overseas-police-stations/v/${info.version}`;
  const authors = facts.authors.map((name) => ({ '@type': 'Organization' as const, name }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Overseas police service stations',
    description: `${facts.description} ${info.counts.stations} stations in ${info.counts.countries} countries, with ${info.counts.events} dated events and ${info.counts.sources} sources.`,
    url: page,
    identifier: `overseas-police-stations@${info.version}`,
    version: info.version,
    datePublished: facts.released,
    dateModified: info.updated,
    temporalCoverage: `2022-09-12/${info.updated}`,
    spatialCoverage: countries.map((country) => ({ '@type': 'Place', name: countryName(country.code) })),
    keywords: ['overseas police service stations', 'transnational repression', 'China', 'Safeguard Defenders'],
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    creator: authors,
    publisher: authors,
    citation: reports.map((r) => ({
      '@type': 'Report',
      name: r.title,
      publisher: { '@type': 'Organization', name: r.publisher },
      datePublished: r.published,
      url: r.url,
    })),
    distribution: facts.files.map((file) => ({
      '@type': 'DataDownload',
      name: file.split('/').at(-1)!,
      encodingFormat: FORMATS[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
      contentUrl: `https://unpkg.com/overseas-police-stations@${info.version}/dist/${file}`,
    })),
  };
}

/** The authors and release date that CITATION.cff states. */
export function citationFacts(cff: string): Pick<PackageFacts, 'authors' | 'released'> {
  const block = cff.slice(cff.indexOf('\nauthors:'), cff.indexOf('\nversion:'));
  const authors = [...block.matchAll(/- name: "([^"]+)"/g)].map((match) => match[1]!);
  const released = cff.match(/^date-released: "([^"]+)"/m)?.[1];
  if (authors.length === 0 || !released) throw new Error('CITATION.cff: no authors or date-released found');
  return { authors, released };
}

/** The JSON text for a `<script type="application/ld+json">`: `<` escaped so that no text in it can close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
