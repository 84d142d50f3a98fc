/** Set by astro.config.ts: for the worker threads that page code starts, their caches, and browser code. */
interface ImportMetaEnv {
	/** The project's folder as a file URL, ending in "/". */
	readonly PROJECT_ROOT: string;
	/** The Markdown worker's file URL (pipeline/markdown-worker.ts), for the articles. */
	readonly MARKDOWN_WORKER: string;
	/** The citation worker's file URL (citation/citation-worker.ts). */
	readonly CITATION_WORKER: string;
	/** The folder formatted citations are cached in. */
	readonly CITATION_CACHE: string;
	/** The card worker's file URL (cards/card-worker.ts). */
	readonly CARD_WORKER: string;
	/** The folder link cards are cached in. */
	readonly CARD_CACHE: string;
	/** What is not the authors' words, as one CSS selector (search/shared/apparatus.ts), for browser code. */
	readonly APPARATUS: string;
}
