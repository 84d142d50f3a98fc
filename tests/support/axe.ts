/**
 * axe-core in the page, injected once and run as often as needed (AxeBuilder re-injects it on
 * every run, which is several times slower on these long pages). WCAG 2.2 A and AA rules.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OPTIONS: RunOptions = {
	runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
	resultTypes: ['violations'],
};

/** One line per violation: rule, help text and the first few offending elements. */
export async function axeViolations(page: Page): Promise<string[]> {
	// Evaluated through the debugging protocol, so the page's CSP does not block it.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const results = await page.evaluate(
		(options) => (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
		OPTIONS,
	);
	return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}
