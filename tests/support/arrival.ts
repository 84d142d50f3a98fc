/**
 * Where an arrival's target stands in the first frame after `load` (arrival.spec.ts, and the
 * fixture site's retired ids): in view, below the sticky header, with no scroll still under way.
 */
import { expect, type Page } from '@playwright/test';

interface Arrival {
	top: number;
	bottom: number;
	headerBottom: number;
	/** The target's distance from the top of the page: more than a screen, or arriving is no test. */
	pageTop: number;
	viewport: number;
}

/**
 * Records, in the first animation frame after `load`, where the target stands: the element the
 * fragment names, or the one `selector` picks (a Text Fragment names no element).
 */
export async function recordArrival(page: Page, selector?: string) {
	await page.addInitScript((selector) => {
		addEventListener('load', () =>
			requestAnimationFrame(() => {
				const id = decodeURIComponent(location.hash.slice(1));
				const target = selector ? document.querySelector(selector) : document.getElementById(id);
				const box = target!.getBoundingClientRect();
				const arrival: Arrival = {
					top: box.top,
					bottom: box.bottom,
					headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
					pageTop: box.top + scrollY,
					viewport: innerHeight,
				};
				(window as unknown as { arrival: Arrival }).arrival = arrival;
			}),
		);
	}, selector);
}

export async function expectInViewAtOnce(page: Page) {
	const handle = await page.waitForFunction(() => (window as unknown as { arrival?: Arrival }).arrival);
	const arrival = (await handle.jsonValue())!;
	expect(arrival.pageTop, 'the target lies more than a screen down the page').toBeGreaterThan(arrival.viewport);
	expect(arrival.top, 'not hidden under the sticky header').toBeGreaterThanOrEqual(arrival.headerBottom - 1);
	expect(arrival.top, 'in view at the first frame').toBeLessThan(arrival.viewport);
	expect(arrival.bottom).toBeGreaterThan(arrival.headerBottom);
}
