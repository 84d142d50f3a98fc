/**
 * Long lists, on the paged site (see playwright.config.ts): 51 synthetic analyses, one more than a
 * page holds, so every theme and the most-named register entries run to a second page. There the
 * passages are cited by number, as an index cites pages, and each number must be its passage's
 * own ¶ and lead to it; a passage's link to its theme entry must still land.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { axeViolations } from '../support/axe.ts';
import { INTENT_DELAY } from '../../src/reading/previews/intent-delay.ts';
import { register } from '../support/content.ts';

/** The numbers of one analysis's line: its passages as the list cites them. */
const citedNumbers = (line: Locator) =>
	line.locator(':scope > a:not(:first-child)').evaluateAll((links) => links.map((a) => ({ id: a.id, href: a.getAttribute('href')!, number: a.textContent! })));

/** Opens the analysis and checks that each number is its passage's ¶; returns the passages' texts. */
async function expectOwnNumbers(page: Page, cited: Array<{ href: string; number: string }>) {
	expect(cited.length).toBeGreaterThan(0);
	await page.goto(cited[0]!.href.replace(/#.*/, ''));
	const texts: string[] = [];
	for (const { href, number } of cited) {
		const passage = page.locator(`[id="${href.split('#')[1]}"][data-passage]`);
		await expect(passage.locator('.passage-link'), href).toHaveText(number);
		texts.push((await passage.textContent())!);
	}
	return texts;
}

test('a theme past one page gives every analysis a line, its passages by number, each its own ¶', async ({ page }) => {
	for (const [path, count] of [
		['/themes/taiwan/', 50],
		['/themes/taiwan/2/', 1],
	] as const) {
		await page.goto(path);
		await expect(page.locator('.by-number-note')).toBeVisible();
		await expect(page.locator('.theme-passages')).toHaveCount(0);
		await expect(page.locator('.by-number-list > li')).toHaveCount(count);
		const line = page.locator('.by-number-list > li').last();
		const slug = (await line.getAttribute('id'))!;
		const cited = await citedNumbers(line);
		// Each number carries its passage's theme entry id (themeEntryId), where a passage's theme link lands.
		for (const { id, href } of cited) expect(`/articles/${slug}/#${id.split('--')[1]}`).toBe(href);
		const texts = await expectOwnNumbers(page, cited);
		expect(texts.some((text) => /Taiwan/.test(text)), 'a passage tagged Taiwan names it').toBe(true);
	}
});

test('a passage’s link to its entry on a long theme lands on its number, marked as the target', async ({ page }) => {
	await page.goto('/themes/taiwan/2/');
	const href = (await page.locator('.by-number-list > li > a').first().getAttribute('href'))!;
	await page.goto(href);
	const toTheme = page.locator('.passage-margin a[href*="/themes/taiwan/2/#"]').first();
	const entry = (await toTheme.getAttribute('href'))!;
	await page.setViewportSize({ width: 1280, height: 500 });
	await page.goto(entry);
	const target = page.locator(`[id="${entry.split('#')[1]}"]`);
	await expect(target).toBeInViewport();
	expect(await target.evaluate((a) => a.matches(':target') && a.closest('.by-number-list') !== null)).toBe(true);
	const [marked, plain] = await Promise.all([target.evaluate((a) => getComputedStyle(a).backgroundColor), page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)]);
	expect(marked, 'the number is marked as the target').not.toBe(plain);
	// Arriving focuses the number, a link: that is not the reader asking for its preview.
	await page.waitForTimeout(INTENT_DELAY + 300);
	await expect(page.locator('#link-preview:popover-open')).toHaveCount(0);
});

test('a register entry named past one page cites its passages by number, each naming it', async ({ page }) => {
	const china = register.find((entry) => entry.id === 'china')!;
	for (const path of ['/people/china/', '/people/china/2/']) {
		await page.goto(path);
		await expect(page.locator('.by-number-note')).toBeVisible();
		await expect(page.locator('.register-passages')).toHaveCount(0);
		const texts = await expectOwnNumbers(page, await citedNumbers(page.locator('.by-number-list > li').last()));
		for (const text of texts) expect(china.forms.some((form) => text.includes(form)), text).toBe(true);
	}
});

test('axe: a long theme’s and a register entry’s pages of numbers, phone and desktop', async ({ page }) => {
	for (const path of ['/themes/taiwan/2/', '/people/china/']) {
		await page.goto(path);
		for (const viewport of [
			{ width: 360, height: 740 },
			{ width: 1280, height: 800 },
		]) {
			await page.setViewportSize(viewport);
			expect(await axeViolations(page), `${path} at ${viewport.width}`).toEqual([]);
		}
	}
});

test('the pages of numbers are valid HTML', async ({ request }) => {
	const validator = new HtmlValidate(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../.htmlvalidate.json'), 'utf8')));
	const problems: string[] = [];
	for (const pagePath of ['/themes/taiwan/', '/themes/taiwan/2/', '/people/china/', '/people/china/2/']) {
		const report = await validator.validateString(await (await request.get(pagePath)).text(), pagePath);
		for (const result of report.results) for (const m of result.messages) problems.push(`${pagePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems).toEqual([]);
});
