/** An entry of the register: a person, state or organisation the analyses name, by the words they use. */
import { z } from 'astro/zod';
import { REGISTER_KINDS } from '../editorial/register/register.ts';
import { plainText, slug, source } from './fields.ts';

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
