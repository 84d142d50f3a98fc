/**
 * The `kind` filter's values, one per page type: what each page declares to Pagefind (in the copy
 * search indexes) and what the search page offers, both from search/build/facets.ts, and how the
 * worker tells the analyses from our editorial pages, which it lists after them.
 */
export const PAGE_KIND = {
	analysis: 'Analysis',
	comparison: 'Comparison',
	theme: 'Theme explainer',
	register: 'Person or organisation',
	timeline: 'Timeline',
	notes: 'Editor’s notes',
} as const;
