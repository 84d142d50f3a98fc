import path from 'node:path';
import { defineConfig } from 'astro/config';
import { markdownInWorkers } from './src/plugins/markdown-workers.ts';
import { DEFAULT_SITE_URL } from './src/site.ts';

/** The public origin, for canonical URLs and copied links. Set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;

export default defineConfig({
	site,
	// Builds of other content folders (fixtures, benchmarks) keep their own output and cache.
	// (The cache sits beside the output: a build empties its outDir after the content is synced.)
	...(process.env.OUT_DIR && { outDir: process.env.OUT_DIR, cacheDir: `${path.resolve(process.env.OUT_DIR)}.cache` }),
	trailingSlash: 'always',
	// A strict Content Security Policy in every page's <meta>: scripts and styles only from this
	// origin or by hash (Astro hashes the ones it renders). Pagefind compiles WebAssembly.
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
	build: { format: 'directory' },
	vite: {
		// The search page's worker (src/scripts/search-worker.ts) imports Pagefind as a module.
		worker: { format: 'es' },
		build: {
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
		// The site's unified pipeline (src/plugins/site-pipeline.ts), in a worker thread per core.
		processor: markdownInWorkers(new URL('./src/plugins/markdown-worker.ts', import.meta.url)),
	},
});
