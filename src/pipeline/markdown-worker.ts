/** A worker of markdown-workers.ts: renders what it is sent with the site's pipeline. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { PassageRegistry } from '../passages/registry.ts';
import type { RenderRequest } from './markdown-workers.ts';
import { articleKey } from './rehype-passage-ids.ts';
import { sitePipeline } from './site-pipeline.ts';
import { answerRequests } from './worker-pool.ts';

/**
 * The registry entries of the articles being rendered, each sent with its file: a worker that read
 * the whole registry would hold it all (50 MB at 3,000 articles) for the one entry it needs.
 */
const registry: PassageRegistry = { version: 1, articles: {} };
// No code blocks in these texts; Shiki's inline styles would also break the CSP.
const renderer = createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline(registry) });

answerRequests(async (request: RenderRequest) => {
	if ('file' in request) {
		const article = articleKey(request.file);
		if (request.registryEntry) registry.articles[article] = request.registryEntry;
		try {
			// As Astro reads a Markdown module: blank frontmatter lines keep the body's line numbers.
			const { content, frontmatter } = parseFrontmatter(await readFile(request.file, 'utf8'), { frontmatter: 'empty-with-spaces' });
			return await (await renderer).render(content, { fileURL: pathToFileURL(request.file), frontmatter });
		} finally {
			delete registry.articles[article];
		}
	}
	const { content, fileUrl, frontmatter } = request;
	return (await renderer).render(content, { ...(fileUrl && { fileURL: new URL(fileUrl) }), frontmatter });
});
