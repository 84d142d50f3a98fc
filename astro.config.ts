import path from 'node:path';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { readRegistry } from './src/lib/registry-file.ts';
import { DEFAULT_SITE_URL } from './src/site.ts';
import { CONTENT_DIR, markdownPipeline, REGISTRY_PATH } from './src/plugins/index.ts';
import { loadThemeIndex } from './src/plugins/theme-data.ts';

/** The public origin, for canonical URLs and copied links. Set SITE_URL when deploying. */
const site = process.env.SITE_URL ?? DEFAULT_SITE_URL;
const registry = readRegistry(REGISTRY_PATH);

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
		// No code blocks in these texts; Shiki's inline styles would also break the CSP.
		syntaxHighlight: false,
		processor: unified(
			markdownPipeline(registry, {
				themeIndex: loadThemeIndex(CONTENT_DIR, registry),
				onStale: (article, ids) =>
					console.warn(
						`[passages] ${article}: ${ids.join(', ')} matched edited text; run \`npm run passages:update\` to refresh their fingerprints.`,
					),
			}),
		),
	},
});
