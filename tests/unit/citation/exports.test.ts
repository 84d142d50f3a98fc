import { describe, expect, it } from 'vitest';
import type { CslItem } from '../../../src/citation/csl-item.ts';
import { toBibLaTeX, toCslJson, toRis } from '../../../src/citation/exports.ts';

const item: CslItem = {
	id: 'stake',
	type: 'webpage',
	title: '[China’s Stake & the 100% Trump–Putin {Deal}]',
	author: [{ family: 'Butyrska', given: 'Nataliya' }],
	issued: { 'date-parts': [[2025, 8]] },
	'container-title': 'China’s Calculus: a reader’s edition',
	URL: 'https://example.org/articles/stake/',
	language: 'en',
	abstract: 'Summary by the edition’s editors: Argues_a point.',
};
const { author: _named, ...anonymous } = item;
const unsigned: CslItem = { ...anonymous, id: 'axis', title: 'Axis', issued: { 'date-parts': [[2025, 2, 5]] }, note: 'Unsigned' };

describe('BibLaTeX', () => {
	it('writes an @online entry with the site, the date at its precision, the babel language and TeX’s specials escaped', () => {
		expect(toBibLaTeX([item])).toBe(
			[
				'@online{stake,',
				'  author = {Butyrska, Nataliya},',
				'  title = {{[China’s Stake \\& the 100\\% Trump–Putin \\{Deal\\}]}},',
				'  date = {2025-08},',
				'  booktitle = {China’s Calculus: a reader’s edition},',
				'  url = {https://example.org/articles/stake/},',
				'  langid = {english},',
				'  abstract = {Summary by the edition’s editors: Argues\\_a point.},',
				'}',
				'',
			].join('\n'),
		);
	});

	it('gives no author where none is named, and keeps the signature as a note', () => {
		const entry = toBibLaTeX([unsigned]);
		expect(entry).not.toContain('author =');
		expect(entry).toContain('  date = {2025-02-05},\n');
		expect(entry).toContain('  note = {Unsigned},\n');
	});
});

describe('RIS', () => {
	it('writes an ELEC record, CRLF lines, with the site as T2 and the date at its precision', () => {
		const lines = toRis([item]).split('\r\n');
		expect(lines.slice(0, 6)).toEqual(['TY  - ELEC', 'TI  - [China’s Stake & the 100% Trump–Putin {Deal}]', 'AU  - Butyrska, Nataliya', 'PY  - 2025', 'DA  - 2025/08//', 'T2  - China’s Calculus: a reader’s edition']);
		expect(lines.at(-2)).toBe('ER  - ');
		expect(toRis([unsigned])).toContain('DA  - 2025/02/05/\r\n');
		expect(toRis([unsigned])).not.toContain('AU  -');
	});
});

describe('CSL-JSON', () => {
	it('is the items themselves', () => {
		expect(JSON.parse(toCslJson([item, unsigned]))).toEqual([item, unsigned]);
	});
});
