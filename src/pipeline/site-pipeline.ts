/**
 * The site's own Markdown pipeline, with the content folder's passage registry; renders that meet
 * edited text say so.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { readRegistry } from '../passages/registry-file.ts';
import type { PassageRegistry } from '../passages/registry.ts';
import { ARTICLES_DIR, REGISTRY_PATH } from '../config/content-paths.ts';
import { markdownPipeline } from './markdown-pipeline.ts';

/**
 * `registry` gives the articles' passage ids: the whole registry (siteRegistry), or in a Markdown
 * worker the entries of the articles it is rendering (markdown-worker.ts).
 */
export function sitePipeline(registry: PassageRegistry): UnifiedProcessorOptions {
	return markdownPipeline(registry, {
		onStale: (article, ids) =>
			console.warn(`[passages] ${article}: ${ids.join(', ')} matched edited text; run \`npm run passages:update\` to refresh their fingerprints.`),
	});
}

/** The content folder's passage registry, read once for the build, with no entry for an article that is gone. */
export function siteRegistry(): PassageRegistry {
	const registry = readRegistry(REGISTRY_PATH);
	const articles = new Set(readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)));
	const orphans = Object.keys(registry.articles).filter((slug) => !articles.has(slug));
	if (orphans.length > 0) {
		throw new Error(
			`${path.relative(process.cwd(), REGISTRY_PATH)}: lists ${orphans.map((s) => `"${s}"`).join(', ')}, with no file in ` +
				`${path.relative(process.cwd(), ARTICLES_DIR)}/; if the article was removed on purpose, run \`npm run passages:update\` to drop its entry`,
		);
	}
	return registry;
}
