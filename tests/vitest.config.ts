import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts', 'tests/support/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// The bad-input builds each run a real `astro build`.
		testTimeout: 120_000,
		// A test that asserts nothing fails: it cannot catch a broken feature.
		expect: { requireAssertions: true },
	},
});
