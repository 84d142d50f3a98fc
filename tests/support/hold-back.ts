/**
 * A slow network as slow as the test needs: responses to the matching requests are held back
 * until the test releases them, so that "before the code has come" holds however long the test's
 * own steps take on a busy machine (a fixed delay is only a guess at that).
 */
import type { Page } from '@playwright/test';

export async function holdBack(page: Page, url: string) {
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	let held = 0;
	await page.route(url, async (route) => {
		held++;
		await released;
		// The page may have gone on, or closed, meanwhile.
		await route.continue().catch(() => undefined);
	});
	return {
		/** How many requests are (or were) held back: poll it to know the page asked. */
		held: () => held,
		release,
	};
}
