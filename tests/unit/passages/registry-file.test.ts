import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncRegistry } from '../../../src/passages/registry-sync.ts';
import { parseRegistry, readRegistry, serializeRegistry } from '../../../src/passages/registry-file.ts';
import { ARTICLES_DIR, REGISTRY_PATH } from '../../../src/config/content-paths.ts';

describe('the registry file', () => {
	it('rejects invalid JSON, naming the file', () => {
		expect(() => parseRegistry('{', 'content/passages.lock.json')).toThrow(/content\/passages\.lock\.json: not valid JSON/);
	});

	it('rejects a malformed entry, naming the file and the field', () => {
		const bad = JSON.stringify({ version: 1, articles: { demo: { passages: [{ id: 'Not A Slug', hash: 'x', sketch: '', excerpt: '' }], retired: [] } } });
		expect(() => parseRegistry(bad, 'reg.json')).toThrow(/reg\.json: malformed passage registry[\s\S]*articles\.demo\.passages\.0\.id: must be a lower-case slug/);
	});

	it('round-trips through serialisation', () => {
		const registry = readRegistry(REGISTRY_PATH);
		expect(parseRegistry(serializeRegistry(registry), 'x')).toEqual(registry);
	});

	it('is committed in step with the articles (run `npm run passages:update` after an edit)', async () => {
		const { inStep, changes } = await syncRegistry(readRegistry(REGISTRY_PATH), ARTICLES_DIR);
		expect(changes).toEqual([]);
		expect(inStep).toBe(true);
	});
});

describe('passages:update on bad content writes nothing the build would reject', () => {
	const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/content');
	const valid = readRegistry(path.join(FIXTURES, 'valid/passages.lock.json'));

	/** A folder holding the valid fixture's article with `body` as its text. */
	function articlesWith(body: string): string {
		const dir = mkdtempSync(path.join(tmpdir(), 'registry-sync-'));
		const source = readFileSync(path.join(FIXTURES, 'valid/articles/demo.md'), 'utf8');
		writeFileSync(path.join(dir, 'demo.md'), source.replace(/\n---\n[\s\S]*$/, `\n---\n${body}`));
		return dir;
	}

	it('refuses an article whose body was deleted, instead of retiring its ids to ""', async () => {
		await expect(syncRegistry(valid, articlesWith(''))).rejects.toThrow(/Passage registry not updated:\n {2}- demo\.md: the article has no passages: its body is empty/);
	});

	it('refuses raw HTML, as the build does', async () => {
		await expect(syncRegistry(valid, articlesWith('A passage.\n\n<script>x</script>\n'))).rejects.toThrow(/raw HTML \(<script>\) is not allowed/);
	});

	it('drops the entry of an article whose file is gone, and says so', async () => {
		const withOrphan = { ...valid, articles: { ...valid.articles, gone: valid.articles.demo! } };
		const { next, changes } = await syncRegistry(withOrphan, path.join(FIXTURES, 'valid/articles'));
		expect(Object.keys(next.articles)).toEqual(['demo']);
		expect(changes).toEqual(['gone.md: no such article any more; its entry and ids are removed (links to it will find no page)']);
	});

	it('reports a duplicate id in the registry as a duplicate id', () => {
		const entry = valid.articles.demo!;
		const duplicated = { ...valid, articles: { demo: { ...entry, passages: [entry.passages[0]!, { ...entry.passages[1]!, id: entry.passages[0]!.id }] } } };
		expect(() => parseRegistry(serializeRegistry(duplicated), 'reg.json')).toThrow(/reg\.json: malformed passage registry\n {2}- demo: id "first-passage-sanctions" is used more than once/);
	});
});
