/** A question of the synopsis (/compare/): asked neutrally, answered by each analysis or said not to be. */
import { z } from 'astro/zod';
import { citedText, plainText, slug } from './fields.ts';

/** An analysis's answer: our paraphrase, citing its passages, and the words that hold the point. */
const answer = z.strictObject({
	/** One or two sentences of ours, citing passages of the analysis as `[words](#passage-id)`. */
	answer: citedText,
	/** The analysis's own words that answer, from one of its passages (checked verbatim at build time). */
	quote: z.strictObject({ passage: slug, words: plainText }),
});

/** The analysis does not address the question: said so, with what it says nearby, if anything. */
const notAddressed = z.strictObject({
	doesNotAddress: z.literal(true),
	/** A sentence of ours on what the analysis says nearby, citing its passages. */
	nearby: citedText.optional(),
});

export const questionSchema = z.strictObject({
	/** The question as a reader would ask it, worded neutrally. */
	question: plainText,
	/** The themes it belongs to; the first groups it on /compare/. */
	themes: z.array(slug).min(1),
	/** Its place within its first theme's group. */
	order: z.number().int(),
	/** Article slug → its answer, or that it does not address the question: one for every analysis. */
	answers: z.record(slug, z.union([answer, notAddressed])),
	/** A neutral line of ours on how the answers compare: where they agree, differ, or one is silent. */
	comparison: plainText.optional(),
	/**
	 * Ids this question has shipped under before, or of questions merged into it: their anchors
	 * (/compare/#id) land on its row. Every id in content/questions.lock.json must be a question's
	 * or named here.
	 */
	formerIds: z.array(slug).default([]),
});

export type QuestionData = z.infer<typeof questionSchema>;
