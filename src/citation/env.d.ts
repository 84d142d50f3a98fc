/** Set by astro.config.ts for the article pages' citations. */
interface ImportMetaEnv {
	/** The citation worker's file URL (citation-worker.ts). */
	readonly CITATION_WORKER: string;
}
