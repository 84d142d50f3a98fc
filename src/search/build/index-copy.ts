/**
 * The copy of a page that Pagefind indexes (index-site.ts), with what only Pagefind reads, which
 * the page itself does not carry (about 4 KB an article page): each passage's sub-result title
 * (`data-pagefind-title`) and the page's filter values (`<meta data-pagefind-filter>`). The Astro
 * build hands them over by page URL in the index step's side file
 * (src/pages/search/index-inputs.json.ts). Then the break after each dash (shared/dash-breaks.ts).
 * Pure, unit-tested.
 */
import { excerpt } from '../../text/prose.ts';
import type { PassageRecord } from '../../pipeline/page-data.ts';
import { breakAtDashes } from '../shared/dash-breaks.ts';

/** What the Astro build hands the index step, in its side file. */
export interface IndexInputs {
	/** Page URL → passage (or synopsis row) id → its themes, for the passage filters (shared/passage-filters.ts). */
	passageThemes: Record<string, Record<string, string[]>>;
	/** Page URL → what Pagefind reads in the page's copy. */
	pages: Record<string, PageSearchMarkup>;
}

interface PageSearchMarkup {
	/** Filter → the page's values, in order. */
	filters?: Record<string, string[]>;
	/** Element id → the title of its sub-result. */
	titles?: Record<string, string>;
}

/**
 * A passage's sub-result title: Pagefind makes every titled element with an id its own sub-result,
 * so one hit a passage, titled with its section (when the author used headings) and its opening words.
 */
export const passageTitle = ({ text, section }: Pick<PassageRecord, 'text' | 'section'>) =>
	section ? `${section.text} — ${excerpt(text, 6)}` : excerpt(text);

/** An attribute's value in double quotes, escaped as hast-util-to-html escapes it. */
const quoted = (value: string) => `"${value.replaceAll('&', '&#x26;').replaceAll('"', '&#x22;')}"`;

/** A start tag, up to and including its `id` attribute (values are double-quoted, as Astro and hast write them). */
const START_TAG_ID = /<[A-Za-z][\w-]*(?:\s+[\w:.-]+(?:="[^"]*")?)*?\s+id="([^"]*)"/g;

/** The page's copy for Pagefind; `markup` is what the build handed over for it, if anything. */
export function indexCopy(html: string, url: string, markup: PageSearchMarkup = {}): string {
	const { filters = {}, titles = {} } = markup;
	const titled = new Set<string>();
	let copy = html.replace(START_TAG_ID, (tag, id: string) => {
		const title = titles[id];
		if (title === undefined || titled.has(id)) return tag;
		titled.add(id);
		return `${tag} data-pagefind-title=${quoted(title)}`;
	});
	const missing = Object.keys(titles).filter((id) => !titled.has(id));
	if (missing.length > 0) throw new Error(`${url}: no element with the id of ${missing.length} titled passage(s) (${missing.slice(0, 3).join(', ')}); the page and the index step's side file disagree`);
	const metas = Object.entries(filters).flatMap(([filter, values]) =>
		values.map((value) => `<meta name="pagefind-filter" data-pagefind-filter=${quoted(`${filter}[content]`)} content=${quoted(value)}>`),
	);
	if (metas.length > 0) {
		const head = copy.indexOf('</head>');
		if (head === -1) throw new Error(`${url}: no </head> to put its search filters in`);
		copy = copy.slice(0, head) + metas.join('') + copy.slice(head);
	}
	return breakAtDashes(copy);
}
