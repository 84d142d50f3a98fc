/**
 * An Astro Markdown processor that runs the site's unified pipeline (site-pipeline.ts) in worker
 * threads, one per core. Astro compiles every article into its own module and awaits each
 * render, so renders queue up and the other cores share them: at 3,000 articles rendering is
 * most of the build, and the main thread alone would leave a core idle.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MarkdownProcessor, MarkdownRenderResult } from '@astrojs/markdown-remark';

/** What the main thread sends a worker, and what comes back. */
export interface RenderRequest {
	id: number;
	content: string;
	/** The file's URL (a URL object cannot cross threads). */
	fileUrl?: string;
	frontmatter?: Record<string, unknown>;
}
export type RenderReply = { id: number; result: MarkdownRenderResult } | { id: number; error: string };

interface Pending {
	resolve(result: MarkdownRenderResult): void;
	reject(error: Error): void;
}

interface PoolWorker {
	worker: Worker;
	pending: Map<number, Pending>;
}

interface WorkerPoolOptions {
	/** Workers to start; one per core by default. */
	size?: number;
	/**
	 * Workers stop after this long without a render, and start again with the next one. The dev
	 * server makes a new processor each time the config reloads; the old one's workers go away.
	 */
	idleMs?: number;
}

/** Workers that each answer RenderRequests; a render goes to the worker with the fewest waiting. */
class WorkerPool {
	#workers: PoolWorker[] = [];
	#nextId = 0;
	#idleTimer: NodeJS.Timeout | undefined;
	/** Why a worker stopped (a pipeline that cannot load, such as wrong theme tagging): every render fails with it. */
	#failure: Error | undefined;

	readonly #entry: URL;
	readonly #size: number;
	readonly #idleMs: number;

	constructor(entry: URL, size: number, idleMs: number) {
		this.#entry = entry;
		this.#size = size;
		this.#idleMs = idleMs;
	}

	render(request: Omit<RenderRequest, 'id'>): Promise<MarkdownRenderResult> {
		if (this.#failure) return Promise.reject(this.#failure);
		clearTimeout(this.#idleTimer);
		if (this.#workers.length === 0) this.#workers = Array.from({ length: this.#size }, () => this.#start());
		const least = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			least.pending.set(id, { resolve, reject });
			least.worker.ref();
			least.worker.postMessage({ ...request, id } satisfies RenderRequest);
		});
	}

	#start(): PoolWorker {
		const worker = new Worker(this.#entry);
		const pending = new Map<number, Pending>();
		worker.on('message', (reply: RenderReply) => {
			const waiting = pending.get(reply.id);
			pending.delete(reply.id);
			if ('error' in reply) waiting?.reject(new Error(reply.error));
			else waiting?.resolve(reply.result);
			if (pending.size === 0) this.#rest(worker);
		});
		worker.on('error', (error) => {
			this.#failure ??= error;
			for (const waiting of pending.values()) waiting.reject(error);
			pending.clear();
		});
		return { worker, pending };
	}

	/** An idle worker must not keep the process alive once the build is done. */
	#rest(worker: Worker) {
		worker.unref();
		if (this.#workers.some((w) => w.pending.size > 0)) return;
		this.#idleTimer = setTimeout(() => {
			for (const { worker } of this.#workers) void worker.terminate();
			this.#workers = [];
		}, this.#idleMs).unref();
	}
}

/**
 * `entry` is a worker module that answers RenderRequests (markdown-worker.ts). Astro's shared
 * Markdown options are not passed on: the worker's pipeline sets everything it needs.
 */
export function markdownInWorkers(entry: URL, { size = availableParallelism(), idleMs = 10_000 }: WorkerPoolOptions = {}): MarkdownProcessor {
	const pool = new WorkerPool(entry, size, idleMs);
	return {
		name: 'unified-in-workers',
		options: {},
		createRenderer: async () => ({
			render: (content, options) => pool.render({ content, fileUrl: options?.fileURL?.href, frontmatter: options?.frontmatter }),
		}),
	};
}
