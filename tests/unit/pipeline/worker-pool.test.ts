import { describe, expect, it } from 'vitest';
import { IN_FLIGHT, WorkerPool } from '../../../src/pipeline/worker-pool.ts';

const HOLDS_MEMORY = new URL('../../fixtures/workers/holds-memory.ts', import.meta.url);
const COUNTS_IN_FLIGHT = new URL('../../fixtures/workers/counts-in-flight.ts', import.meta.url);

describe('WorkerPool', () => {
	it('keeps each worker within its heap: one that outgrows it fails its request, not the machine', async () => {
		const bounded = new WorkerPool<number, number>(HOLDS_MEMORY, { size: 1, heapMb: 64 });
		expect(await bounded.run(8)).toBe(1);
		await expect(bounded.run(256)).rejects.toThrow(/memory/i);
		const unbounded = new WorkerPool<number, number>(HOLDS_MEMORY, { size: 1, idleMs: 10 });
		expect(await unbounded.run(256)).toBe(1);
	});

	it('gives each worker IN_FLIGHT requests at a time, however many are asked for at once, and answers them all', async () => {
		const pool = new WorkerPool<null, number>(COUNTS_IN_FLIGHT, { size: 2, idleMs: 10 });
		const most = await Promise.all(Array.from({ length: 10 * IN_FLIGHT }, () => pool.run(null)));
		expect(most).toHaveLength(10 * IN_FLIGHT);
		// Never idle, never the whole queue in its heap.
		expect(Math.max(...most)).toBe(IN_FLIGHT);
	});
});
