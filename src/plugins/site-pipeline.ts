/**
 * The site's own Markdown pipeline: the content folder's passage registry and theme tagging
 * (theme-data.ts refuses tagging that is wrong); renders that meet edited text say so.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { readRegistry } from '../lib/registry-file.ts';
import { CONTENT_DIR, markdownPipeline, REGISTRY_PATH } from './index.ts';
import { loadThemeIndex } from './theme-data.ts';

export function sitePipeline(): UnifiedProcessorOptions {
	const registry = readRegistry(REGISTRY_PATH);
	return markdownPipeline(registry, {
		themeIndex: loadThemeIndex(CONTENT_DIR, registry),
		onStale: (article, ids) =>
			console.warn(`[passages] ${article}: ${ids.join(', ')} matched edited text; run \`npm run passages:update\` to refresh their fingerprints.`),
	});
}
