/** Site-wide wording, in one place. */
export const SITE_NAME = 'China’s Calculus';
export const SITE_TAGLINE = 'Three analyses of Beijing’s position on the Russia–Ukraine war and a Trump–Putin deal, in a reader’s edition';
export const SITE_LANG = 'en';
