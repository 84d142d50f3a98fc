/**
 * A link to the edition pasted into a chat: a real unfurler (open-graph-scraper, as link-preview
 * services use) reads each kind of page from the test server, and the card it finds is fetched
 * as the service would fetch it. No browser.
 */
import { expect, test } from '@playwright/test';
import ogs from 'open-graph-scraper';
import { SITE_ORIGIN } from '../support/origins.ts';
import { articles } from '../support/content.ts';

const EDITION = 'China’s Calculus: a reader’s edition';

/** A PNG's width and height, from its header (IHDR, the first chunk). */
function pngSize(png: Buffer) {
	expect(png.subarray(1, 4).toString('latin1'), 'a PNG').toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function unfurl(path: string) {
	const { result, error } = await ogs({ url: new URL(path, SITE_ORIGIN).href });
	expect(error).toBe(false);
	return result;
}

const analysis = articles.find((a) => a.slug === 'china-stake-neutrality-leverage')!;

test('an analysis unfurls as itself, with its own card', async ({ request }) => {
	const page = await unfurl(analysis.url);
	expect(page.ogTitle).toBe('China’s Stake, Neutrality and Leverage after the Alaska Summit');
	expect(page.ogSiteName).toBe(EDITION);
	expect(page.ogDescription).toMatch(/^Argues that China has a vested interest/);
	expect(page.ogUrl).toBe(new URL(analysis.url, SITE_ORIGIN).href);
	expect(page.twitterCard).toBe('summary_large_image');
	const [image] = page.ogImage!;
	// (As the page gives them: open-graph-scraper passes the numbers on as text.)
	expect({ width: Number(image!.width), height: Number(image!.height), type: image!.type }).toEqual({ width: 1200, height: 630, type: 'image/png' });
	expect(new URL(image!.url).origin, 'at the real origin').toBe(SITE_ORIGIN);
	expect(new URL(image!.url).pathname).toMatch(/^\/cards\/china-stake-neutrality-leverage\.[\w-]{10}\.png$/);
	expect(image!.alt).toBe(`${EDITION}. [China’s Stake, Neutrality and Leverage after the Alaska Summit]. By Nataliya Butyrska · late August 2025 (inferred). Title supplied by the editors.`);

	const response = await request.get(image!.url);
	expect(response.headers()['content-type']).toBe('image/png');
	expect(response.headers()['cache-control'], 'named by its content, so cached for good').toContain('immutable');
	expect(pngSize(await response.body())).toEqual({ width: 1200, height: 630 });
});

test('each analysis has a card of its own', async () => {
	const images = await Promise.all(articles.map(async (a) => (await unfurl(a.url)).ogImage![0]!.url));
	expect(new Set(images).size).toBe(articles.length);
	for (const [i, url] of images.entries()) expect(new URL(url).pathname).toContain(`/cards/${articles[i]!.slug}.`);
});

for (const path of ['/', '/themes/taiwan/', '/people/', '/timeline/', '/notes/', '/search/']) {
	test(`${path} unfurls with the edition’s card`, async ({ request }) => {
		const page = await unfurl(path);
		expect(page.ogSiteName).toBe(EDITION);
		expect(page.ogUrl).toBe(new URL(path, SITE_ORIGIN).href);
		expect(page.ogTitle).toBeTruthy();
		expect(page.ogDescription).toBeTruthy();
		const [image] = page.ogImage!;
		expect(new URL(image!.url).pathname).toMatch(/^\/cards\/edition\.[\w-]{10}\.png$/);
		expect(image!.alt).toMatch(/^China’s Calculus: a reader’s edition\. China’s Calculus\. /);
		expect(pngSize(await (await request.get(image!.url)).body())).toEqual({ width: 1200, height: 630 });
	});
}
