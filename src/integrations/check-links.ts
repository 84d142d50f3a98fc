/**
 * Fails the build when a built page links to a page or #fragment of this site that does not
 * exist, naming the page, the content file it was built from and the link: a broken link must
 * not wait for `npm test` to be found.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, htmlPages } from './built-site.ts';

/** The content file behind a page, where there is one. */
const sourceOf = (page: string, contentDir: string) => {
	const match = /^\/(articles|themes|people)\/([a-z0-9-]+)\/$/.exec(page);
	return match ? ` (${contentDir}/${match[1]}/${match[2]}.md)` : '';
};

export function checkLinks(contentDir: string): AstroIntegration {
	let origin = '';
	return {
		name: 'check-links',
		hooks: {
			'astro:config:done': ({ config }) => {
				origin = new URL(config.site!).origin;
			},
			'astro:build:done': ({ dir }) => {
				const root = fileURLToPath(dir);
				const broken = brokenLinks(root, htmlPages(root), origin);
				if (broken.length === 0) return;
				const lines = broken.map((b) => `  - ${b.page}${sourceOf(b.page, contentDir)} links to ${b.href}: ${b.problem}`);
				throw new Error(`Broken internal links:\n${lines.join('\n')}`);
			},
		},
	};
}
