/**
 * An Astro Markdown processor that runs the site's unified pipeline (site-pipeline.ts) in worker
 * threads, one per core. Astro compiles every article into its own module and awaits each
 * render, so renders queue up and the other cores share them: at 3,000 articles rendering is
 * most of the build, and the main thread alone would leave a core idle.
 */
import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { WorkerPool, type WorkerPoolOptions } from './worker-pool.ts';

/** What the main thread sends a worker (markdown-worker.ts). */
export interface RenderRequest {
	content: string;
	/** The file's URL (a URL object cannot cross threads). */
	fileUrl?: string;
	frontmatter?: Record<string, unknown>;
}

/**
 * `entry` is a worker module that renders RenderRequests (markdown-worker.ts). Astro's shared
 * Markdown options are not passed on: the worker's pipeline sets everything it needs.
 */
export function markdownInWorkers(entry: URL, options: WorkerPoolOptions = {}): MarkdownProcessor {
	const pool = new WorkerPool<RenderRequest, MarkdownRenderResult>(entry, options);
	return {
		name: 'unified-in-workers',
		options: {},
		createRenderer: async () => ({
			render: (content, options) => pool.run({ content, fileUrl: options?.fileURL?.href, frontmatter: options?.frontmatter }),
		}),
	};
}
