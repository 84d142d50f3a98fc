/** Where Chromium and Firefox, as Playwright drives them here, behave differently in ways a test must allow for. */

/**
 * How long to wait for a page to settle. Over BiDi, Firefox's "networkidle" now and then never
 * comes (seen twice in 340 tests, each a 30 s timeout), so there the load event has to do.
 */
export const settled = (browserName: string) => (browserName === 'firefox' ? 'load' : 'networkidle') as 'load' | 'networkidle';
