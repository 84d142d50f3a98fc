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
