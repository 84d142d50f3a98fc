import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './chromium.ts';

const PORT = 4329;
/** The valid content fixture, built by `npm run build:fixture-site`: content the real site lacks (a retired id). */
const FIXTURE_PORT = 4330;
const executablePath = chromiumExecutable();

const browser = {
	...devices['Desktop Chrome'],
	launchOptions: { ...(executablePath && { executablePath }), args: QUIET_CHROMIUM_ARGS },
};

export default defineConfig({
	testDir: './e2e',
	outputDir: './.results',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /fixture-site/,
			use: { ...browser },
		},
		{
			name: 'fixture-site',
			testMatch: /fixture-site/,
			use: { ...browser, baseURL: `http://127.0.0.1:${FIXTURE_PORT}` },
		},
	],
	// Serves the already-built site (npm test builds it first), as a reader would get it.
	webServer: [
		{
			command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
			cwd: '..',
			url: `http://127.0.0.1:${PORT}/`,
			env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			// Astro allows one `astro preview` per project, so a plain static server serves the fixture.
			command: `node tests/static-server.ts tests/.fixture-site ${FIXTURE_PORT}`,
			cwd: '..',
			url: `http://127.0.0.1:${FIXTURE_PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
	],
});
