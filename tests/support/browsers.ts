/**
 * The browsers the tests drive, found on this machine; nothing here downloads a browser.
 * Chromium: Playwright's own build when installed, else the system's (Debian's `chromium`).
 * Firefox: the system's Firefox ESR (Debian's `firefox-esr`), over WebDriver BiDi.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const SYSTEM_FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

/** Flags that keep Chromium from phoning home on a machine without a network. */
export const QUIET_CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
];

/** Preferences that keep Firefox from phoning home, and from asking anything on first run. */
export const QUIET_FIREFOX_PREFS: Record<string, string | number | boolean> = {
	'app.update.enabled': false,
	'browser.shell.checkDefaultBrowser': false,
	'datareporting.policy.dataSubmissionEnabled': false,
	'network.captive-portal-service.enabled': false,
	'network.connectivity-service.enabled': false,
	'toolkit.telemetry.enabled': false,
};

const firstExisting = (paths: Array<string | undefined>) => paths.find((p): p is string => Boolean(p && existsSync(p)));

export function chromiumExecutable(): string | undefined {
	const bundled = chromium.executablePath();
	if (existsSync(bundled)) return undefined; // Playwright finds its own.
	const system = firstExisting([process.env.CHROMIUM_PATH, ...SYSTEM_CHROMIUM]);
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

/**
 * A Firefox that speaks WebDriver BiDi (Playwright's `moz-firefox` channel). Playwright's own
 * patched Firefox is not used: the tests run the Firefox that readers have.
 */
export function firefoxExecutable(): string {
	const system = firstExisting([process.env.FIREFOX_PATH, ...SYSTEM_FIREFOX]);
	if (!system) {
		throw new Error(
			'No Firefox found for the browser tests. Install it:\n' +
				'  sudo apt-get install -y firefox-esr     (Debian; used from /usr/bin/firefox-esr)\n' +
				'or set FIREFOX_PATH to a Firefox executable (version 153 or newer, for WebDriver BiDi).',
		);
	}
	return system;
}
