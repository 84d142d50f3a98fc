/** Frontmatter fields the collections' schemas share (src/schemas/*.ts, read by src/content.config.ts). */
import { z } from 'astro/zod';
import { citedTextProblems, plainTextProblem } from '../editorial/cited-text.ts';
import { isSlug } from './content-files.ts';
import { partialDate } from '../text/dates.ts';

export const slug = z.string().refine(isSlug, 'must be a lower-case slug');

/** Text shown to readers as it is: no HTML (see editorial/cited-text.ts). */
export const plainText = z
	.string()
	.min(1)
	.superRefine((text, ctx) => {
		const problem = plainTextProblem(text);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/** Editorial prose whose claims cite passages as `[words](#passage-id)`, and nothing else. */
export const citedText = z
	.string()
	.min(1)
	.superRefine((text, ctx) => {
		for (const message of citedTextProblems(text)) ctx.addIssue({ code: 'custom', message });
	});

/** A date known to a day, or only to a range; `display` words the range for readers. */
export const knownDate = z
	.strictObject({
		earliest: z.coerce.date(),
		latest: z.coerce.date(),
		/** How readers see it when the range is not a single day, e.g. "late August 2025". */
		display: plainText.optional(),
		/** The date exactly as printed in the received text, if it printed one. */
		asPrinted: plainText.optional(),
		/** What the date (or its missing parts) is inferred from. */
		basis: plainText,
	})
	.refine((d) => d.earliest <= d.latest, { message: 'earliest must not be after latest' });

/** A publication an editor's note rests on: named, titled and dated where the page shows them, and read at its https address. */
export const source = z.strictObject({
	publisher: plainText,
	title: plainText.optional(),
	date: z.coerce.date().optional(),
	url: z.httpUrl().refine((u) => u.startsWith('https:'), 'must be an https: address'),
});

/** A date as precisely as it is known: a day (2025-08-15), a month (2022-07) or a year (2027). */
export const partialDateText = z.preprocess(
	// YAML reads 2025-08-15 as a date and 2027 as a number; both mean the text.
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
	z.string().refine((text) => partialDate(text) !== undefined, 'must be a real date written YYYY-MM-DD, YYYY-MM or YYYY'),
);

/** Words quoted from a passage, which must be in it (checked by the annotation index). */
export const passageWords = z.strictObject({ article: slug, passage: slug, words: plainText });
