/**
 * Link previews as a reader meets them, in headless Chromium against a served build: from the
 * pointer arriving on a link to the preview on screen, less the intent delay. Cold: the first
 * preview of the page (its code and the analysis's passages fetched then); warm: another link of
 * the same analysis, its data cached. Times come from the page's own clock.
 */
import { INTENT_DELAY } from '../../src/reading/previews/intent-delay.ts';
import { launchChromium } from './search.ts';
import { median } from './stats.ts';

const THEME_PAGE = '/themes/taiwan/';

export interface PreviewTiming {
	coldMs: number;
	warmMs: number;
}

export async function measurePreviews(origin: string, runs: number): Promise<PreviewTiming> {
	const browser = await launchChromium();
	const cold: number[] = [];
	const warm: number[] = [];
	for (let run = 0; run < runs; run++) {
		const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
		await page.goto(`${origin}${THEME_PAGE}`);
		await page.waitForLoadState('networkidle');
		await page.evaluate(() => {
			const times = { arrived: 0, opened: 0 };
			(window as unknown as { previewTimes: typeof times }).previewTimes = times;
			document.addEventListener('pointerover', () => (times.arrived = performance.now()), true);
			document.addEventListener('toggle', (e) => (e as ToggleEvent).newState === 'open' && (times.opened = performance.now()), true);
		});
		const links = page.locator('.explainer a[href^="/articles/china-stake-neutrality-leverage/"]');
		for (const [index, into] of [
			[0, cold],
			[1, warm],
		] as const) {
			await page.mouse.move(1, 1);
			await page.locator('.link-preview').waitFor({ state: 'hidden' }).catch(() => undefined);
			await links.nth(index).hover();
			await page.locator('.link-preview').waitFor({ state: 'visible' });
			const { arrived, opened } = await page.evaluate(() => (window as unknown as { previewTimes: { arrived: number; opened: number } }).previewTimes);
			into.push(opened - arrived - INTENT_DELAY);
		}
		await page.close();
	}
	await browser.close();
	return { coldMs: median(cold), warmMs: median(warm) };
}
