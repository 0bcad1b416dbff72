// The schema.org Dataset description that the explorer page carries in its head as JSON-LD,
// so that dataset search engines index it. Typed with schema-dts.
import type { DatasetInfo, Report } from 'overseas-police-stations';
import type { Dataset, WithContext } from 'schema-dts';

const FILES = [
  ['stations.json', 'application/json'],
  ['stations.csv', 'text/csv'],
  ['stations.geojson', 'application/geo+json'],
] as const;

/**
 * The schema.org `Dataset` of this package version: `info` is the package's `dataset`,
 * `reports` its reports (cited), `description` the package's description. Each data file
 * the package ships is a download, pinned to the version.
 */
export function datasetJsonLd(info: DatasetInfo, reports: readonly Report[], description: string): WithContext<Dataset> {
  const files = `https://unpkg.com/overseas-police-stations@${info.version}/dist/data`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: 'Overseas police service stations',
    description: `${description} ${info.counts.stations} stations in ${info.counts.countries} countries, with ${info.counts.events} dated events and ${info.counts.sources} sources.`,
    version: info.version,
    dateModified: info.updated,
    temporalCoverage: `2022-09-12/${info.updated}`,
    spatialCoverage: 'Worldwide',
    keywords: ['overseas police service stations', 'transnational repression', 'China', 'Safeguard Defenders'],
    license: 'https://creativecommons.org/licenses/by/4.0/',
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: 'overseas-police-stations contributors' },
    citation: reports.map((r) => ({
      '@type': 'Report',
      name: r.title,
      publisher: { '@type': 'Organization', name: r.publisher },
      datePublished: r.published,
      url: r.url,
    })),
    distribution: FILES.map(([file, encodingFormat]) => ({
      '@type': 'DataDownload',
      encodingFormat,
      contentUrl: `${files}/${file}`,
    })),
  };
}

/** The JSON text for a `<script type="application/ld+json">`: `<` escaped so that no text in it can close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
