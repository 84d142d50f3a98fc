/**
 * Proof that an article reproduces its received text: every line of the source is either the
 * author's body (which must match the rendered body word for word, in order), a header field the
 * page shows (title, standfirst, byline, bio, dates as printed), or declared site chrome.
 */
import { normalizeProse } from '../../src/text/prose.ts';

export interface SourceAccounting {
	/** Header fields taken from the source; each accounts for one source line. */
	headerLines: ReadonlyArray<string | null | undefined>;
	/** Lines of the hosting site, dropped. */
	chrome: readonly string[];
}

/** A list marker the scraper kept ("- Feb 25") is not part of the words. */
const stripListMarker = (line: string) => line.replace(/^- /, '');

/** The source lines that must appear, in order, as the article's body. */
export function expectedBodyLines(source: string, { headerLines, chrome }: SourceAccounting): string[] {
	const header = headerLines.filter((l): l is string => Boolean(l)).map(normalizeProse);
	const dropped = new Set(chrome.map(normalizeProse));
	const lines = source.split('\n').map((line) => line.trim()).filter(Boolean);
	return lines.filter((line) => {
		if (dropped.has(normalizeProse(line))) return false;
		const at = header.indexOf(normalizeProse(stripListMarker(line)));
		if (at === -1) return true;
		header.splice(at, 1);
		return false;
	});
}

/** The header fields that no source line accounted for: an invented field would show up here. */
export function unaccountedHeaderLines(source: string, headerLines: SourceAccounting['headerLines']): string[] {
	const lines = new Set(source.split('\n').map((l) => normalizeProse(stripListMarker(l))));
	return headerLines.filter((l): l is string => Boolean(l)).filter((l) => !lines.has(normalizeProse(l)));
}

/** Null when the blocks match word for word; otherwise where and how they first differ. */
export function firstDifference(expected: readonly string[], actual: readonly string[]): string | null {
	const length = Math.max(expected.length, actual.length);
	for (let i = 0; i < length; i++) {
		const [want, got] = [normalizeProse(expected[i] ?? ''), normalizeProse(actual[i] ?? '')];
		if (want === got) continue;
		const wantWords = want.split(' ');
		const gotWords = got.split(' ');
		const at = wantWords.findIndex((w, j) => w !== gotWords[j]);
		const from = Math.max(0, (at === -1 ? gotWords.length : at) - 3);
		return (
			`block ${i + 1}: expected "…${wantWords.slice(from, from + 10).join(' ')}…" ` +
			`but found "…${gotWords.slice(from, from + 10).join(' ')}…"`
		);
	}
	return null;
}
