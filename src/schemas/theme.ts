/** A theme: its definition, its tagging of passages, and each analysis's position. */
import { z } from 'astro/zod';
import { citedText, plainText, slug } from './fields.ts';

export const themeSchema = z.strictObject({
	title: plainText,
	/** Position in lists and in the home page's matrix. */
	order: z.number().int(),
	/** One sentence: what the theme covers. */
	definition: plainText,
	/**
	 * Words whose presence makes a passage clearly about the theme. A tagged passage without one
	 * needs a `note` saying why it belongs (checked by the tests).
	 */
	keywords: z.array(z.string().min(1)).default([]),
	/** Other themes to read next. */
	related: z.array(slug).default([]),
	/** The tagging: article slug → the passages (by permanent id) that treat the theme. */
	passages: z.record(slug, z.array(z.strictObject({ id: slug, note: plainText.optional() })).min(1)),
	/** Article slug → a one-line position, citing passages as `[words](#passage-id)`. */
	positions: z.record(slug, citedText),
	/** Article slug → why the analysis is not tagged (it does not address the theme). */
	absent: z.record(slug, plainText).default({}),
});
