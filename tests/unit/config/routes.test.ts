import { describe, expect, it } from 'vitest';
import { routes, themeOfLink } from '../../../src/config/routes.ts';

describe('themeOfLink', () => {
	it('gives back the theme of a link to its page, a later page or an entry on one', () => {
		expect(themeOfLink(routes.theme('us-russia-talks'))).toBe('us-russia-talks');
		expect(themeOfLink(routes.themeEntry('europe', 'alpha--a2'))).toBe('europe');
		expect(themeOfLink(routes.themeEntry('europe', 'alpha--a2', 3))).toBe('europe');
	});
});
