import { describe, expect, it } from 'vitest';
import { decodedUri } from '../../../src/server/uri.ts';

describe('decodedUri', () => {
	it('decodes valid percent-encoding', () => {
		expect(decodedUri('/articles/a%20b/')).toBe('/articles/a b/');
		expect(decodedUri('caf%C3%A9')).toBe('café');
	});

	it('says "not valid" for malformed encoding instead of throwing', () => {
		for (const bad of ['%', '%E0%A4%A', '%zz']) expect(decodedUri(bad)).toBeUndefined();
	});
});
