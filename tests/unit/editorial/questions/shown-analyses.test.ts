import { describe, expect, it } from 'vitest';
import { canHide, readShownAnalyses, writeShownAnalyses } from '../../../../src/editorial/questions/shown-analyses.ts';

const analyses = ['axis', 'wants', 'stake'];

describe('the synopsis’s shown analyses in the URL', () => {
	it('show all without ?with=, or where it names fewer than two known analyses', () => {
		expect(readShownAnalyses('', analyses)).toEqual(analyses);
		expect(readShownAnalyses('?with=axis', analyses)).toEqual(analyses);
		expect(readShownAnalyses('?with=axis,nonesuch', analyses)).toEqual(analyses);
	});

	it('keep the two named, in the columns’ order', () => {
		expect(readShownAnalyses('?with=stake,axis', analyses)).toEqual(['axis', 'stake']);
		expect(readShownAnalyses('?with=stake%2Caxis', analyses)).toEqual(['axis', 'stake']);
	});

	it('write the two kept with readable commas, and no parameter when all show, keeping the others', () => {
		expect(writeShownAnalyses('', ['stake', 'axis'], analyses)).toBe('?with=axis,stake');
		expect(writeShownAnalyses('?with=axis,stake', analyses, analyses)).toBe('');
		expect(writeShownAnalyses('?q=x&with=axis,wants', ['wants', 'stake'], analyses)).toBe('?q=x&with=wants,stake');
	});

	it('let a reader hide one only while more than two show', () => {
		expect(canHide(analyses)).toBe(true);
		expect(canHide(['axis', 'wants'])).toBe(false);
	});
});
