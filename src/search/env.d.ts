/** Set by astro.config.ts for browser code. */
interface ImportMetaEnv {
	/** What is not the authors' words, as one CSS selector (search/shared/apparatus.ts). */
	readonly APPARATUS: string;
}
