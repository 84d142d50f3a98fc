import { describe, expect, it } from 'vitest';
import { openGraphTags } from '../../../src/citation/page-meta.ts';

describe('Open Graph tags, on every kind of page', () => {
	it('state a web page of the edition, named as citations name it', () => {
		const tags = openGraphTags({ title: 'Neutrality', description: 'About it.', canonical: new URL('https://example.org/themes/neutrality/') });
		expect(tags).toEqual([
			['og:site_name', 'China’s Calculus: a reader’s edition'],
			['og:title', 'Neutrality'],
			['og:description', 'About it.'],
			['og:type', 'website'],
			['og:url', 'https://example.org/themes/neutrality/'],
			['og:locale', 'en_GB'],
		]);
	});

	it('give no address to a page that has none (the 404 page)', () => {
		expect(openGraphTags({ title: 'Not found', description: 'x', canonical: undefined }).map(([p]) => p)).not.toContain('og:url');
	});
});
