import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepWanted } from '../../../src/pipeline/folder-cache.ts';

describe('keepWanted', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('returns the wanted files the folder holds and drops the rest', () => {
		dir = mkdtempSync(path.join(tmpdir(), 'folder-cache-'));
		for (const file of ['a.png', 'b.png', 'old.png']) writeFileSync(path.join(dir, file), file);
		mkdirSync(path.join(dir, 'stray'));
		expect([...keepWanted(dir, ['a.png', 'b.png', 'new.png'])].sort()).toEqual(['a.png', 'b.png']);
		expect(readdirSync(dir).sort()).toEqual(['a.png', 'b.png']);
	});

	it('makes the folder when there is none', () => {
		dir = path.join(mkdtempSync(path.join(tmpdir(), 'folder-cache-')), 'cache');
		expect(keepWanted(dir, ['a.png']).size).toBe(0);
		expect(readdirSync(dir)).toEqual([]);
	});
});
