/**
 * Tells the built site's card route (pages/cards/[file].ts) where the card worker and the card
 * cache are. The route is bundled by the build, so it cannot find the worker beside itself; the
 * cache lives with the other build caches, in node_modules/.cache/, and outlives `dist/`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

export function cards({ cacheDir }: { cacheDir: string }): AstroIntegration {
	return {
		name: 'link-cards',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({
					vite: {
						define: {
							'import.meta.env.CARD_WORKER': JSON.stringify(pathToFileURL(path.join(import.meta.dirname, 'card-worker.ts')).href),
							'import.meta.env.CARD_CACHE': JSON.stringify(cacheDir),
						},
					},
				});
			},
		},
	};
}
