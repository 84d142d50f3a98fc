/**
 * Which Chromium the browser tests drive: Playwright's own build when it is installed, else the
 * system's (Debian's `chromium`). Nothing here downloads a browser.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags that keep Chromium from phoning home on a machine without a network. */
export const QUIET_CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
];

export function chromiumExecutable(): string | undefined {
	const bundled = chromium.executablePath();
	if (existsSync(bundled)) return undefined; // Playwright finds its own.
	const system = [process.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUM].find((p): p is string => Boolean(p && existsSync(p)));
	if (!system) {
		throw new Error(
			'No Chromium found for the browser tests. Install one of:\n' +
				'  sudo apt-get install -y chromium        (Debian/Ubuntu; used from /usr/bin/chromium)\n' +
				'  npx playwright install chromium         (Playwright’s own build)\n' +
				'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
		);
	}
	return system;
}
