/**
 * Worker threads that answer requests, one per core by default, for the build's CPU-bound steps
 * (Markdown: markdown-workers.ts; citations: citation/citation-workers.ts): requests wait in the
 * pool until a worker has room (IN_FLIGHT), and each reply finds its way back. The worker module
 * calls `answerRequests` with what it does.
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

interface Queued<Request, Result> {
	request: Request;
	waiting: Pending<Result>;
}

/**
 * The requests a worker holds at once: enough that it never waits for a busy main thread to send the
 * next, few enough to hold little. A worker sent all of them at once starts them all: at 3,000
 * analyses, each Markdown worker held hundreds of files read and half rendered.
 */
export const IN_FLIGHT = 4;

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
	/** Requests no worker has room for yet, first come first sent. */
	#queue: Array<Queued<Request, Result>> = [];
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
		return new Promise((resolve, reject) => {
			this.#queue.push({ request, waiting: { resolve, reject } });
			this.#send();
		});
	}

	/** Sends waiting requests to the workers with room for them. */
	#send() {
		for (const { worker, pending } of this.#workers) {
			while (pending.size < IN_FLIGHT && this.#queue.length > 0) {
				const { request, waiting } = this.#queue.shift()!;
				const id = this.#nextId++;
				pending.set(id, waiting);
				worker.ref();
				worker.postMessage({ id, request } satisfies Message<Request>);
			}
		}
	}

	#start(): PoolWorker<Result> {
		const worker = new Worker(this.#entry, this.#heapMb ? { resourceLimits: { maxOldGenerationSizeMb: this.#heapMb } } : {});
		const pending = new Map<number, Pending<Result>>();
		worker.on('message', (reply: Reply<Result>) => {
			const waiting = pending.get(reply.id);
			pending.delete(reply.id);
			if ('error' in reply) waiting?.reject(new Error(reply.error));
			else waiting?.resolve(reply.result);
			this.#send();
			if (pending.size === 0) this.#rest(worker);
		});
		worker.on('error', (error) => {
			this.#failure ??= error;
			for (const waiting of [...pending.values(), ...this.#queue.map((queued) => queued.waiting)]) waiting.reject(error);
			pending.clear();
			this.#queue = [];
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
