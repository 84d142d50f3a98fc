/**
 * Light and dark in each engine. Chromium emulates either scheme in one page; Firefox over
 * WebDriver BiDi cannot (emulateMedia does nothing there), so it is launched in one scheme per
 * project (playwright.config.ts) and tests tagged @colour-scheme run in both.
 */
import type { Page, TestInfo } from '@playwright/test';

export type ColourScheme = 'light' | 'dark';
export type ColourSchemeSupport = { emulated: ColourScheme[] } | { launched: ColourScheme };

const support = (info: TestInfo) => info.project.metadata.colourSchemes as ColourSchemeSupport;

/** The schemes this project can show. */
export function colourSchemes(info: TestInfo): ColourScheme[] {
	const s = support(info);
	return 'emulated' in s ? s.emulated : [s.launched];
}

/** Shows the page in `scheme`, which must be one of colourSchemes(info). */
export async function showColourScheme(page: Page, info: TestInfo, scheme: ColourScheme): Promise<void> {
	const s = support(info);
	if ('emulated' in s) await page.emulateMedia({ colorScheme: scheme });
	else if (s.launched !== scheme) throw new Error(`${info.project.name} shows only the ${s.launched} scheme`);
}
