import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const before = process.env.CONTENT_DIR;
afterEach(() => {
	if (before === undefined) delete process.env.CONTENT_DIR;
	else process.env.CONTENT_DIR = before;
});

describe('astro.config.ts', () => {
	it('names the content folder in the environment, where bundled page code finds it (it cannot find it from where it runs)', async () => {
		delete process.env.CONTENT_DIR;
		await import('../../../astro.config.ts');
		expect(process.env.CONTENT_DIR).toBe(path.resolve(import.meta.dirname, '../../../content'));
	});
});
