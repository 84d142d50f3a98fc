import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, QUIET_CHROMIUM_ARGS } from './chromium.ts';

const PORT = 4329;
const executablePath = chromiumExecutable();

export default defineConfig({
	testDir: './e2e',
	outputDir: './.results',
	fullyParallel: true,
	forbidOnly: Boolean(process.env.CI),
	retries: 0,
	workers: 2,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { ...(executablePath && { executablePath }), args: QUIET_CHROMIUM_ARGS },
			},
		},
	],
	// Serves the already-built site (npm test builds it first), as a reader would get it.
	webServer: {
		command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
		cwd: '..',
		url: `http://127.0.0.1:${PORT}/`,
		env: { ASTRO_PREVIEW_BACKGROUND: '0', ASTRO_TELEMETRY_DISABLED: '1' },
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
