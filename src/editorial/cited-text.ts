/**
 * Editorial prose that cites passages: "[words](#passage-id)" marks the words that make a claim
 * about an analysis and the passage that supports it. Parsed here so the build can check every
 * cited id exists and pages can render the links.
 */

type CitedSegment = { text: string } | { text: string; passage: string };

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

/** An HTML tag or comment: these fields are plain text, and a tag would only be shown as text. */
const HTML_TAG = /<(?:\/?[a-zA-Z][\w:-]*(?=[\s/>])|!--)/;

/** Why a plain-text field is not plain text, or undefined. */
export function plainTextProblem(text: string): string | undefined {
	const tag = HTML_TAG.exec(text);
	return tag ? `HTML (${tag[0]}…) is not allowed here; write plain text` : undefined;
}

/**
 * Why cited text is not plain text plus "[words](#passage-id)" citations: HTML, or a link of any
 * other form, which would be shown to readers as bracketed text rather than as a link.
 */
export function citedTextProblems(source: string): string[] {
	const problems = [plainTextProblem(source)].filter((p): p is string => p !== undefined);
	const withoutCitations = source.replace(CITATION, '');
	// The target runs to the ")" that ends the link, so "(javascript:alert(1))" is quoted whole.
	const link = /\]\((\S*?)\)(?=[\s.,;:!?]|$)/.exec(withoutCitations) ?? /\]\((\S*)/.exec(withoutCitations);
	if (link) problems.push(`the link to "${link[1]}" is not a passage citation; cite a passage by its id, as (#passage-id)`);
	return problems;
}
