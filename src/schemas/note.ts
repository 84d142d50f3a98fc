/** An editor's note (the file's body, Markdown), on words of one passage. */
import { z } from 'astro/zod';
import { partialDateText, plainText, slug, source } from './fields.ts';

export const noteSchema = z.strictObject({
	article: slug,
	passage: slug,
	/** The author's words the note is on, exactly one place in the passage (checked by the annotation index). */
	phrase: plainText,
	/** When the phrase is a date ("this Friday"): the day, month or year it means. */
	date: partialDateText.optional(),
	/** The timeline's event the note is about: the note links to it, and shows its sources. */
	event: slug.optional(),
	/** What the note rests on, beyond the analyses and the event's own sources. */
	sources: z.array(source).default([]),
});
