/** A worker of markdown-workers.ts: renders what it is sent with the site's pipeline. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import type { RenderRequest } from './markdown-workers.ts';
import { sitePipeline } from './site-pipeline.ts';
import { answerRequests } from './worker-pool.ts';

// No code blocks in these texts; Shiki's inline styles would also break the CSP.
const renderer = createMarkdownProcessor({ syntaxHighlight: false, ...sitePipeline() });

answerRequests(async ({ content, fileUrl, frontmatter }: RenderRequest) => (await renderer).render(content, { ...(fileUrl && { fileURL: new URL(fileUrl) }), frontmatter }));
