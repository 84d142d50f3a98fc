import { describe, expect, it } from 'vitest';
import { sketchSimilarity, textHash, textSketch } from '../../../src/passages/fingerprint.ts';
import { SIMILARITY_THRESHOLD } from '../../../src/passages/registry.ts';

const P =
	'At the same time, China’s practical actions reveal a substantial gap between its peace-oriented rhetoric and its behavior. Beijing has opposed reducing imports of Russian oil.';
const Q =
	'Russian Foreign Minister Sergey Lavrov named China among the countries Russia wishes to see as security guarantors for Ukraine, alongside the US.';

describe('fingerprints', () => {
	it('hash ignores whitespace and quote style, not words', () => {
		expect(textHash(P)).toBe(textHash(`  ${P.replace('’', "'").replace(/ /g, '\n ')} `));
		expect(textHash(P)).not.toBe(textHash(P.replace('gap', 'gulf')));
	});

	it('an edited passage stays above the similarity threshold', () => {
		const typo = P.replace('substantial', 'substantail');
		expect(sketchSimilarity(textSketch(P), textSketch(typo))).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
	});

	it('two different passages stay far below it', () => {
		expect(sketchSimilarity(textSketch(P), textSketch(Q))).toBeLessThan(0.2);
	});

	it('identical texts are fully similar; an empty sketch is similar to nothing', () => {
		expect(sketchSimilarity(textSketch(Q), textSketch(Q))).toBe(1);
		expect(sketchSimilarity('', textSketch(Q))).toBe(0);
	});
});
