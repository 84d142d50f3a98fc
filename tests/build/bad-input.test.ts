/**
 * Real `astro build`s of small content folders: the valid one builds, and each bad one fails with
 * a message naming the file and the problem. Nothing bad is dropped silently.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures/content');
const OUT = mkdtempSync(path.join(tmpdir(), 'bad-input-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

function build(fixture: string) {
	const result = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--force'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: {
			...process.env,
			CONTENT_DIR: path.join(FIXTURES, fixture),
			OUT_DIR: path.join(OUT, fixture),
			ASTRO_TELEMETRY_DISABLED: '1',
		},
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build on content fixtures', () => {
	it('builds the valid fixture', () => {
		const { status, output } = build('valid');
		expect(output).not.toMatch(/error/i);
		expect(status).toBe(0);
	});

	it.each([
		['missing-field', /byline[\s\S]*Required[\s\S]*missing-field\/articles\/demo\.md/],
		['malformed-date', /earliest must not be after latest[\s\S]*malformed-date\/articles\/demo\.md/],
		['duplicate-id', /articles\/demo\.md[\s\S]*id "first-passage-sanctions" is used more than once/],
		['unregistered-passage', /articles\/demo\.md[\s\S]*passage 3 \("A third passage that nobody registered/],
		['vanished-id', /articles\/demo\.md[\s\S]*id "second-passage-taiwan" .* is registered but its passage is gone/],
		['unknown-citation', /articles\/demo\.md: summary cites unknown passage id\(s\): no-such-passage/],
		['malformed-registry', /passages\.lock\.json: malformed passage registry[\s\S]*version/],
		['unknown-theme', /content\/themes\/taiwan\.md: related names unknown theme "climate"/],
		['dangling-passage-ref', /content\/themes\/taiwan\.md: passages names passage "no-such-passage", which does not exist in "demo"/],
		['theme-without-passages', /content\/themes\/taiwan\.md: the theme tags no passage/],
		['broken-link', /content\/themes\/taiwan\.md: the explainer links to unknown theme "sanctions"[\s\S]*links to \/about\/methods\/, which is neither a passage nor a theme/],
	])('fails on %s, naming the file and the problem', (fixture, message) => {
		const { status, output } = build(fixture);
		expect(status).not.toBe(0);
		expect(output).toMatch(message);
	});
});
