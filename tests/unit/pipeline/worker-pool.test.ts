import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../src/pipeline/worker-pool.ts';

const HOLDS_MEMORY = new URL('../../fixtures/workers/holds-memory.ts', import.meta.url);

describe('WorkerPool', () => {
	it('keeps each worker within its heap: one that outgrows it fails its request, not the machine', async () => {
		const bounded = new WorkerPool<number, number>(HOLDS_MEMORY, { size: 1, heapMb: 64 });
		expect(await bounded.run(8)).toBe(1);
		await expect(bounded.run(256)).rejects.toThrow(/memory/i);
		const unbounded = new WorkerPool<number, number>(HOLDS_MEMORY, { size: 1, idleMs: 10 });
		expect(await unbounded.run(256)).toBe(1);
	});
});
