/**
 * The built site as the quality checks crawl it: every page the sitemap lists plus the 404 page,
 * and the HTML files themselves, read from dist/ (what a static host would serve).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileFor as fileIn, htmlFiles as htmlIn } from '../../src/integrations/built-site.ts';

/** dist/, or the folder DIST_DIR names (a build kept apart from the working tree's, by its own OUT_DIR). */
export const DIST = path.resolve(import.meta.dirname, '../..', process.env.DIST_DIR ?? 'dist');

/** Site paths from dist/sitemap.xml (whatever origin the build was given), and the 404 page. */
export function sitePages(): string[] {
	const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
	return [...paths, '/404.html'];
}

/**
 * Register entry pages share one template: the page-by-page browser checks (axe in two schemes
 * and two widths, structure, overflow, privacy) take these three, one of each kind, two with an
 * editor's note; built-html.spec.ts validates every entry's HTML, and register.spec.ts loads each.
 */
export const REGISTER_SAMPLE = ['/people/kaja-kallas/', '/people/china/', '/people/friends-of-peace/'];

/** sitePages(), with the register entries narrowed to REGISTER_SAMPLE. */
export const crawledPages = () => sitePages().filter((p) => !/^\/people\/[^/]+\//.test(p) || REGISTER_SAMPLE.includes(p));

export const htmlFiles = () => [...htmlIn(DIST)];
export const fileFor = (sitePath: string) => fileIn(DIST, sitePath);
