/**
 * The text face: Source Serif 4 (Adobe, SIL Open Font License 1.1), from Adobe's own release on
 * npm (`source-serif`), whose files keep the oldstyle figures and small capitals. Its Text optical
 * size, roman and italic at one weight (the authors' words have no bold), each subset to the
 * characters the site uses: about 28 KB for both, against 200 KB whole.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';

/** The CSS family name. Not "Source Serif": the OFL reserves that name for Adobe's unmodified fonts, and a subset is modified. */
export const TEXT_FAMILY = 'Edition Serif';

interface TextFace {
	/** The subset's file name, which the stylesheet and the preload name (typeface.css, TextFace.astro). */
	file: string;
	/** The face in Adobe's package it is cut from. */
	source: string;
	style: 'normal' | 'italic';
}

export const TEXT_FACES: TextFace[] = [
	{ file: 'text-roman.woff2', source: 'WOFF2/TTF/SourceSerif4-Regular.ttf.woff2', style: 'normal' },
	{ file: 'text-italic.woff2', source: 'WOFF2/TTF/SourceSerif4-It.ttf.woff2', style: 'italic' },
];

/**
 * The OpenType features kept: shaping and kerning, the figures (oldstyle for prose, lining and
 * tabular for tables and dates) and small capitals; the rest (swashes, ornaments, fractions) go.
 */
const KEPT_FEATURES = ['kern', 'liga', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'onum', 'lnum', 'pnum', 'tnum', 'smcp', 'c2sc'];

/** Name-table entries kept besides the family's: the copyright (0) and the licence and its address (13, 14), which the OFL asks to travel with the font. */
const LICENCE_NAME_IDS = [0, 13, 14];

/** Printable ASCII, always in: a search term or a later page may use any of it. */
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

/** The characters of `texts`, with printable ASCII, once each and in code-point order. */
export function characterSet(texts: Iterable<string>): string {
	const chars = new Set(ASCII);
	// Printable ASCII is in already, and control characters stay out: only the rest is walked (at
	// 3,000 analyses, walking every character took seconds).
	for (const text of texts) for (const char of text.replace(/[\x00-\x7e]+/g, '')) chars.add(char);
	return [...chars].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}

/** The text of every file under `dir` whose name ends in one of `extensions`. */
export function* textFiles(dir: string, extensions: string[]): Generator<string> {
	for (const name of readdirSync(dir)) {
		const file = path.join(dir, name);
		if (statSync(file).isDirectory()) yield* textFiles(file, extensions);
		else if (extensions.some((ext) => name.endsWith(ext))) yield readFileSync(file, 'utf8');
	}
}

/** One face of Adobe's package cut down to `characters`, as WOFF2. */
export function subsetFace(packageDir: string, face: TextFace, characters: string): Promise<Uint8Array> {
	return subsetFont(readFileSync(path.join(packageDir, face.source)), characters, {
		targetFormat: 'woff2',
		keepFeatures: KEPT_FEATURES,
		preserveNameIds: LICENCE_NAME_IDS,
	});
}
