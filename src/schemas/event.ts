/** An event of the timeline: dated as precisely as known, sourced, and tied to the passages that discuss it. */
import { z } from 'astro/zod';
import { partialDate } from '../text/dates.ts';
import { partialDateText, passageWords, plainText, source } from './fields.ts';

export const eventSchema = z
	.strictObject({
		title: plainText,
		/** The event as a sentence names it ("the Alaska summit"), for the line that places an analysis. */
		named: plainText,
		/** When it happened (or is expected), as precisely as known. */
		date: partialDateText,
		/** The last day, month or year of an event that lasted longer than its date. */
		until: partialDateText.optional(),
		/** Expected, not yet happened when the analyses were written: the date is a forecast. */
		expected: z.boolean().default(false),
		/** Our one line: what happened, neutrally. */
		description: plainText,
		/** The passages that discuss the event, each by the words that do. */
		passages: z.array(passageWords).min(1),
		/** Where the date comes from: publications read at their https address. */
		sources: z.array(source).default([]),
		/** Where no source was found: the passage whose own words date the event, which the timeline then attributes to it. */
		datedBy: passageWords.optional(),
	})
	.refine((e) => !e.until || partialDate(e.until)!.latest >= partialDate(e.date)!.earliest, { message: 'until must not be before date', path: ['until'] })
	.refine((e) => e.sources.length > 0 || e.datedBy, { message: 'an event needs sources, or datedBy naming the passage that dates it', path: ['sources'] });
