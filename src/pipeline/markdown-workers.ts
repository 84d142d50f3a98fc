/**
 * The site's unified pipeline (site-pipeline.ts) in worker threads, one per core: as Astro's
 * Markdown processor (themes, the register, events, notes, questions), and for the articles'
 * files, all rendered at once (articles/articles.ts), so the cores share the work.
 */
import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/markdown-remark';
import type { ArticleRegistry, PassageRegistry } from '../passages/registry.ts';
import { articleKey } from './rehype-passage-ids.ts';
import { WorkerPool, type WorkerPoolOptions } from './worker-pool.ts';

/** What the main thread sends a worker (markdown-worker.ts): Markdown, or a Markdown file's path. */
export type RenderRequest =
	| {
			content: string;
			/** The file's URL (a URL object cannot cross threads). */
			fileUrl?: string;
			frontmatter?: Record<string, unknown>;
	  }
	| {
			file: string;
			/** An article's entry in the passage registry, which the worker does not read itself. */
			registryEntry?: ArticleRegistry;
	  };

/** Each worker's heap: room for the files it renders (a theme of 3,000 synthetic analyses, 2.4 MB, takes up to 200 MB). */
const HEAP_MB = 256;

/**
 * `entry` is a worker module that renders RenderRequests (markdown-worker.ts). Astro's shared
 * Markdown options are not passed on: the worker's pipeline sets everything it needs.
 */
export function markdownInWorkers(entry: URL, options: WorkerPoolOptions = {}): MarkdownProcessor {
	const pool = new WorkerPool<RenderRequest, MarkdownRenderResult>(entry, { heapMb: HEAP_MB, ...options });
	return {
		name: 'unified-in-workers',
		options: {},
		createRenderer: async () => ({
			render: (content, options) => pool.run({ content, fileUrl: options?.fileURL?.href, frontmatter: options?.frontmatter }),
		}),
	};
}

/**
 * Each Markdown file (an absolute path) read and rendered in a worker of `entry`, all asked for at
 * once; an article's file goes with its entry in `registry`.
 */
export function renderFilesInWorkers(
	files: readonly string[],
	entry: URL,
	registry: PassageRegistry,
	options?: WorkerPoolOptions,
): Array<Promise<MarkdownRenderResult>> {
	const pool = new WorkerPool<RenderRequest, MarkdownRenderResult>(entry, { heapMb: HEAP_MB, ...options });
	return files.map((file) => {
		const rendered = pool.run({ file, registryEntry: registry.articles[articleKey(file)] });
		// Awaited in turn; a failure then stops the build, not an unhandled rejection before.
		rendered.catch(() => {});
		return rendered;
	});
}
