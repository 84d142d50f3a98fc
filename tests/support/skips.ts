/**
 * Why a test does not run in Firefox: mostly what it cannot do as Playwright drives it here
 * (WebDriver BiDi, Firefox ESR 153). Each skip names one of these; no other test is skipped.
 */

/** emulateMedia does nothing over BiDi, so a page cannot be switched to print or reduced motion. */
export const NO_MEDIA_EMULATION_IN_FIREFOX = 'Firefox over WebDriver BiDi cannot emulate media within a page (emulateMedia does nothing)';

/** Firefox reports no layout shifts at all: a CLS test there would pass whatever the page did. */
export const NO_LAYOUT_SHIFT_API_IN_FIREFOX = 'Firefox has no Layout Instability API (no layout-shift entries to count)';

/** hasTouch does nothing over BiDi: a tap there dispatches no touch and activates nothing. */
export const NO_TOUCH_IN_FIREFOX = 'Firefox over WebDriver BiDi cannot emulate a touch screen (hasTouch does nothing, and a tap does not reach the page)';

/** javaScriptEnabled does nothing over BiDi, and the javascript.enabled preference stops Playwright's own scripts too. */
export const NO_SCRIPT_OFF_IN_FIREFOX = 'Firefox over WebDriver BiDi cannot run a page without JavaScript and still be driven';

/** Not a limit of Firefox: the search index is data, the same whichever browser reads it, so one run is enough. */
export const INDEX_CHECKED_ONCE = 'The search index is the same for every browser: its every-word check runs once, in Chromium';

/** Which font drew a node is only reported over the Chrome DevTools Protocol (CSS.getPlatformFontsForNode); Firefox's positions-and-features checks run instead. */
export const NO_FONT_REPORT_IN_FIREFOX = 'Only Chromium reports which font drew a node (CSS.getPlatformFontsForNode over CDP)';
