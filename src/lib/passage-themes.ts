/**
 * What follows a passage that treats a theme: one disclosure, so one tab stop, whose summary names
 * its themes (quietly, in the margin where there is room); open, it links to the passage's entry
 * on each theme page and compares the other analyses (lib/passage-comparisons.ts). Plain HTML, so
 * it all works without JavaScript; kept out of search, which indexes the authors' words.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { type ThemeChip, themeChips } from './theme-chips.ts';

export function passageThemes(chips: readonly ThemeChip[], comparisons: Element | undefined): Element {
	const summary = h('summary', [h('span.visually-hidden', ['Themes of this paragraph: ']), chips.map((c) => c.title).join(' · ')]);
	const panel = h('div.notes-panel', [themeChips(chips, 'This paragraph on the theme pages'), ...(comparisons ? [comparisons] : [])]);
	return h('div.passage-themes', { dataPagefindIgnore: 'all' }, [h('details.passage-notes', [summary, panel])]);
}
