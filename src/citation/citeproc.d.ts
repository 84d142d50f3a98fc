/** The little of citeproc-js (npm `citeproc`, no types of its own) that format-citations.ts uses. */
declare module 'citeproc' {
	interface Sys {
		retrieveLocale(lang: string): string;
		retrieveItem(id: string): unknown;
	}
	interface CitationItem {
		id: string;
		locator?: string;
		label?: string;
	}
	export class Engine {
		constructor(sys: Sys, style: string);
		setOutputFormat(format: 'html' | 'text'): void;
		updateItems(ids: string[]): void;
		makeBibliography(): [unknown, string[]];
		previewCitationCluster(
			citation: { citationItems: CitationItem[]; properties: { noteIndex: number } },
			before: unknown[],
			after: unknown[],
			format: 'html' | 'text',
		): string;
	}
	const CSL: { Engine: typeof Engine };
	export default CSL;
}
