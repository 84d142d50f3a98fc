/** Site-wide wording, in one place. */
export const SITE_NAME = 'China’s Calculus';
export const SITE_TAGLINE = 'Three analyses of Beijing’s position on the Russia–Ukraine war and a Trump–Putin deal, in a reader’s edition';
export const SITE_LANG = 'en';
/** How citations name this edition. */
export const EDITION_NAME = `${SITE_NAME}: a reader’s edition`;
/** The public origin when SITE_URL is not set (see astro.config.ts). */
export const DEFAULT_SITE_URL = 'http://localhost:4321';
