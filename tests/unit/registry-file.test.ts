import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncRegistry } from '../../src/cli/registry-sync.ts';
import { parseRegistry, readRegistry, serializeRegistry } from '../../src/lib/registry-file.ts';
import { ARTICLES_DIR, REGISTRY_PATH } from '../../src/plugins/index.ts';

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

	it('covers every article in content/articles', async () => {
		const { next } = await syncRegistry(readRegistry(REGISTRY_PATH), ARTICLES_DIR);
		expect(Object.keys(next.articles).sort()).toEqual(Object.keys(readRegistry(REGISTRY_PATH).articles).sort());
		expect(path.basename(REGISTRY_PATH)).toBe('passages.lock.json');
	});
});
