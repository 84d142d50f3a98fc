/**
 * The site's unified pipeline (site-pipeline.ts) in worker threads, one per core: as Astro's
 * Markdown processor (themes, the register, events, notes, questions), and for the articles'
 * files, all rendered at once (articles/articles.ts), so the cores share the work.
 */
import { existsSync, statSync } from 'node:fs';
import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { REGISTRY_PATH } from '../config/content-paths.ts';
import { WorkerPool, type WorkerPoolOptions } from './worker-pool.ts';

/** What the main thread sends a worker (markdown-worker.ts): Markdown, or a Markdown file's path. */
export type RenderRequest =
	| {
			content: string;
			/** The file's URL (a URL object cannot cross threads). */
			fileUrl?: string;
			frontmatter?: Record<string, unknown>;
	  }
	| { file: string };

/**
 * Each worker's heap: room for one file's rendering, and for the passage registry every worker
 * reads whole, which takes about three times its file's size (50 MB live for the 17 MB of 3,000
 * articles; a fixed bound would stop a larger archive's build).
 */
const heapMb = () => 256 + Math.ceil((4 * (existsSync(REGISTRY_PATH) ? statSync(REGISTRY_PATH).size : 0)) / 2 ** 20);

/**
 * `entry` is a worker module that renders RenderRequests (markdown-worker.ts). Astro's shared
 * Markdown options are not passed on: the worker's pipeline sets everything it needs.
 */
export function markdownInWorkers(entry: URL, options: WorkerPoolOptions = {}): MarkdownProcessor {
	const pool = new WorkerPool<RenderRequest, MarkdownRenderResult>(entry, { heapMb: heapMb(), ...options });
	return {
		name: 'unified-in-workers',
		options: {},
		createRenderer: async () => ({
			render: (content, options) => pool.run({ content, fileUrl: options?.fileURL?.href, frontmatter: options?.frontmatter }),
		}),
	};
}

/** Each Markdown file (an absolute path) read and rendered in a worker of `entry`, all asked for at once. */
export function renderFilesInWorkers(files: readonly string[], entry: URL, options?: WorkerPoolOptions): Array<Promise<MarkdownRenderResult>> {
	const pool = new WorkerPool<RenderRequest, MarkdownRenderResult>(entry, { heapMb: heapMb(), ...options });
	return files.map((file) => {
		const rendered = pool.run({ file });
		// Awaited in turn; a failure then stops the build, not an unhandled rejection before.
		rendered.catch(() => {});
		return rendered;
	});
}
