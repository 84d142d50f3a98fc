/**
 * What a page costs before the reader opens search: its HTML, its stylesheets and its scripts
 * (inline ones, and module files with everything they import statically; dynamic imports, such
 * as Pagefind, load only on use). Each file gzip-compressed as a host would serve it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSize } from '../bench/stats.ts';
import { DIST } from './built-site.ts';

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	total: number;
}

const read = (sitePath: string) => readFileSync(path.join(DIST, sitePath));

/** A module and its static imports, each once. */
function moduleGraph(sitePath: string, seen = new Set<string>()): Set<string> {
	if (seen.has(sitePath)) return seen;
	seen.add(sitePath);
	const code = read(sitePath).toString('utf8');
	for (const [, spec] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["']([^"']+)["']/g)) {
		moduleGraph(path.posix.join(path.posix.dirname(sitePath), spec!), seen);
	}
	return seen;
}

export function pageWeight(html: string): PageWeight {
	const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((sum, [, href]) => sum + gzipSize(read(href!)), 0);
	const modules = new Set<string>();
	for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) moduleGraph(src!, modules);
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map(([, code]) => code!);
	const moduleBytes = [...modules].reduce((sum, m) => sum + gzipSize(read(m)), 0);
	const inlineBytes = inline.reduce((sum, code) => sum + gzipSize(code), 0);
	const htmlBytes = gzipSize(html);
	// Inline scripts travel inside the HTML: they count in the JS figure, and once in the total.
	return { html: htmlBytes, css, js: moduleBytes + inlineBytes, total: htmlBytes + css + moduleBytes };
}
