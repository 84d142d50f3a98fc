import { describe, expect, it } from 'vitest';
import { counted, formatCount, pluralFor } from '../../../src/text/wording.ts';

describe('formatCount', () => {
	it('writes numbers as English does', () => {
		for (const n of [0, 7, 999, 1000, 3003, 65536, 1234567]) expect(formatCount(n)).toBe(n.toLocaleString('en'));
	});
});

describe('counted', () => {
	it('takes the singular for one only', () => {
		expect(counted(1, 'passage', 'passages')).toBe('1 passage');
		expect(counted(0, 'passage', 'passages')).toBe('0 passages');
		expect(counted(2, 'analysis', 'analyses')).toBe('2 analyses');
	});

	it('separates thousands', () => {
		expect(counted(3000, 'analysis', 'analyses')).toBe('3,000 analyses');
	});

	it('gives the word alone with pluralFor', () => {
		expect(pluralFor(1, 'Source', 'Sources')).toBe('Source');
		expect(pluralFor(2, 'Source', 'Sources')).toBe('Sources');
	});
});
