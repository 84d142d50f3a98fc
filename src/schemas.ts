/**
 * Frontmatter schemas, shared by the content collections (src/content.config.ts) and the
 * config-time loader of theme data (src/plugins/theme-data.ts), so both validate alike.
 */
import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');

/** A date known to a day, or only to a range; `display` words the range for readers. */
const knownDate = z
	.strictObject({
		earliest: z.coerce.date(),
		latest: z.coerce.date(),
		/** How readers see it when the range is not a single day, e.g. "late August 2025". */
		display: z.string().optional(),
		/** The date exactly as printed in the received text, if it printed one. */
		asPrinted: z.string().optional(),
		/** What the date (or its missing parts) is inferred from. */
		basis: z.string().min(1),
	})
	.refine((d) => d.earliest <= d.latest, { message: 'earliest must not be after latest' });

export const articleSchema = z.strictObject({
	title: z.string().min(1),
	/** Short label for tables and citations. */
	shortTitle: z.string().min(1).max(40),
	/** True when the received text has no title and the editors supplied this one. */
	titleSuppliedByEditors: z.boolean(),
	standfirst: z.string().min(1).nullable(),
	/** The byline as the received text gives it; null when it gives none. */
	byline: z.string().min(1).nullable(),
	/** What is known about authorship beyond the byline (or in place of a missing one). */
	attribution: z.string().min(1).optional(),
	authorBio: z.string().min(1).optional(),
	published: knownDate,
	updated: knownDate.optional(),
	/** The original's address; null when it is not known. */
	originalUrl: z.url().nullable(),
	provenance: z.string().min(1),
	source: z.strictObject({
		/** The received text, kept unchanged in content/sources/. */
		file: z.string().regex(/^[\w.-]+\.txt$/),
		/** Lines of the received text that are the hosting site's, not the author's. */
		chrome: z.array(z.string()),
	}),
	/** One to three sentences of ours; `[words](#passage-id)` links each claim to its passage. */
	summary: z.string().min(1),
});

export const themeSchema = z.strictObject({
	title: z.string().min(1),
	/** Position in lists and in the home page's matrix. */
	order: z.number().int(),
	/** One sentence: what the theme covers. */
	definition: z.string().min(1),
	/**
	 * Words whose presence makes a passage clearly about the theme. A tagged passage without one
	 * needs a `note` saying why it belongs (checked by the tests).
	 */
	keywords: z.array(z.string().min(1)).default([]),
	/** Other themes to read next. */
	related: z.array(slug).default([]),
	/** The tagging: article slug → the passages (by permanent id) that treat the theme. */
	passages: z.record(slug, z.array(z.strictObject({ id: slug, note: z.string().min(1).optional() })).min(1)),
	/** Article slug → a one-line position, citing passages as `[words](#passage-id)`. */
	positions: z.record(slug, z.string().min(1)),
	/** Article slug → why the analysis is not tagged (it does not address the theme). */
	absent: z.record(slug, z.string().min(1)).default({}),
});

export type ArticleData = z.infer<typeof articleSchema>;
export type ThemeData = z.infer<typeof themeSchema>;
