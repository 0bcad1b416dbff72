// The explorer page (`npm run site`): a static site in site/dist/ that imports the package
// as users do, through its name. The name resolves to the built package (dist/, made by
// `npm run build`), never to src/.
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { countries, dataset, reports } from 'overseas-police-stations';
import { defineConfig, type Plugin } from 'vite';
import { basemap } from './basemap.js';
import { citationFacts, datasetJsonLd, jsonLdText } from './jsonld.js';
import { type PackageModule, pageFiles, readingTermsHtml } from './pages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { description: string; exports: Record<string, unknown> };
/** The package's facts for the JSON-LD: its description and data files, and CITATION.cff's authors and date. */
const facts = {
  description: pkg.description,
  files: Object.keys(pkg.exports)
    .filter((path) => path.startsWith('./data/'))
    .map((path) => path.slice(2)),
  ...citationFacts(readFileSync(`${root}CITATION.cff`, 'utf8')),
};

/** `virtual:basemap`: the world's countries cut at the antimeridian, made at build time. */
function basemapModule(): Plugin {
  const id = '\0virtual:basemap';
  return {
    name: 'explorer-basemap',
    resolveId: (source) => (source === 'virtual:basemap' ? id : undefined),
    load: (source) => (source === id ? `export default JSON.parse(${JSON.stringify(JSON.stringify(basemap()))});` : undefined),
  };
}

/** The schema.org Dataset in the page head, as JSON-LD (a data block, which runs nothing). */
function jsonLd(): Plugin {
  return {
    name: 'explorer-json-ld',
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/ld+json' },
        children: jsonLdText(datasetJsonLd(dataset, reports, countries, facts)),
        injectTo: 'head',
      },
    ],
  };
}

/**
 * The words of "How to read this" in the page, and the prerendered pages of each station
 * and country (site/pages.ts), made from the package the bundle imports: the one its name
 * resolves to here, so that the injection test's hostile copy reaches them too.
 */
function prerenderedPages(): Plugin {
  return {
    name: 'explorer-pages',
    transformIndexHtml: (html) => html.replace(/<!-- reading-terms:[^>]*-->/, readingTermsHtml()),
    async generateBundle() {
      const resolved = await this.resolve('overseas-police-stations');
      if (!resolved) throw new Error('explorer-pages: the package name resolves to nothing');
      const pkg = (await import(pathToFileURL(resolved.id).href)) as PackageModule;
      for (const [fileName, source] of Object.entries(pageFiles(pkg))) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative URLs, so that the files work from any folder of any static host.
  base: './',
  resolve: {
    alias: [
      { find: /^overseas-police-stations$/, replacement: `${root}dist/index.js` },
      { find: /^overseas-police-stations\/data\/(.*)$/, replacement: `${root}dist/data/$1` },
    ],
  },
  plugins: [basemapModule(), jsonLd(), prerenderedPages()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No data: URLs: every asset is a file of the site's own origin (the CSP allows no other).
    assetsInlineLimit: 0,
    target: 'es2022',
    // One chunk by design, about 650 kB minified, most of it the dataset: the gzip budget
    // in test/explorer.test.ts is what holds its size.
    chunkSizeWarningLimit: 1000,
  },
});
