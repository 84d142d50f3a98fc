/**
 * What follows a passage that treats a theme: one disclosure, so one tab stop, whose summary names
 * its themes (quietly, in the margin where there is room); open, it links to the passage's entry
 * on each theme page and compares the other analyses (editorial/themes/passage-comparisons.ts). Plain HTML, so
 * it all works without JavaScript; kept out of search, which indexes the authors' words.
 */
import { h } from 'hastscript';
import { raw, toMarkup } from '../markup.ts';
import { type ThemeChip, themeChips } from './theme-chips.ts';

/** The block, as HTML; `comparisons` is the comparison lists' HTML, written once for every passage that has them. */
export function passageThemes(chips: readonly ThemeChip[], comparisons: string | undefined): string {
	const summary = h('summary', [h('span.visually-hidden', ['Themes of this paragraph: ']), chips.map((c) => c.title).join(' · ')]);
	const links = themeChips(chips, 'This paragraph on the theme pages');
	const panel = h('div.themes-panel', [links, ...(comparisons ? [raw(comparisons)] : [])]);
	return toMarkup(h('div.passage-themes', { dataPagefindIgnore: 'all' }, [h('details.themes-disclosure', [summary, panel])]));
}
