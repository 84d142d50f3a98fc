/**
 * Quotes of passages as the built pages show them (editorial/quoted-sentences.ts): what a quote
 * reads and which words it marks, and the passages' own text to hold them to.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Locator, Page } from '@playwright/test';
import { APPARATUS } from '../../src/search/shared/apparatus.ts';
import { articles } from './content.ts';

/** A theme's keywords, as its file lists them. */
export const keywordsOf = (theme: string): string[] =>
	parseFrontmatter(readFileSync(path.resolve(import.meta.dirname, '../../content/themes', `${theme}.md`), 'utf8')).frontmatter.keywords;

/**
 * What each quote in `items` shows (its `quote` element's text, white space folded), the words it
 * marks, and the passage it links to (the item's href, or its first link's), read in one go.
 */
export const quotesIn = (items: Locator, quote = 'q') =>
	items.evaluateAll(
		(elements, selector) =>
			elements.map((item) => {
				const el = item.querySelector(selector)!;
				return {
					href: item.getAttribute('href') ?? item.querySelector('a[href]')!.getAttribute('href')!,
					text: el.textContent!.replace(/\s+/g, ' ').trim(),
					marked: [...el.querySelectorAll('mark.held')].map((m) => m.textContent!.replace(/\s+/g, ' ')),
				};
			}),
		quote,
	);

/** Every passage's words as its article page shows them, without our apparatus (note numbers, ¶ links, margin), by passage link. */
export async function passageTexts(page: Page): Promise<Map<string, string>> {
	const texts = new Map<string, string>();
	for (const article of articles) {
		await page.goto(article.url);
		const passages = await page.locator('.article-body [data-passage]').evaluateAll(
			(elements, apparatus) =>
				elements.map((el) => {
					const copy = el.cloneNode(true) as HTMLElement;
					for (const ours of copy.querySelectorAll(apparatus)) ours.remove();
					return [el.id, copy.textContent!.replace(/\s+/g, ' ').trim()] as const;
				}),
			APPARATUS,
		);
		for (const [id, text] of passages) texts.set(`${article.url}#${id}`, text);
	}
	return texts;
}
