/**
 * The site's code fetched on intent (the search dialog, link previews, the selection link) is
 * loaded with plain dynamic imports. Vite wraps each in a helper that first preloads the imported
 * module's dependencies and CSS: 880 B gzip on every page, for nothing here, since those modules
 * import no CSS and, with module preloading off, Vite lists no dependencies for it to preload.
 * This plugin turns preloading off for the browser's build (Astro sets the option after the user's
 * build config, so it must be set per environment) and replaces the helper by one that just calls
 * the import. A dynamic import that comes to need preloading stops the build instead.
 */
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';
/** What Vite writes where an import has dependencies to preload. */
const PRELOAD_LIST = '__vite__mapDeps';

interface OutputChunk {
	type: 'chunk';
	fileName: string;
	code: string;
	moduleIds: string[];
	exports: string[];
}

/** The bundle with the helper's chunk made a pass-through; the files that need preloading, if any. */
export function plainDynamicImports(bundle: Record<string, { type: string }>): string[] {
	const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
	const preloading = chunks.filter((chunk) => chunk.code.includes(PRELOAD_LIST)).map((chunk) => chunk.fileName);
	if (preloading.length > 0) return preloading;
	for (const chunk of chunks) {
		if (chunk.moduleIds.length !== 1 || chunk.moduleIds[0] !== HELPER || chunk.exports.length !== 1) continue;
		chunk.code = `const load = (importer) => importer();\nexport { load as ${chunk.exports[0]} };\n`;
	}
	return [];
}

export const plainDynamicImportsPlugin = (): Plugin => ({
	name: 'plain-dynamic-imports',
	apply: 'build',
	configEnvironment: (name) => (name === 'client' ? { build: { modulePreload: false } } : undefined),
	generateBundle(_, bundle) {
		if (this.environment.name !== 'client') return;
		const preloading = plainDynamicImports(bundle);
		if (preloading.length > 0) this.error(`A dynamic import needs its dependencies or CSS preloaded (${preloading.join(', ')}); src/integrations/plain-dynamic-imports.ts assumes none does.`);
	},
});
