import { describe, expect, it } from 'vitest';
import { analysesFirst } from '../../../../src/search/shared/result-groups.ts';

describe('analysesFirst', () => {
	const result = (id: string) => ({ id, words: [] });

	it('lists the analyses’ pages first, then the rest, each in the order the engine ranked them', () => {
		const ranked = ['theme', 'article-b', 'register', 'article-a', 'compare'].map(result);
		const grouped = analysesFirst(ranked, new Set(['article-a', 'article-b', 'article-c']));
		expect(grouped.results.map((r) => r.id)).toEqual(['article-b', 'article-a', 'theme', 'register', 'compare']);
		expect(grouped.analyses).toBe(2);
	});

	it('keeps every result once, with no analysis or only analyses', () => {
		expect(analysesFirst(['theme', 'notes'].map(result), new Set(['a']))).toEqual({ results: ['theme', 'notes'].map(result), analyses: 0 });
		expect(analysesFirst(['a', 'b'].map(result), new Set(['a', 'b']))).toEqual({ results: ['a', 'b'].map(result), analyses: 2 });
	});
});
