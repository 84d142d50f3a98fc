/**
 * Worker threads that answer requests, one per core by default, for the build's CPU-bound steps
 * (Markdown: markdown-workers.ts; citations: citation/citation-workers.ts): a request goes to the
 * worker with the fewest waiting, and its reply finds its way back to it. The worker module calls
 * `answerRequests` with what it does.
 */
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

interface Message<Request> {
	id: number;
	request: Request;
}
type Reply<Result> = { id: number; result: Result } | { id: number; error: string };

interface Pending<Result> {
	resolve(result: Result): void;
	reject(error: Error): void;
}

interface PoolWorker<Result> {
	worker: Worker;
	pending: Map<number, Pending<Result>>;
}

export interface WorkerPoolOptions {
	/** Workers to start; one per core by default. */
	size?: number;
	/**
	 * Workers stop after this long without a request, and start again with the next one. The dev
	 * server makes a new processor each time the config reloads; the old one's workers go away. A
	 * build's collections are rendered before it bundles, and their workers go before the articles'
	 * start: two pools at once held a gigabyte more.
	 */
	idleMs?: number;
	/**
	 * The most each worker's heap may hold, in MB. Unbounded, V8 lets a busy worker's garbage grow to
	 * gigabytes before collecting it, and every worker's heap counts in the build's memory.
	 */
	heapMb?: number;
}

export class WorkerPool<Request, Result> {
	#workers: Array<PoolWorker<Result>> = [];
	#nextId = 0;
	#idleTimer: NodeJS.Timeout | undefined;
	/** Why a worker stopped (a module that cannot load, such as wrong theme tagging): every request fails with it. */
	#failure: Error | undefined;

	readonly #entry: URL;
	readonly #size: number;
	readonly #idleMs: number;
	readonly #heapMb: number | undefined;

	constructor(entry: URL, { size = availableParallelism(), idleMs = 2_000, heapMb }: WorkerPoolOptions = {}) {
		this.#entry = entry;
		this.#size = size;
		this.#idleMs = idleMs;
		this.#heapMb = heapMb;
	}

	run(request: Request): Promise<Result> {
		if (this.#failure) return Promise.reject(this.#failure);
		clearTimeout(this.#idleTimer);
		if (this.#workers.length === 0) this.#workers = Array.from({ length: this.#size }, () => this.#start());
		const least = this.#workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
		const id = this.#nextId++;
		return new Promise((resolve, reject) => {
			least.pending.set(id, { resolve, reject });
			least.worker.ref();
			least.worker.postMessage({ id, request } satisfies Message<Request>);
		});
	}

	#start(): PoolWorker<Result> {
		const worker = new Worker(this.#entry, this.#heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.#heapMb } } : {});
		const pending = new Map<number, Pending<Result>>();
		worker.on('message', (reply: Reply<Result>) => {
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

/** In a worker of a WorkerPool: answers each request with `handle`'s result, or its error's message. */
export function answerRequests<Request, Result>(handle: (request: Request) => Result | Promise<Result>): void {
	parentPort?.on('message', async ({ id, request }: Message<Request>) => {
		let reply: Reply<Result>;
		try {
			reply = { id, result: await handle(request) };
		} catch (error) {
			reply = { id, error: error instanceof Error ? error.message : String(error) };
		}
		parentPort?.postMessage(reply);
	});
}
