/**
 * The built site as the quality checks crawl it: every page the sitemap lists plus the 404 page,
 * and the HTML files themselves, read from dist/ (what a static host would serve).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileFor as fileIn, htmlFiles as htmlIn } from '../../src/lib/built-site.ts';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Site paths from dist/sitemap.xml (whatever origin the build was given), and the 404 page. */
export function sitePages(): string[] {
	const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
	return [...paths, '/404.html'];
}

export const htmlFiles = () => htmlIn(DIST);
export const fileFor = (sitePath: string) => fileIn(DIST, sitePath);
