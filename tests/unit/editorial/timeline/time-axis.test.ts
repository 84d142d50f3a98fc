import { describe, expect, it } from 'vitest';
import { type AxisItem, axisRows, dayTicks, markOf, spanTitle, stretchOf, yearTicks } from '../../../../src/editorial/timeline/time-axis.ts';

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const days = (from: Date, to: Date = from) => ({ earliest: from, latest: to });
/** Ten days, so that a day is 10 % of the axis. */
const tenDays = days(utc(2025, 8, 11), utc(2025, 8, 20));
const item = (id: string, span: { earliest: Date; latest: Date }, kind: AxisItem['kind'] = 'event'): AxisItem => ({ id, label: id, kind, ...span });

describe('markOf', () => {
	it('puts a day at its middle, and a span from its first day’s start to its last day’s end', () => {
		expect(markOf(days(utc(2025, 8, 11)), tenDays)).toEqual({ shape: 'point', at: 5 });
		expect(markOf(days(utc(2025, 8, 15)), tenDays)).toEqual({ shape: 'point', at: 45 });
		expect(markOf(days(utc(2025, 8, 11), utc(2025, 8, 14)), tenDays)).toEqual({ shape: 'bar', from: 0, to: 40 });
	});

	it('draws a span too short for a bar as a point at its middle', () => {
		const years = days(utc(2022, 1, 1), utc(2028, 12, 31));
		expect(markOf(days(utc(2022, 10, 16), utc(2022, 10, 22)), years)).toEqual({ shape: 'point', at: 11.4 }); // days 289 to 295 of 2,557
		expect(markOf(days(utc(2022, 7, 1), utc(2022, 7, 31)), years).shape).toBe('bar');
	});

	it('cuts a span that runs past the axis at its ends', () => {
		expect(markOf(days(utc(2025, 8, 18), utc(2025, 8, 31)), tenDays)).toEqual({ shape: 'bar', from: 70, to: 100 });
		expect(stretchOf(days(utc(2025, 8, 1), utc(2025, 8, 12)), tenDays)).toEqual({ from: 0, to: 20 });
		expect(markOf(days(utc(2025, 1, 1), utc(2025, 12, 31)), tenDays)).toEqual({ shape: 'bar', from: 0, to: 100 });
	});

	it('places a month and a year by the days they cover', () => {
		const years = days(utc(2022, 1, 1), utc(2023, 12, 31));
		// 730 days: 2023 starts on the 366th, July 2022 runs from the 182nd to the 212th.
		expect(markOf(days(utc(2023, 1, 1), utc(2023, 12, 31)), years)).toEqual({ shape: 'bar', from: 50, to: 100 });
		expect(markOf(days(utc(2022, 7, 1), utc(2022, 7, 31)), years)).toEqual({ shape: 'bar', from: 24.79, to: 29.04 });
	});
});

describe('axisRows', () => {
	it('keeps the items that fall within the axis, in their order, with their marks', () => {
		const rows = axisRows(
			[item('before', days(utc(2025, 8, 1))), item('written', days(utc(2025, 8, 11), utc(2025, 8, 14)), 'analysis'), item('summit', days(utc(2025, 8, 15))), item('after', days(utc(2025, 9, 1)))],
			tenDays,
		);
		expect(rows).toEqual([
			{ id: 'written', label: 'written', kind: 'analysis', mark: { shape: 'bar', from: 0, to: 40 } },
			{ id: 'summit', label: 'summit', kind: 'event', mark: { shape: 'point', at: 45 } },
		]);
	});
});

describe('ticks', () => {
	it('marks the start of each year of the span, labelling the year in its middle', () => {
		// 1,461 days, 2024 a leap year.
		expect(yearTicks(days(utc(2022, 1, 1), utc(2025, 12, 31))).map((t) => [t.label, t.at, t.labelAt])).toEqual([
			['2022', 0, 12.49],
			['2023', 24.98, 37.47],
			['2024', 49.97, 62.49],
			['2025', 75.02, 87.51],
		]);
	});

	it('labels a year the span only begins in the middle of its part', () => {
		expect(yearTicks(days(utc(2025, 7, 1), utc(2026, 6, 30)))[0]).toEqual({ label: '2025', at: 0, labelAt: 25.21 });
	});

	it('marks the middle of the given days within the span, with their weekdays for a wide axis', () => {
		expect(dayTicks(tenDays, [utc(2025, 8, 11), utc(2025, 8, 15), utc(2025, 8, 31)])).toEqual([
			{ at: 5, labelAt: 5, prefix: 'Mon ', label: '11' },
			{ at: 45, labelAt: 45, prefix: 'Fri ', label: '15' },
		]);
	});
});

describe('spanTitle', () => {
	it('names whole years by their years', () => {
		expect(spanTitle({ earliest: utc(2022, 1, 1), latest: utc(2028, 12, 31) })).toBe('2022 to 2028');
	});
	it('writes a month and year the two days share once', () => {
		expect(spanTitle({ earliest: utc(2025, 8, 11), latest: utc(2025, 8, 31) })).toBe('11 to 31 August 2025');
		expect(spanTitle({ earliest: utc(2025, 7, 28), latest: utc(2025, 8, 31) })).toBe('28 July to 31 August 2025');
		expect(spanTitle({ earliest: utc(2024, 12, 20), latest: utc(2025, 1, 10) })).toBe('20 December 2024 to 10 January 2025');
	});
});
