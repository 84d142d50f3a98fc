/**
 * What the passage registry should say about the articles as they are now: the same matching the
 * build does, through the same Markdown pipeline, but allowed to coin and retire ids.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { EMPTY_ARTICLE, emptyArticleRegistry, type PassageRegistry, resolvePassageIds, updateArticleRegistry } from './registry.ts';
import { parseRegistry, serializeRegistry } from './registry-file.ts';
import { markdownPipeline } from '../pipeline/markdown-pipeline.ts';
import { articleKey } from '../pipeline/rehype-passage-ids.ts';
import type { PassageRecord } from '../pipeline/page-data.ts';
import { recordedPassages } from '../pipeline/page-data.ts';

interface RegistrySync {
	next: PassageRegistry;
	/** One line per id added, kept for an edited passage, or retired. */
	changes: string[];
	inStep: boolean;
}

interface RenderedArticle {
	/** The file name, e.g. "axis-of-pragmatism.md". */
	name: string;
	key: string;
	passages: PassageRecord[];
	headingIds: Set<string>;
}

/** Every article's passages as the build sees them (through the same pipeline, ids not yet assigned). */
export async function renderArticles(registry: PassageRegistry, articlesDir: string): Promise<RenderedArticle[]> {
	const renderer = await unified(markdownPipeline(registry, { mode: 'collect', articlesDir })).createRenderer({});
	const rendered: RenderedArticle[] = [];
	for (const name of readdirSync(articlesDir).filter((f) => f.endsWith('.md')).sort()) {
		const filePath = path.join(articlesDir, name);
		const { content } = parseFrontmatter(readFileSync(filePath, 'utf8'));
		const { metadata } = await renderer.render(content, { fileURL: new URL(`file://${filePath}`) });
		rendered.push({
			name,
			key: articleKey(name),
			passages: recordedPassages(metadata.frontmatter)?.passages ?? [],
			headingIds: new Set(metadata.headings.map((heading) => heading.slug)),
		});
	}
	return rendered;
}

/**
 * The registry the articles now call for. Throws, writing nothing, where the build would still
 * refuse the result (an empty article), so `passages:update` never writes a registry the build rejects.
 */
export async function syncRegistry(registry: PassageRegistry, articlesDir: string): Promise<RegistrySync> {
	const rendered = await renderArticles(registry, articlesDir);
	const empty = rendered.filter((a) => a.passages.length === 0).map((a) => `  - ${a.name}: ${EMPTY_ARTICLE}`);
	if (empty.length > 0) throw new Error(`Passage registry not updated:\n${empty.join('\n')}`);

	const present = new Set(rendered.map((a) => a.key));
	const next: PassageRegistry = { version: 1, articles: {} };
	const changes: string[] = Object.keys(registry.articles)
		.filter((key) => !present.has(key))
		.map((key) => `${key}.md: no such article any more; its entry and ids are removed (links to it will find no page)`);
	for (const { name, key, passages, headingIds } of rendered) {
		const update = updateArticleRegistry(registry.articles[key] ?? emptyArticleRegistry(), passages.map((p) => p.text), headingIds);
		next.articles[key] = update.registry;
		for (const id of update.added) changes.push(`${name}: new passage id "${id}"`);
		for (const m of update.rematched) changes.push(`${name}: "${m.id}" kept for edited passage ${m.index + 1} (${m.kind} match)`);
		for (const r of update.retired) changes.push(`${name}: retired "${r.id}" ("${r.excerpt}"); links to it now land on "${r.successor}"`);
	}
	// What the build will do with it: the schema and structure, then every article's passages resolved.
	const serialized = serializeRegistry(next);
	parseRegistry(serialized, 'the updated passage registry');
	for (const { name, key, passages, headingIds } of rendered) {
		resolvePassageIds(`content/articles/${name}`, next.articles[key], passages.map((p) => p.text), headingIds);
	}
	return { next, changes, inStep: serialized === serializeRegistry(registry) };
}
