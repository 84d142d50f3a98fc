/** A worker of markdown-workers.ts: renders what it is sent with the site's pipeline. */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import type { RenderRequest } from './markdown-workers.ts';
import { sitePipeline } from './site-pipeline.ts';
import { answerRequests } from './worker-pool.ts';

// No code blocks in these texts; Shiki's inline styles would also break the CSP.
const renderer = createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline() });

answerRequests(async (request: RenderRequest) => {
	if ('file' in request) {
		// As Astro reads a Markdown module: blank frontmatter lines keep the body's line numbers.
		const { content, frontmatter } = parseFrontmatter(await readFile(request.file, 'utf8'), { frontmatter: 'empty-with-spaces' });
		return (await renderer).render(content, { fileURL: pathToFileURL(request.file), frontmatter });
	}
	const { content, fileUrl, frontmatter } = request;
	return (await renderer).render(content, { ...(fileUrl && { fileURL: new URL(fileUrl) }), frontmatter });
});
