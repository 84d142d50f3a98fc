/**
 * content/questions.lock.json: every question id the synopsis has shipped, so that none of its
 * anchors (/compare/#id) dies unnoticed (shippedQuestionProblems in questions.ts). Added to by
 * hand when a question is published; an id leaves it never.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { slug } from '../../schemas/fields.ts';

const lockSchema = z.object({ shipped: z.array(slug) });

/** The shipped ids, or undefined where the content has none recorded (fixtures, benchmarks). */
export function readShippedQuestions(file: string): string[] | undefined {
	if (!existsSync(file)) return undefined;
	const parsed = lockSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
	if (!parsed.success) throw new Error(`${file}: expected { "shipped": [question ids] }: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
	return parsed.data.shipped;
}
