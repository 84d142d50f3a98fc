/**
 * Fingerprints that let the passage registry recognise a passage after its wording changed.
 *
 * `hash` identifies the exact normalised text (the fast path: nothing changed).
 * `sketch` is a bottom-k MinHash of word bigrams: two sketches estimate the Jaccard similarity
 * of the passages they came from, so a typo fix (a few bigrams out of dozens) still matches
 * while two different paragraphs (almost no shared bigrams) do not.
 */
import { createHash } from 'node:crypto';
import { normalizeProse, words } from '../text/prose.ts';

export const SKETCH_SIZE = 16;

export function textHash(text: string): string {
	return createHash('sha256').update(normalizeProse(text)).digest('hex').slice(0, 16);
}

/** FNV-1a, 32 bit: small, deterministic and well spread for short strings. */
function fnv1a(input: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < input.length; i++) {
		hash ^= input.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

function shingles(text: string): string[] {
	const tokens = words(text);
	if (tokens.length < 2) return tokens;
	return tokens.slice(1).map((word, i) => `${tokens[i]} ${word}`);
}

/** The SKETCH_SIZE smallest distinct shingle hashes, as 8-digit hex, ascending, space-separated. */
export function textSketch(text: string): string {
	const hashes = [...new Set(shingles(text).map(fnv1a))].sort((a, b) => a - b);
	return hashes
		.slice(0, SKETCH_SIZE)
		.map((h) => h.toString(16).padStart(8, '0'))
		.join(' ');
}

/** Estimated Jaccard similarity (0–1) of the texts behind two sketches. */
export function sketchSimilarity(a: string, b: string): number {
	const setA = new Set(a.split(' ').filter(Boolean));
	const setB = new Set(b.split(' ').filter(Boolean));
	if (setA.size === 0 || setB.size === 0) return 0;
	// Hex strings of equal width sort like the numbers they encode.
	const unionBottom = [...new Set([...setA, ...setB])].sort().slice(0, SKETCH_SIZE);
	const shared = unionBottom.filter((h) => setA.has(h) && setB.has(h)).length;
	return shared / unionBottom.length;
}
