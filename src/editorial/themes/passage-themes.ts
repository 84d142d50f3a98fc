/**
 * What follows a passage that treats a theme: one disclosure, so one tab stop, whose summary names
 * its themes (quietly, in the margin where there is room); open, it links to the passage's entry
 * on each theme page and, fetched as it opens (theme-compare.ts), compares the other analyses
 * (passage-comparisons.ts). Plain HTML, so the links work without JavaScript; kept out of search,
 * which indexes the authors' words.
 */
import { h } from 'hastscript';
import { toMarkup } from '../markup.ts';
import { type ThemeChip, themeChips } from './theme-chips.ts';

/** Where the disclosure finds its comparison list: the analysis's comparisons file, and the list's name in it. */
interface ComparisonsSource {
	src: string;
	themes: string;
}

/** The block, as HTML; `comparisons` names the list to fetch, if other analyses share the themes. */
export function passageThemes(chips: readonly ThemeChip[], comparisons: ComparisonsSource | undefined): string {
	const summary = h('summary', [h('span.visually-hidden', ['Themes of this paragraph: ']), chips.map((c) => c.title).join(' · ')]);
	const links = themeChips(chips, 'This paragraph on the theme pages');
	const panel = h('div.themes-panel', [links, ...(comparisons ? [h('theme-compare', { dataSrc: comparisons.src, dataThemes: comparisons.themes })] : [])]);
	return toMarkup(h('div.passage-themes', { dataPagefindIgnore: 'all' }, [h('details.themes-disclosure', [summary, panel])]));
}
