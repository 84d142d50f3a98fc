/**
 * The timeline's picture: each event and analysis as a row on a time axis drawn to scale, its
 * mark placed in percent of the axis (a point for a day, a bar for a longer span), with the
 * axis's ticks. Pure, so the placing is unit-tested; editorial/timeline/TimeAxis.astro draws it.
 */

interface AxisSpan {
	earliest: Date;
	latest: Date;
}

export interface AxisItem extends AxisSpan {
	/** The row's label. */
	label: string;
	kind: 'event' | 'analysis';
	/** An event still to come. */
	expected?: boolean;
	/** Its id in the list below the picture. */
	id: string;
}

/** A row's mark: a point (a day) or a bar (a longer span), in percent of the axis from its start. */
type AxisMark = { shape: 'point'; at: number } | { shape: 'bar'; from: number; to: number };

export interface AxisRow extends Omit<AxisItem, 'earliest' | 'latest'> {
	mark: AxisMark;
}

export interface AxisTick {
	/** Where its line stands. */
	at: number;
	/** Where its label stands: under the line, or in the middle of what the line begins. */
	labelAt: number;
	label: string;
	/** Words of the label a narrow axis leaves out ("Fri" of "Fri 15"). */
	prefix?: string;
}

const DAY = 86_400_000;

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const isNewYear = (day: Date) => day.getUTCMonth() === 0 && day.getUTCDate() === 1;
const isYearEnd = (day: Date) => day.getUTCMonth() === 11 && day.getUTCDate() === 31;

/** A panel's title, from its span: "2022 to 2028" for whole years, else its first and last days ("11 to 31 August 2025"). */
export function spanTitle({ earliest, latest }: AxisSpan): string {
	if (isNewYear(earliest) && isYearEnd(latest)) return `${earliest.getUTCFullYear()} to ${latest.getUTCFullYear()}`;
	const [first, last] = [dayMonthYear.format(earliest), dayMonthYear.format(latest)];
	// What the two days share (the month and year, or the year) is written once, at the end.
	const sameYear = earliest.getUTCFullYear() === latest.getUTCFullYear();
	const sameMonth = sameYear && earliest.getUTCMonth() === latest.getUTCMonth();
	const start = sameMonth ? String(earliest.getUTCDate()) : sameYear ? first.replace(/ \d{4}$/, '') : first;
	return `${start} to ${last}`;
}
/** Where a moment stands on the axis, in percent, rounded to what a screen can show. */
const percent = (span: AxisSpan, time: number) => Math.round(((time - span.earliest.getTime()) / (span.latest.getTime() + DAY - span.earliest.getTime())) * 10_000) / 100;

/** Where the days from `earliest` to `latest` run on the axis of `span`, in percent, cut at its ends. */
export function stretchOf({ earliest, latest }: AxisSpan, span: AxisSpan): { from: number; to: number } {
	return { from: percent(span, Math.max(earliest.getTime(), span.earliest.getTime())), to: percent(span, Math.min(latest.getTime(), span.latest.getTime()) + DAY) };
}

/** A span shorter than this, in percent of the axis, is drawn as a point: a bar would be a sliver. */
const SHORTEST_BAR = 1;

/**
 * Where the days from `earliest` to `latest` stand on the axis of `span`: a bar, cut at the
 * axis's ends; a point at its middle for one day, or a span too short to draw as a bar.
 */
export function markOf({ earliest, latest }: AxisSpan, span: AxisSpan): AxisMark {
	const { from, to } = stretchOf({ earliest, latest }, span);
	return earliest.getTime() === latest.getTime() || to - from < SHORTEST_BAR ? { shape: 'point', at: Math.round(((from + to) / 2) * 100) / 100 } : { shape: 'bar', from, to };
}

/** The items within the axis's span, as rows. */
export function axisRows(items: readonly AxisItem[], span: AxisSpan): AxisRow[] {
	return items
		.filter((item) => item.latest >= span.earliest && item.earliest <= span.latest)
		.map(({ earliest, latest, ...item }) => ({ ...item, mark: markOf({ earliest, latest }, span) }));
}

/** A tick at the start of each year of the span, the year's label in the middle of its part of the axis. */
export function yearTicks(span: AxisSpan): AxisTick[] {
	const ticks: AxisTick[] = [];
	for (let year = span.earliest.getUTCFullYear(); year <= span.latest.getUTCFullYear(); year++) {
		const start = Math.max(Date.UTC(year, 0, 1), span.earliest.getTime());
		const end = Math.min(Date.UTC(year + 1, 0, 1), span.latest.getTime() + DAY);
		ticks.push({ at: percent(span, start), labelAt: percent(span, (start + end) / 2), label: String(year) });
	}
	return ticks;
}

const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });

/** A tick at the middle of each of the given days within the span, labelled "Fri 15". */
export function dayTicks(span: AxisSpan, days: readonly Date[]): AxisTick[] {
	return days
		.filter((d) => d >= span.earliest && d <= span.latest)
		.map((d) => {
			const at = percent(span, d.getTime() + DAY / 2);
			return { at, labelAt: at, prefix: `${weekday.format(d)} `, label: String(d.getUTCDate()) };
		});
}
