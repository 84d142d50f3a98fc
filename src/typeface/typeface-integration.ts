/**
 * Cuts the text face to the site's characters before Vite starts, into a folder the `@typeface`
 * alias names: the stylesheet's url()s and the preload then get hashed, immutable /_astro/ names
 * like any other asset. The characters come from the content and the templates, so a new analysis
 * in another script brings its letters with it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { characterSet, subsetFace, TEXT_FACES, textFiles } from './text-face.ts';

const SOURCES = ['.md', '.yaml', '.yml', '.json', '.astro', '.ts'];

export function typeface({ contentDir, srcDir, outDir }: { contentDir: string; srcDir: string; outDir: string }): AstroIntegration {
	return {
		name: 'typeface',
		hooks: {
			'astro:config:setup': async ({ updateConfig, logger }) => {
				const packageDir = path.dirname(createRequire(import.meta.url).resolve('source-serif/package.json'));
				const characters = characterSet([...textFiles(contentDir, SOURCES), ...textFiles(srcDir, SOURCES)]);
				mkdirSync(outDir, { recursive: true });
				let bytes = 0;
				for (const face of TEXT_FACES) {
					const subset = await subsetFace(packageDir, face, characters);
					writeFileSync(path.join(outDir, face.file), subset);
					bytes += subset.byteLength;
				}
				logger.info(`text face cut to ${characters.length} characters: ${(bytes / 1024).toFixed(1)} KB in ${TEXT_FACES.length} files`);
				updateConfig({ vite: { resolve: { alias: { '@typeface': outDir } } } });
			},
		},
	};
}
