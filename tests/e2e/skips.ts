/**
 * Why a test cannot run in Firefox as Playwright drives it here (WebDriver BiDi, Firefox ESR 153).
 * Each skip names one of these; no other test is skipped.
 */

/** emulateMedia does nothing over BiDi, so a page cannot be switched to print or reduced motion. */
export const NO_MEDIA_EMULATION_IN_FIREFOX = 'Firefox over WebDriver BiDi cannot emulate media within a page (emulateMedia does nothing)';

/** Firefox reports no layout shifts at all: a CLS test there would pass whatever the page did. */
export const NO_LAYOUT_SHIFT_API_IN_FIREFOX = 'Firefox has no Layout Instability API (no layout-shift entries to count)';

/** javaScriptEnabled does nothing over BiDi, and the javascript.enabled preference stops Playwright's own scripts too. */
export const NO_SCRIPT_OFF_IN_FIREFOX = 'Firefox over WebDriver BiDi cannot run a page without JavaScript and still be driven';

/**
 * How long to wait for a page to settle. Over BiDi, Firefox's "networkidle" now and then never
 * comes (seen twice in 340 tests, each a 30 s timeout), so there the load event has to do.
 */
export const settled = (browserName: string) => (browserName === 'firefox' ? 'load' : 'networkidle') as 'load' | 'networkidle';
