/**
 * The two groups a search lists: the analyses' pages first, then our editorial pages (summaries of
 * themes, the register, the timeline, notes, the synopsis) under a heading of their own. Pagefind
 * has no boost by kind, and a short editorial page on the words can outrank an analysis however
 * little its words weigh; so the worker sorts its results into the two groups, each in Pagefind's
 * order. Pure, unit-tested.
 */

/** `results` with those in `analysisPages` (Pagefind page ids) first; `analyses` counts them. */
export function analysesFirst<T extends { id: string }>(results: readonly T[], analysisPages: ReadonlySet<string>): { results: T[]; analyses: number } {
	const first = results.filter((r) => analysisPages.has(r.id));
	return { results: [...first, ...results.filter((r) => !analysisPages.has(r.id))], analyses: first.length };
}
