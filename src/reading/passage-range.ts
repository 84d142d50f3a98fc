/**
 * Arriving at a range of passages (`?through=<last-id>#<first-id>`, links.ts): the passages from
 * the first through the last are marked as one highlight. The browser has already put the first in
 * view. Ids resolve as they do in a link: a retired id is an anchor inside its successor.
 * Loaded only when the address names a range (PassageTools.astro).
 */
import { RANGE_PARAM } from './links.ts';

/** The passage an id names: its own, or, for a retired id, the passage now standing in its place. */
const passageFor = (id: string) => document.getElementById(id)?.closest<HTMLElement>('[data-passage]') ?? undefined;

/** The passages from `first` through `last`, in page order, whichever of the two comes first. */
export function passagesBetween<T>(passages: readonly T[], first: T, last: T): T[] {
	const [a, b] = [passages.indexOf(first), passages.indexOf(last)].sort((x, y) => x - y) as [number, number];
	return a < 0 ? [] : passages.slice(a, b + 1);
}

export function markRange() {
	const last = passageFor(new URLSearchParams(location.search).get(RANGE_PARAM) ?? '');
	const first = passageFor(decodeURIComponent(location.hash.slice(1)));
	if (!first || !last) return;
	const passages = [...document.querySelectorAll<HTMLElement>('.article-body [data-passage]')];
	for (const passage of passagesBetween(passages, first, last)) passage.classList.add('in-range');
}
