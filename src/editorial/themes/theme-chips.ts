/**
 * The list of theme links ("chips"), wherever the site shows one: after a passage, under an
 * article's title, on a theme page, on the search page. Built here once, as hast, and rendered by
 * editorial/themes/ThemeChips.astro on pages.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';

export interface ThemeChip {
	title: string;
	href: string;
}

/**
 * The list, styled through it (theme-chips.css), each link classed for the styles that set a list's
 * links apart (the article's header: ThemeLinks.astro), with the accessible name `label` where the
 * text around it gives none. A passage's margin, repeated on every passage, asks for it `'bare'`:
 * no class and no name, as the margin holds no other list and its disclosure's summary already
 * says whose themes these are.
 */
export function themeChips(chips: readonly ThemeChip[], form: { label?: string } | 'bare' = {}): Element {
	const bare = form === 'bare';
	return h(
		bare ? 'ul' : 'ul.theme-chips',
		{ ariaLabel: bare ? undefined : form.label },
		chips.map(({ title, href }) => h('li', [h('a', { href, className: bare ? undefined : ['theme-chip'] }, [title])])),
	);
}
