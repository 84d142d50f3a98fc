/**
 * A built site read from its output folder, as a static host serves it: its HTML pages, the file
 * behind a site path, and the internal links that lead nowhere. Used by the build's own link check
 * (src/integrations/check-links.ts) and by the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodedUri } from './uri.ts';

/** Every HTML file under `dir` (Pagefind's folder aside), as [site path, HTML]. */
export function htmlFiles(dir: string, root = dir): Array<[string, string]> {
	return readdirSync(dir).flatMap((name) => {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(file, root);
		if (!name.endsWith('.html')) return [];
		const sitePath = `/${path.relative(root, file).split(path.sep).join('/').replace(/index\.html$/, '')}`;
		return [[sitePath, readFileSync(file, 'utf8')] as [string, string]];
	});
}

/** The file a site path is served from, if any (directory URLs serve their index.html; a malformed path serves none). */
export function fileFor(root: string, sitePath: string): string | undefined {
	const decoded = decodedUri(sitePath);
	if (decoded === undefined) return undefined;
	const file = path.join(root, decoded);
	if (sitePath.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

const decodeEntities = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => decodeEntities(id!)));

export interface BrokenLink {
	page: string;
	href: string;
	problem: 'no such page' | 'no element with that id';
}

/** Links of the pages to `origin` (relative ones included) whose page or #fragment does not exist. */
export function brokenLinks(root: string, pages: ReadonlyArray<[string, string]>, origin: string): BrokenLink[] {
	const ids = new Map<string, Set<string>>();
	const idsIn = (file: string) => ids.get(file) ?? ids.set(file, idsOf(readFileSync(file, 'utf8'))).get(file)!;
	const broken: BrokenLink[] = [];
	for (const [page, html] of pages) {
		for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
			const href = decodeEntities(raw!);
			const url = new URL(href, `${origin}${page}`);
			if (url.origin !== origin) continue; // other sites and schemes
			const file = fileFor(root, url.pathname);
			if (!file) broken.push({ page, href, problem: 'no such page' });
			else if (url.hash && file.endsWith('.html') && !idsIn(file).has(decodedUri(url.hash.slice(1)) ?? '')) {
				broken.push({ page, href, problem: 'no element with that id' });
			}
		}
	}
	return broken;
}
