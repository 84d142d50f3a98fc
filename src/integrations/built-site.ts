/**
 * A built site read from its output folder, as a static host serves it: its HTML pages, the file
 * behind a site path, and the internal links that lead nowhere. Used by the build's own link check
 * (src/integrations/check-links.ts) and by the tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodedUri } from '../server/uri.ts';

/** Every HTML file under `dir` (Pagefind's folder aside), as [site path, file]. */
export function* htmlPages(dir: string, root = dir): Generator<[string, string]> {
	for (const name of readdirSync(dir)) {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) {
			if (name !== 'pagefind') yield* htmlPages(file, root);
		} else if (name.endsWith('.html')) {
			yield [`/${path.relative(root, file).split(path.sep).join('/').replace(/index\.html$/, '')}`, file];
		}
	}
}

/**
 * Every HTML file under `dir`, as [site path, HTML], each read only when it is reached: at 3,000
 * analyses the pages come to 440 MB, more than a build should hold at once.
 */
export function* htmlFiles(dir: string): Generator<[string, string]> {
	for (const [sitePath, file] of htmlPages(dir)) yield [sitePath, readFileSync(file, 'utf8')];
}

/** The file a site path is served from, if any (directory URLs serve their index.html; a malformed path serves none). */
export function fileFor(root: string, sitePath: string): string | undefined {
	const decoded = decodedUri(sitePath);
	if (decoded === undefined) return undefined;
	const file = path.join(root, decoded);
	if (sitePath.endsWith('/')) return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : undefined;
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * The link check reads pages as bytes, one character per byte (four times faster than decoding
 * UTF-8, and what it looks for is mostly ASCII); this is an attribute value of such a page as text.
 */
const attributeText = (bytes: string) => {
	const value = bytes.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
	return /[^\x00-\x7f]/.test(value) ? Buffer.from(value, 'latin1').toString('utf8') : value;
};
const readBytes = (file: string) => readFileSync(file, 'latin1');
const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map(([, id]) => attributeText(id!)));

interface BrokenLink {
	page: string;
	href: string;
	problem: 'no such page' | 'no element with that id';
}

/**
 * Links of the pages ([site path, file], as `htmlPages` gives them) to `origin` (relative ones
 * included) whose page or #fragment does not exist. Each page is read once: a link to a page not
 * yet reached waits for it, and only a target that is not among the pages is read for its ids.
 */
export function brokenLinks(root: string, pages: Iterable<[string, string]>, origin: string): BrokenLink[] {
	// Each target is looked up once: most links lead to the same few hundred pages.
	const files = new Map<string, string | undefined>();
	const fileAt = (sitePath: string) => (files.has(sitePath) ? files.get(sitePath) : files.set(sitePath, fileFor(root, sitePath)).get(sitePath));
	const ids = new Map<string, Set<string>>();
	const waiting: Array<{ page: string; href: string; file: string; id: string }> = [];
	const broken: BrokenLink[] = [];
	const checkId = (link: (typeof waiting)[number]) => {
		if (!ids.get(link.file)!.has(link.id)) broken.push({ page: link.page, href: link.href, problem: 'no element with that id' });
	};
	for (const [page, file] of pages) {
		const html = readBytes(file);
		ids.set(file, idsOf(html));
		for (const [, raw] of html.matchAll(/\shref="([^"]*)"/g)) {
			const href = attributeText(raw!);
			const url = new URL(href, `${origin}${page}`);
			if (url.origin !== origin) continue; // other sites and schemes
			const target = fileAt(url.pathname);
			if (!target) broken.push({ page, href, problem: 'no such page' });
			else if (url.hash && target.endsWith('.html')) {
				const link = { page, href, file: target, id: decodedUri(url.hash.slice(1)) ?? '' };
				if (ids.has(target)) checkId(link);
				else waiting.push(link);
			}
		}
	}
	for (const link of waiting) {
		if (!ids.has(link.file)) ids.set(link.file, idsOf(readBytes(link.file)));
		checkId(link);
	}
	return broken;
}
