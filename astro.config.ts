import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';
import { checkLinks } from './src/integrations/check-links.ts';
import { typeface } from './src/typeface/typeface-integration.ts';
import { plainDynamicImportsPlugin } from './src/integrations/plain-dynamic-imports.ts';
import { CONTENT_DIR } from './src/config/content-paths.ts';
import { markdownInWorkers } from './src/pipeline/markdown-workers.ts';
import { APPARATUS } from './src/search/shared/apparatus.ts';
import { DEV_SITE_URL, MISSING_SITE_URL, readSiteUrl } from './src/config/site.ts';

/** The project's folder, whatever the working directory (the scale bench builds from another). */
const ROOT = import.meta.dirname;

// The content folder for every module of the build: bundled page code cannot find it from where it
// runs (src/config/content-paths.ts reads this first), and the workers inherit it.
process.env.CONTENT_DIR ??= CONTENT_DIR;

/**
 * Where a build keeps what outlives dist/ (drawn cards, formatted citations): in node_modules/.cache/,
 * or beside the output for a build of other content (fixtures, benchmarks), so that each keeps its own.
 */
const buildCache = (name: string) => (process.env.OUT_DIR ? `${path.resolve(process.env.OUT_DIR)}.${name}` : path.join(ROOT, 'node_modules/.cache', name));

/** The public origin, for canonical URLs, copied links, citations, the feed and the sitemap. */
const siteUrl = readSiteUrl(process.env.SITE_URL);

export default defineConfig({
	site: siteUrl ?? DEV_SITE_URL,
	integrations: [
		{
			// A build without SITE_URL would hand every reader links to localhost.
			name: 'require-site-url',
			hooks: {
				'astro:config:setup': ({ command }) => {
					if (command === 'build' && !siteUrl) throw new Error(MISSING_SITE_URL);
				},
			},
		},
		checkLinks(path.relative(process.cwd(), CONTENT_DIR)),
		typeface({ contentDir: CONTENT_DIR, srcDir: path.join(ROOT, 'src'), outDir: path.join(ROOT, 'node_modules/.typeface') }),
	],
	// Builds of other content folders (fixtures, benchmarks) keep their own output and cache.
	// (The cache sits beside the output: a build empties its outDir after the content is synced.)
	...(process.env.OUT_DIR && { outDir: process.env.OUT_DIR, cacheDir: `${path.resolve(process.env.OUT_DIR)}.cache` }),
	trailingSlash: 'always',
	// Two files or routes claiming one address fail the build rather than one silently winning.
	prerenderConflictBehavior: 'error',
	// A strict Content Security Policy in every page's <meta>: scripts and styles only from this
	// origin or by hash (Astro hashes the ones it renders). Pagefind compiles WebAssembly. What a
	// <meta> cannot carry (frame-ancestors) is in public/_headers.
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
	// Components' styles (src/styles/global.css says how the CSS is laid out) are kept in files, not
	// inlined, so that the CSP needs no hash for each and pages share them from the cache.
	build: { format: 'directory', inlineStylesheets: 'never' },
	vite: {
		// The search page's worker (src/search/client/worker.ts) imports Pagefind as a module.
		worker: { format: 'es' },
		// Worker threads run from the sources: the articles' Markdown (src/articles/articles.ts), the
		// article pages' citations (src/citation/citation-workers.ts) and the link cards
		// (src/pages/cards/[file].ts); bundled code cannot find them beside itself, nor the root,
		// which locates the articles' files (entries' `filePath` is relative to it), nor the caches.
		define: {
			'import.meta.env.PROJECT_ROOT': JSON.stringify(pathToFileURL(`${ROOT}/`).href),
			'import.meta.env.MARKDOWN_WORKER': JSON.stringify(new URL('./src/pipeline/markdown-worker.ts', import.meta.url).href),
			'import.meta.env.CITATION_WORKER': JSON.stringify(new URL('./src/citation/citation-worker.ts', import.meta.url).href),
			'import.meta.env.CITATION_CACHE': JSON.stringify(buildCache('citations')),
			'import.meta.env.CARD_WORKER': JSON.stringify(new URL('./src/cards/card-worker.ts', import.meta.url).href),
			'import.meta.env.CARD_CACHE': JSON.stringify(buildCache('cards')),
			// Search marks' and exact copy's selector, written into each of their scripts.
			'import.meta.env.APPARATUS': JSON.stringify(APPARATUS),
		},
		plugins: [plainDynamicImportsPlugin()],
		environments: {
			client: {
				build: {
					rolldownOptions: {
						output: {
							// A component's script is named after the component alone: Vite's suffix
							// (".astro_astro_type_script_index_0_lang") would be 37 bytes more in every page, for each script.
							entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
						},
					},
				},
			},
		},
		build: {
			// Astro inlines a small page script, which then needs a hash in every page's CSP and is
			// cached with no page: scripts are files (other assets keep Vite's rule).
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rolldownOptions: {
				onwarn(warning, warn) {
					// Printed once per article rendered as a module, and harmless (withastro/astro#18087).
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
	markdown: {
		// The texts have no code: no syntax highlighting (Shiki's inline styles would also break the CSP).
		syntaxHighlight: false,
		// The site's unified pipeline (src/pipeline/site-pipeline.ts), in a worker thread per core.
		processor: markdownInWorkers(new URL('./src/pipeline/markdown-worker.ts', import.meta.url)),
	},
});
