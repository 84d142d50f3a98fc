/**
 * A build cache kept in a folder, one file a result, each named by a hash of what made it (the
 * link cards: cards/render-cards.ts; the citations: citation/citation-workers.ts). A rebuild reads
 * what it finds instead of making it again; files no build asks for any more are dropped, so that
 * the folder holds one site's worth and does not grow with every edit.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Drops the folder's files that are not `wanted`, and returns the wanted ones it holds. */
export function keepWanted(dir: string, wanted: Iterable<string>): Set<string> {
	mkdirSync(dir, { recursive: true });
	const keep = new Set(wanted);
	const held = new Set<string>();
	for (const file of readdirSync(dir)) {
		if (keep.has(file)) held.add(file);
		else rmSync(path.join(dir, file), { recursive: true });
	}
	return held;
}
