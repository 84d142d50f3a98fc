/** Set by astro.config.ts for the worker threads that page code starts. */
interface ImportMetaEnv {
	/** The project's folder as a file URL, ending in "/". */
	readonly PROJECT_ROOT: string;
	/** The Markdown worker's file URL (pipeline/markdown-worker.ts), for the articles. */
	readonly MARKDOWN_WORKER: string;
	/** The citation worker's file URL (citation-worker.ts). */
	readonly CITATION_WORKER: string;
}
