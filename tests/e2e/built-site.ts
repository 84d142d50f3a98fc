/**
 * The built site as the quality checks crawl it: every page the sitemap lists plus the 404 page,
 * and the HTML files themselves, read from dist/ (what a static host would serve).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Site paths from dist/sitemap.xml (whatever origin the build was given), and the 404 page. */
export function sitePages(): string[] {
	const sitemap = readFileSync(path.join(DIST, 'sitemap.xml'), 'utf8');
	const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname);
	return [...paths, '/404.html'];
}

/** Every HTML file in dist/, as [site path, HTML]. */
export function htmlFiles(dir = DIST): Array<[string, string]> {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(file);
		if (!name.endsWith('.html')) return [];
		const sitePath = `/${path.relative(DIST, file).replace(/index\.html$/, '')}`;
		return [[sitePath, readFileSync(file, 'utf8')] as [string, string]];
	});
}

/** The file a site path is served from, if any (directory URLs serve their index.html). */
export function fileFor(sitePath: string): string | undefined {
	const file = path.join(DIST, decodeURIComponent(sitePath));
	if (sitePath.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
