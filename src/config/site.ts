/** Site-wide wording, in one place. */
export const SITE_NAME = 'China’s Calculus';
export const SITE_TAGLINE = 'Three analyses of Beijing’s position on the Russia–Ukraine war and a Trump–Putin deal, in a reader’s edition';
export const SITE_LANG = 'en';
/** How citations name this edition. */
export const EDITION_NAME = `${SITE_NAME}: a reader’s edition`;

/** The dev server's origin, which `astro dev` uses when SITE_URL is not set. A build needs SITE_URL. */
export const DEV_SITE_URL = 'http://localhost:4321';

export const MISSING_SITE_URL =
	'SITE_URL is not set. A build writes the public origin into every canonical URL, copied link, citation, feed and ' +
	'sitemap, so it must be told where the site will be served: SITE_URL=https://example.org npm run build ' +
	'(npm start and npm test set their own local origin).';

/**
 * SITE_URL as Astro's `site`: undefined when unset, else an absolute http(s) origin with no path
 * beyond "/". Anything else throws a message naming the variable (not a bare "Invalid URL").
 */
export function readSiteUrl(value: string | undefined): string | undefined {
	if (value === undefined || value === '') return undefined;
	const wrong = (why: string) =>
		new Error(`SITE_URL must be the site's origin with its scheme, such as https://example.org; "${value}" ${why}.`);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw wrong('is not an absolute URL');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') throw wrong(`has the scheme "${url.protocol}"`);
	if (url.pathname !== '/' || url.search || url.hash) throw wrong('has a path, query or fragment');
	if (url.username || url.password) throw wrong('carries credentials');
	return url.origin;
}
