/**
 * Editorial prose that cites passages: "[words](#passage-id)" marks the words that make a claim
 * about an analysis and the passage that supports it. Parsed here so the build can check every
 * cited id exists and pages can render the links.
 */

export type CitedSegment = { text: string } | { text: string; passage: string };

const CITATION = /\[([^\]]+)\]\(#([a-z0-9-]+)\)/g;

export function parseCitedText(source: string): CitedSegment[] {
	const segments: CitedSegment[] = [];
	let last = 0;
	for (const match of source.matchAll(CITATION)) {
		if (match.index > last) segments.push({ text: source.slice(last, match.index) });
		segments.push({ text: match[1]!, passage: match[2]! });
		last = match.index + match[0].length;
	}
	if (last < source.length) segments.push({ text: source.slice(last) });
	return segments;
}

/** Cited passage ids that are not among `known`. */
export function unknownCitations(source: string, known: ReadonlySet<string>): string[] {
	return parseCitedText(source).flatMap((s) => ('passage' in s && !known.has(s.passage) ? [s.passage] : []));
}

/** The prose without its citation markup, for plain-text uses (meta descriptions). */
export const plainCitedText = (source: string) => parseCitedText(source).map((s) => s.text).join('');
