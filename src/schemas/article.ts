/** An analysis: its provenance, as the received text gives it, and our summary. */
import { z } from 'astro/zod';
import { citedText, knownDate, plainText } from './fields.ts';

export const articleSchema = z
	.strictObject({
	title: plainText,
	/** Short label for tables and citations. */
	shortTitle: plainText.max(40),
	/** True when the received text has no title and the editors supplied this one. */
	titleSuppliedByEditors: z.boolean(),
	standfirst: plainText.nullable(),
	/** The byline as the received text gives it; null when it gives none. */
	byline: plainText.nullable(),
	/**
	 * The person the byline names, split as citations name them. Absent when it names no person
	 * (a role such as “Correspondent”, or no byline): citations then give no author.
	 */
	author: z.strictObject({ given: plainText, family: plainText }).optional(),
	/** What is known about authorship beyond the byline (or in place of a missing one). */
	attribution: plainText.optional(),
	authorBio: plainText.optional(),
	published: knownDate,
	updated: knownDate.optional(),
	/** The original's address; null when it is not known. */
	originalUrl: z.url().nullable(),
	provenance: plainText,
	source: z.strictObject({
		/** The received text, kept unchanged in content/sources/. */
		file: z.string().regex(/^[\w.-]+\.txt$/),
		/** Lines of the received text that are the hosting site's, not the author's. */
		chrome: z.array(z.string()),
	}),
	/** One to three sentences of ours; `[words](#passage-id)` links each claim to its passage. */
	summary: citedText,
	})
	.refine((a) => !a.author || (a.byline?.includes(a.author.given) && a.byline.includes(a.author.family)), {
		message: 'author must be the person the byline names (both parts of the name in the byline)',
		path: ['author'],
	})
	.refine((a) => !a.updated || a.updated.earliest >= a.published.earliest, {
		message: 'updated must not be earlier than published',
		path: ['updated'],
	});

export type ArticleData = z.infer<typeof articleSchema>;
