/**
 * `npm run build`'s last step: Pagefind's index of the built site, in `<site>/pagefind/`, and the
 * search's passage filters beside it (search/shared/passage-filters.ts).
 * - Pagefind indexes a copy of each page, in a temporary folder (index-copy.ts): with what only
 *   Pagefind reads (filter values, passages' titles) put in, and a break after each dash that runs
 *   into a word (search/shared/dash-breaks.ts), so every word is findable; the pages are not
 *   touched. The apparatus every passage repeats is left out by its class (shared/apparatus.ts).
 * - The passage filters join each page's fragment (its filters, and where its passages start in
 *   Pagefind's word count) with the passages' themes.
 * Both come from what the Astro build wrote to INDEX_INPUTS_FILE, deleted once read.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { htmlFiles } from '../../integrations/built-site.ts';
import { buildPassageFilters, type IndexedPage } from '../shared/passage-filters.ts';
import { APPARATUS_CLASSES } from '../shared/apparatus.ts';
import { PASSAGE_FILTERS_PATH } from '../../config/routes.ts';
import { type IndexInputs, indexCopy } from './index-copy.ts';

/** Written by src/pages/search/index-inputs.json.ts. */
const INDEX_INPUTS_FILE = 'search/index-inputs.json';

const site = path.resolve(process.argv[2] ?? 'dist');
const output = path.join(site, 'pagefind');
/** The attribute of the pages Pagefind indexes (the analyses, the themes, the register's entries…). */
const PAGEFIND_BODY = 'data-pagefind-body';
/** The npm package's launcher of Pagefind's binary, run with this Node. */
const PAGEFIND_CLI = path.resolve(import.meta.dirname, '../../../node_modules/.bin/pagefind');

const inputsFile = path.join(site, INDEX_INPUTS_FILE);
const inputs: IndexInputs = JSON.parse(readFileSync(inputsFile, 'utf8'));

// Pagefind's own CLI over a mirror of the pages (its Node API service took twice as long at scale).
const mirror = mkdtempSync(path.join(tmpdir(), 'search-index-'));
rmSync(output, { recursive: true, force: true });
let pages = 0;
const unread = new Set(Object.keys(inputs.pages));
try {
	for (const [url, html] of htmlFiles(site)) {
		pages++;
		unread.delete(url);
		// Once a page has data-pagefind-body, Pagefind drops every page without it, after parsing it:
		// at 3,000 analyses the register's and themes' further pages, 150 MB. So they are not copied.
		if (!html.includes(PAGEFIND_BODY)) continue;
		const file = path.join(mirror, url.endsWith('/') ? `${url}index.html` : url);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, indexCopy(html, url, inputs.pages[url]));
	}
	if (unread.size > 0) throw new Error(`Search index: no built page at ${[...unread].join(', ')}, which the build gave search markup for`);
	// With what is inside: a passage's sub-result text would keep an excluded element's descendants (a note's number).
	const exclude = APPARATUS_CLASSES.flatMap((selector) => ['--exclude-selectors', selector, '--exclude-selectors', `${selector} *`]);
	execFileSync(process.execPath, [PAGEFIND_CLI, '--site', mirror, '--output-path', output, '--force-language', 'en', ...exclude, '--quiet'], { stdio: 'inherit' });
} finally {
	rmSync(mirror, { recursive: true, force: true });
}

/** A fragment file: gzip of "pagefind_dcd" and the page's JSON. */
const fragments = path.join(output, 'fragment');
const indexed: IndexedPage[] = readdirSync(fragments).map((file) => {
	const { url, filters, anchors } = JSON.parse(gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8').replace(/^pagefind_dcd/, ''));
	return { id: file.replace(/\.pf_fragment$/, ''), url, filters, anchors };
});
const filters = buildPassageFilters(indexed, inputs.passageThemes);
writeFileSync(path.join(site, PASSAGE_FILTERS_PATH), JSON.stringify(filters));
rmSync(inputsFile);
console.log(`Search index: ${pages} pages read, ${indexed.length} indexed, in ${path.relative(process.cwd(), output)}`);
