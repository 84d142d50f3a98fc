/** How the site words dates that are known only as precisely as the sources allow. */

export interface KnownDate {
	earliest: Date;
	latest: Date;
	display?: string | undefined;
}

const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** "25 February 2025" for a known day; the editors' wording for a range, else the range itself. */
export function formatKnownDate(date: KnownDate): string {
	if (iso(date.earliest) === iso(date.latest)) return dayMonthYear.format(date.earliest);
	return date.display ?? `${dayMonthYear.format(date.earliest)} – ${dayMonthYear.format(date.latest)}`;
}

/** The most precise valid HTML `datetime` that is true of the whole range: day, month or year. */
export function machineDate({ earliest, latest }: KnownDate): string {
	const [a, b] = [iso(earliest), iso(latest)];
	if (a === b) return a;
	if (a.slice(0, 7) === b.slice(0, 7)) return a.slice(0, 7);
	return a.slice(0, 4);
}

/** "1 December 2024", and the `datetime` for it. */
export const formatDay = (day: Date) => ({ text: dayMonthYear.format(day), datetime: iso(day) });

/** How precisely a date is known. */
type DatePrecision = 'day' | 'month' | 'year';

/** A date as precisely as it is known ("2025-08-15", "2022-07", "2027"), as the span of days it covers. */
export interface PartialDate {
	/** As written, which is also its HTML `datetime`. */
	text: string;
	precision: DatePrecision;
	earliest: Date;
	latest: Date;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The date a text names, if it names a real one (no 30 February). */
export function partialDate(text: string): PartialDate | undefined {
	const match = PARTIAL_DATE.exec(text);
	if (!match) return undefined;
	const [year, month, day] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
	if (month !== undefined && (month < 1 || month > 12)) return undefined;
	const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
	if (day !== undefined) {
		const date = utc(year!, month! - 1, day);
		return date.getUTCDate() === day ? { text, precision: 'day', earliest: date, latest: date } : undefined;
	}
	if (month !== undefined) return { text, precision: 'month', earliest: utc(year!, month - 1, 1), latest: utc(year!, month, 0) };
	return { text, precision: 'year', earliest: utc(year!, 0, 1), latest: utc(year!, 11, 31) };
}

const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "15 August 2025", "July 2022", "2027". */
export function formatPartialDate(date: PartialDate): string {
	if (date.precision === 'day') return dayMonthYear.format(date.earliest);
	if (date.precision === 'month') return monthYear.format(date.earliest);
	return date.text;
}

const dayName = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });

/** "Friday 15 August 2025" for a day, as a relative date ("this Friday") is resolved; otherwise as formatPartialDate. */
export const formatWithWeekday = (date: PartialDate) => (date.precision === 'day' ? `${dayName.format(date.earliest)} ${formatPartialDate(date)}` : formatPartialDate(date));

/** A part of a written date: words, or words that are a date, with its `datetime`. */
export type DatePart = string | { text: string; datetime: string };

/**
 * A date, or a span from one date to another, as words with its machine-readable parts:
 * "16–22 October 2022" is two `<time>`s, "16" and "22 October 2022". What the two ends share is
 * written once.
 */
export function dateParts(from: PartialDate, to?: PartialDate): DatePart[] {
	const whole = (d: PartialDate) => ({ text: formatPartialDate(d), datetime: d.text });
	if (!to || to.text === from.text) return [whole(from)];
	const sameYear = from.text.slice(0, 4) === to.text.slice(0, 4);
	const sameMonth = sameYear && from.precision !== 'year' && from.text.slice(0, 7) === to.text.slice(0, 7);
	if (from.precision === 'day' && to.precision === 'day' && sameMonth) return [{ text: String(from.earliest.getUTCDate()), datetime: from.text }, '–', whole(to)];
	if (from.precision === 'day' && sameYear) {
		return [{ text: dayMonthYear.format(from.earliest).replace(/ \d{4}$/, ''), datetime: from.text }, ' – ', whole(to)];
	}
	return [whole(from), ' – ', whole(to)];
}

/** Earlier first: by the first day each could be, then by the last. */
export const byDate = (a: { earliest: Date; latest: Date }, b: { earliest: Date; latest: Date }) => +a.earliest - +b.earliest || +a.latest - +b.latest;
