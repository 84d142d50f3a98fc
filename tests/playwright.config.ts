import path from 'node:path';
import { defineConfig, devices, type Project } from '@playwright/test';
import { chromiumExecutable, firefoxExecutable, QUIET_CHROMIUM_ARGS, QUIET_FIREFOX_PREFS } from './support/browsers.ts';
import type { ColourSchemeSupport } from './support/colour-scheme.ts';
import { DIST } from './support/built-site.ts';
import { FIXTURE_ORIGIN, FIXTURE_PORT, PAGED_ORIGIN, PAGED_PORT, SITE_ORIGIN, SITE_PORT } from './support/origins.ts';

/** The valid fixture's build (`npm run build:fixture-site`), or the folder FIXTURE_SITE_DIR names. */
const FIXTURE_SITE = path.resolve(import.meta.dirname, '..', process.env.FIXTURE_SITE_DIR ?? 'tests/.fixture-site');

/** The paged site's build (`npm run build:paged-site`): 51 synthetic analyses, so long lists run past one page. */
const PAGED_SITE = path.resolve(import.meta.dirname, '.paged-site');

const FIXTURE_TESTS = /fixture-site/;
const PAGED_TESTS = /paged-site/;
/** Tests of the real site: all but those of the other two sites. */
const OTHER_SITES = [FIXTURE_TESTS, PAGED_TESTS];
/** Tests that drive no browser (they read the built files, or fetch pages as a crawler does): once is enough. */
const BROWSERLESS_TESTS = /built-html|link-cards/;
/** Tests that check both colour schemes; Firefox runs them once per scheme (see firefox-dark). */
const COLOUR_SCHEME_TESTS = /@colour-scheme/;
/** Tests of how the page moves (arrival at a fragment): Firefox runs them without reduced motion. */
const MOTION_TESTS = /@motion/;

const chromiumPath = chromiumExecutable();
const chromium: Project['use'] = {
	...devices['Desktop Chrome'],
	// No GPU: headless Chromium would emulate one in software (SwiftShader), costing the CPU the
	// tests need, and nothing they check depends on it.
	launchOptions: { ...(chromiumPath && { executablePath: chromiumPath }), args: [...QUIET_CHROMIUM_ARGS, '--disable-gpu'] },
};
/**
 * Debian's Firefox ESR over WebDriver BiDi. Over BiDi, emulateMedia and colorScheme do nothing,
 * so what they would set is a launch preference instead (javaScriptEnabled does nothing either,
 * and the javascript.enabled preference stops Playwright's own scripts too: see skips.ts).
 */
const firefox = (prefs: Record<string, number | boolean> = {}): Project['use'] => ({
	...devices['Desktop Firefox'],
	channel: 'moz-firefox',
	launchOptions: {
		executablePath: firefoxExecutable(),
		firefoxUserPrefs: {
			...QUIET_FIREFOX_PREFS,
			// A desktop's mouse, as Chromium reports it (headless Firefox says it has no hover).
			'ui.primaryPointerCapabilities': 6,
			'ui.allPointerCapabilities': 6,
			// No smooth scrolling between the many focus stops of the keyboard tests (Chromium's
			// tests ask for the same with emulateMedia, which Firefox over BiDi ignores).
			'ui.prefersReducedMotion': 1,
			// Firefox lets a page read the clipboard only within 5 s of a click, and a loaded CI
			// machine can take longer between the click and the test's read (links.spec.ts failed
			// so). Firefox's own tests lift that rule with this; writing is not affected.
			'dom.events.testing.asyncClipboard': true,
			...prefs,
		},
	},
});
const schemes = (support: ColourSchemeSupport) => ({ colourSchemes: support });

export default defineConfig({
	testDir: './e2e',
	outputDir: './.results',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: SITE_ORIGIN,
		trace: 'retain-on-failure',
	},
	projects: [
		{ name: 'chromium', testIgnore: OTHER_SITES, use: chromium, metadata: schemes({ emulated: ['light', 'dark'] }) },
		{ name: 'firefox', testIgnore: [...OTHER_SITES, BROWSERLESS_TESTS], grepInvert: MOTION_TESTS, use: firefox(), metadata: schemes({ launched: 'light' }) },
		{ name: 'firefox-motion', testIgnore: OTHER_SITES, grep: MOTION_TESTS, use: firefox({ 'ui.prefersReducedMotion': 0 }) },
		{
			name: 'firefox-dark',
			testIgnore: OTHER_SITES,
			grep: COLOUR_SCHEME_TESTS,
			use: firefox({ 'ui.systemUsesDarkTheme': 1 }),
			metadata: schemes({ launched: 'dark' }),
		},
		{ name: 'chromium-fixture-site', testMatch: FIXTURE_TESTS, use: { ...chromium, baseURL: FIXTURE_ORIGIN } },
		// Without reduced motion, as the fixture's arrival test needs (its other tests do not scroll).
		{ name: 'firefox-fixture-site', testMatch: FIXTURE_TESTS, use: { ...firefox({ 'ui.prefersReducedMotion': 0 }), baseURL: FIXTURE_ORIGIN } },
		{ name: 'chromium-paged-site', testMatch: PAGED_TESTS, use: { ...chromium, baseURL: PAGED_ORIGIN } },
		{ name: 'firefox-paged-site', testMatch: PAGED_TESTS, use: { ...firefox(), baseURL: PAGED_ORIGIN } },
	],
	// The built sites (npm test builds them first: the fixture for FIXTURE_ORIGIN, content the real
	// site lacks, such as a retired id; the paged site for PAGED_ORIGIN, lists longer than a page),
	// served with the site's _headers as a host serves them.
	webServer: [
		{
			command: `node src/server/static-server.ts ${DIST} ${SITE_PORT}`,
			cwd: '..',
			url: `${SITE_ORIGIN}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command: `node src/server/static-server.ts ${FIXTURE_SITE} ${FIXTURE_PORT}`,
			cwd: '..',
			url: `${FIXTURE_ORIGIN}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command: `node src/server/static-server.ts ${PAGED_SITE} ${PAGED_PORT}`,
			cwd: '..',
			url: `${PAGED_ORIGIN}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
	],
});
