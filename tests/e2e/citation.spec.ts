/**
 * Citing an analysis: what reference managers read from its page (as Zotero's rules read it,
 * support/zotero-embedded-metadata.ts), the "Cite this analysis" block, and the citation files,
 * read back by citation.js.
 */
import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { expect, type Page, test } from '@playwright/test';
import { fileFor, sitePages } from '../support/built-site.ts';
import { articles } from '../support/content.ts';
import { SITE_ORIGIN as SITE } from '../support/origins.ts';
import { NO_SCRIPT_OFF_IN_FIREFOX } from '../support/skips.ts';
import { clipboardHtml, clipboardText } from '../support/clipboard.ts';
import { zoteroItem } from '../support/zotero-embedded-metadata.ts';

const EDITION = 'China’s Calculus: a reader’s edition';
const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
const bySlug = (slug: string) => articles.find((a) => a.slug === slug)!;
const butyrska = bySlug('china-stake-neutrality-leverage');
const axis = bySlug('axis-of-pragmatism');
const unsigned = bySlug('what-china-wants-and-fears');
const read = (sitePath: string) => readFileSync(fileFor(sitePath)!, 'utf8');

test.describe('what Zotero saves, by its Embedded Metadata rules', () => {
	test('each analysis: a web page of the edition, a person only where one is named, the date as known', () => {
		const item = (slug: string) => zoteroItem(read(`/articles/${slug}/`));
		const common = { itemType: 'webpage', websiteTitle: EDITION, language: 'en' };
		expect(item(butyrska.slug)).toMatchObject({
			...common,
			title: '[China’s Stake, Neutrality and Leverage after the Alaska Summit]',
			creators: [{ lastName: 'Butyrska', firstName: 'Nataliya' }],
			date: '2025-08',
			url: `${SITE}${butyrska.url}`,
		});
		expect(item(axis.slug)).toMatchObject({ ...common, title: 'Axis of Pragmatism', creators: [], date: '2025-02-25' });
		expect(item(axis.slug).abstractNote).toMatch(/^Summary by the edition’s editors: .+ Signed “Correspondent”\.$/);
		expect(item(unsigned.slug)).toMatchObject({ ...common, title: unsigned.data.title, creators: [], date: '2025-08' });
		expect(item(unsigned.slug).abstractNote).toMatch(/ Unsigned\.$/);
	});

	test('every other page: a web page of the edition, titled with its own title, not the site’s', () => {
		for (const sitePath of sitePages().filter((p) => !/^\/articles\/[^/]+\/$/.test(p))) {
			const item = zoteroItem(read(sitePath));
			expect(item, sitePath).toMatchObject({ itemType: 'webpage', websiteTitle: EDITION, creators: [] });
			// Not the document's title, which appends the site's name after " · ".
			expect(item.title, sitePath).toMatch(/^[^·]+$/);
		}
	});
});

test.describe('Cite this analysis', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	const block = (page: Page) => page.getByRole('region', { name: 'Cite this analysis' });
	/** Scrolls to the block, as a reader would, which loads its script: Copy then shows. */
	async function scrollToBlock(page: Page) {
		await block(page).scrollIntoViewIfNeeded();
		await expect(block(page).getByRole('button', { name: 'Copy citation' })).toBeVisible();
	}

	test('shows one style at a time, chosen by a radio group, and remembers the choice', async ({ page }) => {
		await page.goto(butyrska.url);
		const cite = block(page);
		await expect(cite.getByRole('radio', { name: 'Chicago' })).toBeChecked();
		await expect(cite.locator('.citation-text:visible')).toHaveText(
			`Butyrska, Nataliya. 2025. “[China’s Stake, Neutrality and Leverage after the Alaska Summit].” ${'China’s Calculus: A Reader’s Edition'}, August. ${SITE}${butyrska.url}.`,
		);
		await expect(cite.locator('.citation-in-text:visible')).toHaveText('In the text: (Butyrska 2025)');
		await cite.getByRole('radio', { name: 'MLA' }).check();
		await expect(cite.locator('.citation-text:visible')).toHaveText(
			`Butyrska, Nataliya. “[China’s Stake, Neutrality and Leverage after the Alaska Summit].” China’s Calculus: A Reader’s Edition, Aug. 2025, ${SITE}${butyrska.url}.`,
		);
		await expect(cite.locator('.citation-text:visible i')).toHaveText('China’s Calculus: A Reader’s Edition');
		await scrollToBlock(page);
		await page.goto(axis.url);
		await scrollToBlock(page);
		await expect(block(page).getByRole('radio', { name: 'MLA' })).toBeChecked();
		await expect(block(page).locator('.citation-text:visible')).toHaveText(/^“Axis of Pragmatism\.” China’s Calculus/);
	});

	test('the edition’s own form carries the reader’s access date', async ({ page }) => {
		await page.goto(butyrska.url);
		await scrollToBlock(page);
		await block(page).getByRole('radio', { name: 'Edition’s own' }).check();
		await expect(block(page).locator('.citation-text:visible')).toHaveText(
			`Nataliya Butyrska, “China’s Stake, Neutrality and Leverage after the Alaska Summit” [title supplied by the editors], late August 2025. ${EDITION}, ${SITE}${butyrska.url} (accessed ${today}).`,
		);
	});

	test('Copy copies the shown citation, and says which', async ({ page }) => {
		await page.goto(unsigned.url);
		await scrollToBlock(page);
		const cite = block(page);
		await cite.getByRole('radio', { name: 'APA' }).check();
		await cite.getByRole('button', { name: 'Copy citation' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'APA citation copied' })).toBeVisible();
		const shown = (await cite.locator('.citation-text:visible').textContent())!;
		expect(shown).toMatch(/^What China Wants \(and Fears\) from a Trump-Putin Deal\. \(2025, August\)\./);
		expect(await clipboardText(page)).toBe(shown);
		expect(await clipboardHtml(page)).toContain('<i>What China Wants (and Fears) from a Trump-Putin Deal</i>');
	});

	test.describe('without JavaScript', () => {
		test.skip(({ browserName }) => browserName === 'firefox', NO_SCRIPT_OFF_IN_FIREFOX);
		test.use({ javaScriptEnabled: false });

		test('the styles still switch, and no Copy button stands dead', async ({ page }) => {
			await page.goto(butyrska.url);
			const cite = block(page);
			await expect(cite.getByRole('button', { name: 'Copy citation' })).toBeHidden();
			await cite.getByRole('radio', { name: 'APA' }).check();
			await expect(cite.locator('.citation-text:visible')).toHaveText(/^Butyrska, N\. \(2025, August\)\./);
			await cite.getByRole('radio', { name: 'Edition’s own' }).check();
			await expect(cite.locator('.citation-text:visible')).toContainText(`${SITE}${butyrska.url} (accessed [date you read it])`);
		});
	});
});

test.describe('citation files', () => {
	const TYPES = {
		bib: 'application/x-bibtex; charset=utf-8',
		ris: 'application/x-research-info-systems; charset=utf-8',
		'csl.json': 'application/vnd.citationstyles.csl+json; charset=utf-8',
	};
	/** The fields each file must carry over, compared after citation.js reads it back. */
	const FIELDS = ['type', 'title', 'author', 'issued', 'URL', 'container-title', 'language'] as const;

	test('each analysis’s and the edition’s, in BibLaTeX, RIS and CSL-JSON, read back by citation.js as the same items', async ({ page }) => {
		for (const slug of [...articles.map((a) => a.slug), undefined]) {
			const at = (ext: string) => (slug ? `/articles/${slug}/citation.${ext}` : `/citations.${ext}`);
			const files: Record<string, string> = {};
			for (const [ext, type] of Object.entries(TYPES)) {
				const response = await page.request.get(at(ext));
				expect(response.headers()['content-type'], at(ext)).toBe(type);
				files[ext] = await response.text();
			}
			const expected = (JSON.parse(files['csl.json']!) as Array<Record<string, unknown>>).map((item) => Object.fromEntries(FIELDS.map((f) => [f, item[f]])));
			expect(expected.length).toBe(slug ? 1 : articles.length);
			const readBack = (source: string) => new Cite(source).data as Array<Record<string, unknown>>;
			const fields = (item: Record<string, unknown>) => Object.fromEntries(FIELDS.map((f) => [f, item[f]]));
			// BibLaTeX names languages as babel does ("english"); RIS's T2 of a web page is the website's
			// title to Zotero, which citation.js files as collection-title.
			const fromBib = readBack(files.bib!).map((item) => fields({ ...item, language: item.language === 'english' ? 'en' : item.language }));
			const fromRis = readBack(files.ris!).map((item) => fields({ ...item, 'container-title': item['collection-title'] }));
			expect(fromBib, `${at('bib')}`).toEqual(expected);
			expect(fromRis, `${at('ris')}`).toEqual(expected);
			expect(readBack(files['csl.json']!).map(fields)).toEqual(expected);
		}
	});

	test('keep special characters and the supplied title’s brackets, and give a person only where one is named', async ({ page }) => {
		const items = (await (await page.request.get('/citations.csl.json')).json()) as Array<Record<string, any>>;
		const stake = items.find((i) => i.id === butyrska.slug)!;
		expect(stake).toMatchObject({ type: 'webpage', title: '[China’s Stake, Neutrality and Leverage after the Alaska Summit]', author: [{ family: 'Butyrska', given: 'Nataliya' }], issued: { 'date-parts': [[2025, 8]] } });
		const trump = items.find((i) => i.id === unsigned.slug)!;
		expect(trump.title).toBe('What China Wants (and Fears) from a Trump-Putin Deal');
		expect(trump).not.toHaveProperty('author');
		expect(trump.note).toBe('Unsigned');
		expect(items.find((i) => i.id === axis.slug)).toMatchObject({ note: 'Signed “Correspondent”' });
		expect(new Cite(await (await page.request.get('/citations.bib')).text()).data.find((i) => i.id === unsigned.slug)?.abstract).toContain('US–Russia');
	});
});
