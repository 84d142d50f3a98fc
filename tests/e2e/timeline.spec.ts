/**
 * The timeline, read from the built site against the committed event files: events and analyses
 * in date order, the analyses on the right sides of the Alaska summit, and every quoted passage
 * there. Each article's line placing it is in timeline-placement.spec.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { expect, test } from '@playwright/test';
import { idsOn } from '../support/page-ids.ts';
import { passageTexts, quotesIn } from '../support/quoted.ts';

const EVENTS = path.resolve(import.meta.dirname, '../../content/events');
const events = readdirSync(EVENTS)
	.filter((f) => f.endsWith('.md'))
	.map((file) => ({ id: file.replace(/\.md$/, ''), data: parseFrontmatter(readFileSync(path.join(EVENTS, file), 'utf8')).frontmatter }));

/** The timeline's entries in page order: their ids, and the first date each gives. */
async function entries(page: import('@playwright/test').Page) {
	await page.goto('/timeline/');
	return page.locator('ol.timeline > li').evaluateAll((items) => items.map((li) => ({ id: li.id, datetime: li.querySelector('time')?.getAttribute('datetime') ?? '' })));
}

test('the timeline lists every event and every analysis once, in date order', async ({ page }) => {
	const listed = await entries(page);
	expect(listed.map((e) => e.id).filter((id) => !id.startsWith('written-')).sort()).toEqual(events.map((e) => e.id).sort());
	// The events by their first days ("2022-07" is July's first; a month or a year comes before its days).
	const firstDays = listed.filter((e) => !e.id.startsWith('written-')).map((e) => `${e.datetime}-01-01`.slice(0, 10));
	expect(firstDays).toEqual([...firstDays].sort());
	// And the analyses among them, as their dates place them.
	expect(listed.map((e) => e.id)).toEqual([
		'full-scale-invasion',
		'non-war-operations-order',
		'twentieth-party-congress',
		'peace-summit-switzerland',
		'friends-of-peace-convened',
		'xi-putin-anniversary-call',
		'written-axis-of-pragmatism',
		'written-what-china-wants-and-fears',
		'alaska-summit',
		'ukraine-sanctions-august-2025',
		'white-house-meeting',
		'written-china-stake-neutrality-leverage',
		'twenty-first-party-congress',
		'head-of-state-2028',
	]);
});

test('the analyses sit on the right sides of the Alaska summit of 15 August 2025', async ({ page }) => {
	const ids = (await entries(page)).map((e) => e.id);
	const at = (id: string) => ids.indexOf(id);
	await expect(page.locator('#alaska-summit time').first()).toHaveAttribute('datetime', '2025-08-15');
	expect(at('written-axis-of-pragmatism')).toBeLessThan(at('alaska-summit'));
	expect(at('written-what-china-wants-and-fears')).toBeLessThan(at('alaska-summit'));
	expect(at('written-china-stake-neutrality-leverage')).toBeGreaterThan(at('white-house-meeting'));
	await expect(page.locator('#written-what-china-wants-and-fears .timeline-date')).toHaveText('about 11–14 August 2025, analysis written');
	await expect(page.locator('#written-china-stake-neutrality-leverage .timeline-date')).toHaveText('late August 2025, analysis written');
});

test('every event quotes passages that exist, and says where its date comes from', async ({ page }) => {
	await page.goto('/timeline/');
	for (const { id, data } of events) {
		const entry = page.locator(`[id="${id}"]`);
		const links = await entry.locator('.timeline-passages a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(links).toEqual(data.passages.map((p: { article: string; passage: string }) => `/articles/${p.article}/#${p.passage}`));
		for (const href of links) {
			const [pathname, hash] = href.split('#') as [string, string];
			expect((await idsOn(page.request, pathname)).has(hash), href).toBe(true);
		}
		// Sourced, or dated by the analysis and saying so.
		if (data.sources?.length) await expect(entry.locator('.note-sources a')).toHaveCount(data.sources.length);
		else await expect(entry.locator('.timeline-date')).toContainText('dates it');
	}
});

test('the picture draws the list to scale, and closer where it crowds, for the eye only', async ({ page }) => {
	const listed = (await entries(page)).map((e) => e.id);
	const figure = page.locator('figure.time-axis');
	await expect(figure.locator('figcaption')).toContainText('The list below gives every date in words');
	await expect(figure.locator('> div')).toHaveAttribute('aria-hidden', 'true');
	const panels = figure.locator('.axis-panel');
	await expect(panels).toHaveCount(2);
	/** Each row's entry and its mark's ends, in px from the track's left; where a day's mark (a point) or a span's (a bar) starts. */
	const rows = (panel: number) =>
		panels.nth(panel).locator('.axis-rows > li').evaluateAll((items) =>
			items.map((li) => {
				const track = li.querySelector('svg')!.getBoundingClientRect();
				const mark = li.querySelector('.axis-mark')!.getBoundingClientRect();
				const [from, to] = [mark.left - track.left, mark.right - track.left];
				return { id: (li as HTMLElement).dataset.for!, from, to, starts: li.querySelector('.axis-bar') ? from : (from + to) / 2 };
			}),
		);
	for (const width of [1440, 360]) {
		await page.setViewportSize({ width, height: 900 });
		const whole = await rows(0);
		expect(whole.map((r) => r.id)).toEqual(listed);
		// Left to right as the list runs down (a day by its middle, a span by where it starts; a day is
		// under a pixel here, so a span that starts on the day of an event before it may start half a day left of it).
		const outOfOrder = whole.filter((r, i) => i > 0 && r.starts < whole[i - 1]!.starts - 1).map((r) => r.id);
		expect(outOfOrder, `${width} px`).toEqual([]);
		const closer = await rows(1);
		expect(closer.map((r) => r.id)).toEqual(['written-what-china-wants-and-fears', 'alaska-summit', 'ukraine-sanctions-august-2025', 'white-house-meeting', 'written-china-stake-neutrality-leverage']);
		const at = (id: string) => closer.find((r) => r.id === id)!;
		expect(at('written-what-china-wants-and-fears').to).toBeLessThan(at('alaska-summit').from);
		expect(at('written-china-stake-neutrality-leverage').from).toBeGreaterThan(at('alaska-summit').to);
		// A day of the detail is wide enough to tell the 15th from the 16th.
		expect(at('ukraine-sanctions-august-2025').from - at('alaska-summit').from, `${width} px`).toBeGreaterThan(10);
	}
});

test('each event quotes its passages by the sentences holding its words, those words marked', async ({ page }) => {
	const passages = await passageTexts(page);
	await page.goto('/timeline/');
	for (const { id, data } of events) {
		const quotes = await quotesIn(page.locator(`[id="${id}"] .timeline-passages a`));
		for (const [i, { passage, words }] of (data.passages as Array<{ passage: string; words: string }>).entries()) {
			const { href, text, marked } = quotes[i]!;
			expect(passages.get(href), `${id}: ${passage}`).toContain(text);
			expect(marked, `${id}: ${passage}`).toEqual([words]);
		}
	}
});
