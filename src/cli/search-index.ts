/**
 * `npm run build`'s last step: Pagefind's index of the built site, in `<site>/pagefind/`, and the
 * search's passage filters beside it (lib/passage-filters.ts).
 * - Pagefind indexes a copy of each page with a break after each dash that runs into a word
 *   (lib/search-index-text.ts), so every word is findable; the pages are not touched.
 * - The passage filters join each page's fragment (its filters, and where its passages start in
 *   Pagefind's word count) with the passages' themes, which the Astro build wrote to
 *   PASSAGE_THEMES_FILE; that file is deleted once read.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../lib/built-site.ts';
import { buildPassageFilters, type IndexedPage } from '../lib/passage-filters.ts';
import { breakAtDashes } from '../lib/search-index-text.ts';
import { PASSAGE_FILTERS_URL } from '../lib/search-url.ts';

/** Written by src/pages/search/passage-themes.json.ts. */
const PASSAGE_THEMES_FILE = 'search/passage-themes.json';

const site = path.resolve(process.argv[2] ?? 'dist');
const fail = (what: string, errors: string[]) => {
	throw new Error(`Pagefind could not ${what}:\n${errors.join('\n')}`);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail('start', errors);
const pages = htmlFiles(site);
for (const [url, html] of pages) {
	const added = await index!.addHTMLFile({ url, content: breakAtDashes(html) });
	if (added.errors.length) fail(`index ${url}`, added.errors);
}
const output = path.join(site, 'pagefind');
const written = await index!.writeFiles({ outputPath: output });
if (written.errors.length) fail('write its files', written.errors);
await pagefind.close();

/** A fragment file: gzip of "pagefind_dcd" and the page's JSON. */
const fragments = path.join(output, 'fragment');
const indexed: IndexedPage[] = readdirSync(fragments).map((file) => {
	const { url, filters, anchors } = JSON.parse(gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8').replace(/^pagefind_dcd/, ''));
	return { id: file.replace(/\.pf_fragment$/, ''), url, filters, anchors };
});
const themesFile = path.join(site, PASSAGE_THEMES_FILE);
const filters = buildPassageFilters(indexed, JSON.parse(readFileSync(themesFile, 'utf8')));
writeFileSync(path.join(site, PASSAGE_FILTERS_URL), JSON.stringify(filters));
rmSync(themesFile);
console.log(`Search index: ${pages.length} pages read, ${indexed.length} indexed, in ${path.relative(process.cwd(), output)}`);
