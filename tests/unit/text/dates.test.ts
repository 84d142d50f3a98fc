import { describe, expect, it } from 'vitest';
import { byDate, dateParts, formatKnownDate, formatPartialDate, machineDate, partialDate } from '../../../src/text/dates.ts';

const date = (text: string) => partialDate(text)!;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const span = (text: string) => [iso(date(text).earliest), iso(date(text).latest)];

describe('partialDate', () => {
	it('reads a day, a month or a year as the days it covers', () => {
		expect(date('2025-08-15')).toMatchObject({ precision: 'day', text: '2025-08-15' });
		expect(span('2025-08-15')).toEqual(['2025-08-15', '2025-08-15']);
		expect(span('2022-07')).toEqual(['2022-07-01', '2022-07-31']);
		expect(span('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
		expect(span('2027')).toEqual(['2027-01-01', '2027-12-31']);
	});

	it('refuses what is not a real date in one of the three forms', () => {
		for (const text of ['2025-02-30', '2025-13', '2025-00', '25-08-15', '2025-8-15', 'August 2025', '2025-08-15T10:00', '']) {
			expect(partialDate(text), text).toBeUndefined();
		}
	});
});

describe('formatting', () => {
	it('words each precision', () => {
		expect(['2025-08-15', '2022-07', '2027'].map((t) => formatPartialDate(date(t)))).toEqual(['15 August 2025', 'July 2022', '2027']);
	});

	it('writes a span once where its ends agree, each end a time', () => {
		expect(dateParts(date('2022-10-16'), date('2022-10-22'))).toEqual([{ text: '16', datetime: '2022-10-16' }, '–', { text: '22 October 2022', datetime: '2022-10-22' }]);
		expect(dateParts(date('2022-09-30'), date('2022-10-02'))).toEqual([{ text: '30 September', datetime: '2022-09-30' }, ' – ', { text: '2 October 2022', datetime: '2022-10-02' }]);
		expect(dateParts(date('2024-12-30'), date('2025-01-02'))).toEqual([{ text: '30 December 2024', datetime: '2024-12-30' }, ' – ', { text: '2 January 2025', datetime: '2025-01-02' }]);
		expect(dateParts(date('2022-07'))).toEqual([{ text: 'July 2022', datetime: '2022-07' }]);
		expect(dateParts(date('2027'), date('2028'))).toEqual([{ text: '2027', datetime: '2027' }, ' – ', { text: '2028', datetime: '2028' }]);
	});
});

describe('byDate', () => {
	it('puts the earlier first, and of two that start together the shorter', () => {
		const items = ['2025-08', '2025-08-15', '2025', '2022-07', '2025-08-01'].map(date);
		expect(items.sort(byDate).map((d) => d.text)).toEqual(['2022-07', '2025', '2025-08-01', '2025-08', '2025-08-15']);
	});
});

describe('dates known to a day or a range', () => {
	const day = (s: string) => new Date(`${s}T00:00:00Z`);

	it('words a single day in full', () => {
		expect(formatKnownDate({ earliest: day('2025-02-25'), latest: day('2025-02-25') })).toBe('25 February 2025');
	});

	it('uses the editors’ wording for a range, and the range itself without one', () => {
		const range = { earliest: day('2025-08-18'), latest: day('2025-08-31') };
		expect(formatKnownDate({ ...range, display: 'late August 2025' })).toBe('late August 2025');
		expect(formatKnownDate(range)).toBe('18 August 2025 – 31 August 2025');
	});

	it('gives the most precise machine date true of the whole range', () => {
		expect(machineDate({ earliest: day('2025-02-25'), latest: day('2025-02-25') })).toBe('2025-02-25');
		expect(machineDate({ earliest: day('2025-08-11'), latest: day('2025-08-14') })).toBe('2025-08');
		expect(machineDate({ earliest: day('2025-08-11'), latest: day('2025-09-02') })).toBe('2025');
	});
});
