/**
 * How an arrival's target comes into view after `load` (arrival.spec.ts, and the fixture site's
 * retired ids): in a single jump, within the first few frames, below the sticky header, and then
 * still. Frame by frame, because a browser under load may apply the fragment's scroll a frame or
 * two after `load` (Firefox did, once, in CI); what must never be seen is a frame on the way there,
 * which is what a smooth scroll draws.
 */
import { expect, type Page } from '@playwright/test';

/**
 * The trace setting of every test that checks where a page lands as it loads (`test.use(NO_TRACE)`).
 * Playwright's trace recorder reads the page while it loads (its screencast takes screenshots),
 * which makes Firefox lay the page out before its styles arrive and scroll to the target there,
 * far higher than it ends: 1 run in 90 of arrival.spec.ts with a trace, none in 180 without. No
 * reader's browser does that.
 */
export const NO_TRACE = { trace: 'off' } as const;

/** Where the target stood in one frame. */
interface Frame {
	top: number;
	bottom: number;
	scrollY: number;
}

interface Arrival {
	frames: Frame[];
	headerBottom: number;
	/** The target's distance from the top of the page: more than a screen, or arriving is no test. */
	pageTop: number;
	viewport: number;
}

/** Frames the target must stay still for, once in view, before the record ends. */
const STILL_FRAMES = 5;
/** Frames after `load` within which the page must have jumped to the target. */
const ARRIVED_BY = 5;
/** Frames recorded at most: a smooth scroll (hundreds of ms) would be seen for many of them. */
const MAX_FRAMES = 120;

/**
 * Records, frame by frame from the first after `load`, where the target stands: the element the
 * fragment names, or the one `selector` picks (a Text Fragment names no element).
 */
export async function recordArrival(page: Page, selector?: string) {
	await page.addInitScript(
		({ selector, stillFrames, maxFrames }) => {
			addEventListener('load', () => {
				const id = decodeURIComponent(location.hash.slice(1));
				const target = selector ? document.querySelector(selector) : document.getElementById(id);
				const frames: Frame[] = [];
				const inView = (frame: Frame) => frame.top >= 0 && frame.top < innerHeight;
				const sample = () => {
					const box = target!.getBoundingClientRect();
					frames.push({ top: box.top, bottom: box.bottom, scrollY });
					const settled = frames.length >= stillFrames && frames.slice(-stillFrames).every((frame) => inView(frame) && Math.abs(frame.top - box.top) < 1);
					if (!settled && frames.length < maxFrames) return requestAnimationFrame(sample);
					const arrival: Arrival = {
						frames,
						headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
						pageTop: box.top + scrollY,
						viewport: innerHeight,
					};
					(window as unknown as { arrival: Arrival }).arrival = arrival;
				};
				requestAnimationFrame(sample);
			});
		},
		{ selector, stillFrames: STILL_FRAMES, maxFrames: MAX_FRAMES },
	);
}

export async function expectInViewAtOnce(page: Page) {
	const handle = await page.waitForFunction(() => (window as unknown as { arrival?: Arrival }).arrival);
	const { frames, headerBottom, pageTop, viewport } = (await handle.jsonValue())!;
	const shown = (frame: Frame) => frame.top >= headerBottom - 1 && frame.top < viewport && frame.bottom > headerBottom;
	const arrivedAt = frames.findIndex(shown);
	const path = frames.map((frame) => `${Math.round(frame.top)}@${Math.round(frame.scrollY)}`).join(' ');
	expect(pageTop, 'the target lies more than a screen down the page').toBeGreaterThan(viewport);
	expect(arrivedAt, `in view below the header within ${ARRIVED_BY} frames of load (top@scrollY per frame: ${path})`).toBeGreaterThanOrEqual(0);
	expect(arrivedAt).toBeLessThan(ARRIVED_BY);
	// Before it: the page still at its top, never on the way.
	for (const frame of frames.slice(0, arrivedAt)) expect(frame.scrollY, `no frame between the top and the target (${path})`).toBe(0);
	// From it on: the target where it landed.
	const landed = frames[arrivedAt]!.top;
	for (const frame of frames.slice(arrivedAt)) expect(Math.abs(frame.top - landed), `the target stays where it landed, but for a pixel of rounding (${path})`).toBeLessThanOrEqual(1.5);
}
