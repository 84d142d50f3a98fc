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

export const themeChips = (chips: readonly ThemeChip[], label?: string): Element =>
	h(
		'ul.theme-chips',
		{ ariaLabel: label },
		chips.map(({ title, href }) => h('li', [h('a.theme-chip', { href }, [title])])),
	);
