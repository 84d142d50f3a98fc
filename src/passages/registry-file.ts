/** Reading and writing content/passages.lock.json, validated so a hand-edit error names itself. */
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { type PassageRegistry, registryProblems } from './registry.ts';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug');

const registrySchema = z.strictObject({
	$comment: z.string().optional(),
	version: z.literal(1),
	articles: z.record(
		slug,
		z.strictObject({
			passages: z.array(
				z.strictObject({
					id: slug,
					hash: z.string().regex(/^[0-9a-f]{16}$/),
					sketch: z.string().regex(/^[0-9a-f]{8}( [0-9a-f]{8})*$/),
					excerpt: z.string(),
				}),
			),
			retired: z.array(z.strictObject({ id: slug, successor: slug, excerpt: z.string() })),
		}),
	),
});

const REGISTRY_COMMENT =
	'Permanent passage ids. Written by `npm run passages:update`, checked by every build; see README.md, "Passage ids".';

export function parseRegistry(json: string, path: string): PassageRegistry {
	let data: unknown;
	try {
		data = JSON.parse(json);
	} catch (error) {
		throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
	}
	const result = registrySchema.safeParse(data);
	if (!result.success) {
		const issues = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
		throw new Error(`${path}: malformed passage registry\n${issues.join('\n')}`);
	}
	const { version, articles } = result.data;
	// Structural faults first, so a duplicate id is reported as one rather than as what it breaks later.
	const problems = Object.entries(articles).flatMap(([slug, entry]) => registryProblems(entry).map((p) => `  - ${slug}: ${p}`));
	if (problems.length > 0) throw new Error(`${path}: malformed passage registry\n${problems.join('\n')}`);
	return { version, articles };
}

export function readRegistry(path: string): PassageRegistry {
	return parseRegistry(readFileSync(path, 'utf8'), path);
}

export function serializeRegistry(registry: PassageRegistry): string {
	const sorted = Object.fromEntries(Object.entries(registry.articles).sort(([a], [b]) => a.localeCompare(b)));
	return `${JSON.stringify({ $comment: REGISTRY_COMMENT, version: registry.version, articles: sorted }, null, '\t')}\n`;
}

export function writeRegistry(path: string, registry: PassageRegistry): void {
	writeFileSync(path, serializeRegistry(registry));
}
