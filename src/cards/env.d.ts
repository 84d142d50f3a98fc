/** Set by cards-integration.ts for the card route. */
interface ImportMetaEnv {
	/** The card worker's file URL. */
	readonly CARD_WORKER: string;
	/** The folder cards are cached in. */
	readonly CARD_CACHE: string;
}
