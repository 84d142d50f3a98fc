import { expect, test } from '@playwright/test';
import { routes } from '../../src/config/routes.ts';

test('the site’s navigation leads to every kind of page, the synopsis, the timeline and the editor’s notes among them', async ({ page }) => {
	await page.goto(routes.home);
	const nav = page.getByRole('navigation', { name: 'Site' });
	const links = nav.getByRole('link');
	await expect(links).toHaveText(['Analyses', 'Themes', 'Compare', 'People', 'Timeline', 'Notes', /^Search/]);
	await links.filter({ hasText: 'Compare' }).click();
	await expect(page).toHaveURL(routes.compare);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare the analyses');
	await links.filter({ hasText: 'Timeline' }).click();
	await expect(page).toHaveURL(routes.timeline);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
	await nav.getByRole('link', { name: 'Notes' }).click();
	await expect(page).toHaveURL(routes.notes);
});

// Between 416 and 896 px the header once ran off the screen's right edge; every width a phone,
// tablet or window takes, down to the narrowest phone.
test('the header holds its name, links and toggle, none overlapping, from 320 to 1600 px', async ({ page }) => {
	await page.goto(routes.article('china-stake-neutrality-leverage'));
	for (const width of [320, 360, 420, 560, 720, 880, 900, 1024, 1280, 1600]) {
		await page.setViewportSize({ width, height: 800 });
		const boxes = await page.evaluate(() => {
			const header = document.querySelector('.site-header')!.getBoundingClientRect();
			const items = [...document.querySelectorAll('.site-name, .site-header nav > ul > li')].map((el) => {
				const r = el.getBoundingClientRect();
				return { name: el.textContent!.trim().split(/\s/)[0], left: r.left, right: r.right, top: r.top, bottom: r.bottom };
			});
			return { header: { bottom: header.bottom }, width: document.documentElement.clientWidth, items };
		});
		for (const item of boxes.items) {
			expect(item.left, `${item.name} at ${width} px`).toBeGreaterThanOrEqual(0);
			expect(item.right, `${item.name} at ${width} px`).toBeLessThanOrEqual(boxes.width);
			expect(item.bottom, `${item.name} at ${width} px`).toBeLessThanOrEqual(boxes.header.bottom);
		}
		for (const [i, a] of boxes.items.entries())
			for (const b of boxes.items.slice(i + 1)) {
				const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
				expect(overlap, `${a.name} and ${b.name} at ${width} px`).toBe(false);
			}
	}
});
