/** Frontmatter schemas of the content collections (src/content.config.ts). */
import { z } from 'astro/zod';
import { citedTextProblems, plainTextProblem } from '../editorial/cited-text.ts';
import { isSlug } from './content-files.ts';
import { partialDate } from '../text/dates.ts';
import { REGISTER_KINDS } from '../editorial/register/register.ts';

const slug = z.string().refine(isSlug, 'must be a lower-case slug');

/** Text shown to readers as it is: no HTML (see editorial/cited-text.ts). */
const plainText = z
	.string()
	.min(1)
	.superRefine((text, ctx) => {
		const problem = plainTextProblem(text);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

/** Editorial prose whose claims cite passages as `[words](#passage-id)`, and nothing else. */
const citedText = z
	.string()
	.min(1)
	.superRefine((text, ctx) => {
		for (const message of citedTextProblems(text)) ctx.addIssue({ code: 'custom', message });
	});

/** A date known to a day, or only to a range; `display` words the range for readers. */
const knownDate = z
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
	.refine((a) => !a.updated || a.updated.earliest >= a.published.earliest, {
		message: 'updated must not be earlier than published',
		path: ['updated'],
	});

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

export type ArticleData = z.infer<typeof articleSchema>;
export type ThemeData = z.infer<typeof themeSchema>;

/** A publication an editor's note rests on: named, titled and dated where the page shows them, and read at its https address. */
const source = z.strictObject({
	publisher: plainText,
	title: plainText.optional(),
	date: z.coerce.date().optional(),
	url: z.httpUrl().refine((u) => u.startsWith('https:'), 'must be an https: address'),
});

/** Words as the analyses write them (forms) or as readers may (other forms). */
const form = plainText.refine((f) => f.trim() === f, 'must not start or end with a space');

export const registerEntrySchema = z.strictObject({
	/** The register's heading: the fullest form the analyses use, or the usual one. */
	name: plainText,
	/** Where the name files alphabetically, when not under its first word ("Putin, Vladimir"). */
	sortAs: plainText.optional(),
	kind: z.enum(REGISTER_KINDS),
	/** The words that name the entry in the analyses, matched as whole words, case exact (editorial/register/mentions.ts). */
	forms: z.array(form).min(1),
	/** Other usual spellings and abbreviations, so search finds the entry by them; none occurs in the analyses. */
	otherForms: z.array(form).default([]),
	/** What the analyses call the entry: their words, quoted from a passage. */
	roles: z.array(z.strictObject({ article: slug, passage: slug, words: plainText })).default([]),
	/** What the editor's note (the file's body) rests on; a note needs at least one. */
	sources: z.array(source).default([]),
});

export type RegisterEntryData = z.infer<typeof registerEntrySchema>;

/** A date as precisely as it is known: a day (2025-08-15), a month (2022-07) or a year (2027). */
const partialDateText = z.preprocess(
	// YAML reads 2025-08-15 as a date and 2027 as a number; both mean the text.
	(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value),
	z.string().refine((text) => partialDate(text) !== undefined, 'must be a real date written YYYY-MM-DD, YYYY-MM or YYYY'),
);

/** Words quoted from a passage, which must be in it (checked by the annotation index). */
const passageWords = z.strictObject({ article: slug, passage: slug, words: plainText });

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

export type EventData = z.infer<typeof eventSchema>;

/** An editor's note (the file's body, Markdown), on words of one passage. */
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

export type NoteData = z.infer<typeof noteSchema>;
