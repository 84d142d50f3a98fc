/** Reading back what a page copied, in both engines (the tests grant clipboard-read; Firefox's prefs in playwright.config.ts). */
import type { Page } from '@playwright/test';

/** What the clipboard holds as plain text. */
export const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** What the clipboard holds as HTML. Firefox hands it back as a whole document: its body is what was copied. */
export const clipboardHtml = (page: Page) =>
	page.evaluate(async () => {
		const [item] = await navigator.clipboard.read();
		const html = await (await item!.getType('text/html')).text();
		return html.replace(/^<html><head><\/head><body>([^]*)<\/body><\/html>$/, '$1');
	});
