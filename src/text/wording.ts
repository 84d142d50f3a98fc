/** Counts in words, written once: "1 passage", "2 analyses", "3,000 results". */

/**
 * A whole number with thousands separated by commas, as `toLocaleString('en')` writes it. Not Intl:
 * on a phone its first use costs the search page tens of milliseconds of main thread.
 */
export const formatCount = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** The singular for one, else the plural. */
export const pluralFor = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The count and the noun that agrees with it: "1 passage", "1,200 passages". */
export const counted = (n: number, one: string, many: string) => `${formatCount(n)} ${pluralFor(n, one, many)}`;
