import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { conflictingHeaders, headersFor, parseHeaders } from '../../../src/server/host-headers.ts';

const SAMPLE = `# comment
/*
  X-Content-Type-Options: nosniff
  Link: </a>; rel=preload

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/pagefind/*.pagefind
  Content-Type: application/wasm
/articles/:slug/
  X-Page: article
/*
  Link: </b>; rel=preload
`;

describe('parseHeaders and headersFor', () => {
	const rules = parseHeaders(SAMPLE);
	it('reads rules in order, with their lines', () => {
		expect(rules.map((r) => [r.pattern, r.line, r.headers.length])).toEqual([
			['/*', 2, 2],
			['/_astro/*', 6, 1],
			['/pagefind/*.pagefind', 8, 1],
			['/articles/:slug/', 10, 1],
			['/*', 12, 1],
		]);
	});
	it('applies every matching rule; splats match across slashes, placeholders one segment', () => {
		expect(Object.fromEntries(headersFor(rules, '/_astro/a/b.js'))).toEqual({
			'x-content-type-options': 'nosniff',
			link: '</a>; rel=preload, </b>; rel=preload',
			'cache-control': 'public, max-age=31536000, immutable',
		});
		expect(headersFor(rules, '/pagefind/wasm.en.pagefind').get('content-type')).toBe('application/wasm');
		expect(headersFor(rules, '/pagefind/wasm.en.pagefind.bak').get('content-type')).toBeUndefined();
		expect(headersFor(rules, '/articles/a/').get('x-page')).toBe('article');
		expect(headersFor(rules, '/articles/a/b/').get('x-page')).toBeUndefined();
	});
	it('names headers that two rules set for one path', () => {
		expect(conflictingHeaders(rules, '/_astro/x.js')).toEqual(['link']);
	});
	it('refuses lines a host would reject, naming the line', () => {
		expect(() => parseHeaders('articles/*\n  X: y')).toThrow('_headers line 1: a rule\'s path must start with "/"');
		expect(() => parseHeaders('/*\n  not a header')).toThrow('_headers line 2: expected "Name: value"');
		expect(() => parseHeaders('  X: y')).toThrow('_headers line 1: a header before any path');
	});
});

describe("the site's public/_headers", () => {
	const rules = parseHeaders(readFileSync(path.resolve(import.meta.dirname, '../../../public/_headers'), 'utf8'));
	it('sets no header twice for any kind of path', () => {
		for (const sitePath of ['/', '/articles/a/', '/_astro/a.js', '/pagefind/pagefind.js', '/pagefind/index/en_1.pf_index', '/pagefind/wasm.en.pagefind']) {
			expect(conflictingHeaders(rules, sitePath), sitePath).toEqual([]);
		}
	});
});
