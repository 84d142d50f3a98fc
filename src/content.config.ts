/**
 * The articles collection. Every field a reader sees about provenance is validated here, so an
 * article cannot ship with a missing byline note, an impossible date or a summary without sources.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { ARTICLES_DIR } from './plugins/index.ts';

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
	/** Short label for tables and citations. */
	shortTitle: z.string().min(1).max(40),
});

export const collections = {
	articles: defineCollection({
		loader: glob({ pattern: '*.md', base: ARTICLES_DIR }),
		schema: articleSchema,
	}),
};
