/** A worker of markdown-workers.ts: renders what it is sent with the site's pipeline. */
import { parentPort } from 'node:worker_threads';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { RenderReply, RenderRequest } from './markdown-workers.ts';
import { sitePipeline } from './site-pipeline.ts';

// No code blocks in these texts; Shiki's inline styles would also break the CSP.
const renderer = createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline() });

parentPort?.on('message', async ({ id, content, fileUrl, frontmatter }: RenderRequest) => {
	let reply: RenderReply;
	try {
		const result = await (await renderer).render(content, { ...(fileUrl && { fileURL: new URL(fileUrl) }), frontmatter });
		reply = { id, result };
	} catch (error) {
		reply = { id, error: error instanceof Error ? error.message : String(error) };
	}
	parentPort?.postMessage(reply);
});
