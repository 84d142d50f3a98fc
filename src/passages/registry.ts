/**
 * Permanent passage ids.
 *
 * An id is coined once, from the passage's words when it is first registered, and from then on it
 * belongs to the passage, not to its wording or position: the committed registry
 * (content/passages.lock.json) records each id with a fingerprint of its passage, and every build
 * matches the article's current passages against those fingerprints.
 *
 * Matching, in order of confidence:
 *  1. exact: the normalised text is unchanged (hash);
 *  2. similar: the texts share most word bigrams (a typo fix, a reworded clause);
 *  3. in place: the only unmatched passage between the same two matched neighbours as the only
 *     unmatched entry (a heavier rewrite of a short passage that did not move).
 * Passages inserted, deleted or moved elsewhere never disturb the others' matches.
 */
import { SKETCH_SIZE, sketchSimilarity, textHash, textSketch } from './fingerprint.ts';
import { excerpt, words } from '../text/prose.ts';

interface RegistryPassage {
	id: string;
	hash: string;
	sketch: string;
	/** The passage's first words when last registered: for people reading the registry and errors. */
	excerpt: string;
}

/** An id whose passage was deleted: links to it land on `successor`. */
interface RetiredPassage {
	id: string;
	successor: string;
	excerpt: string;
}

export interface ArticleRegistry {
	passages: RegistryPassage[];
	retired: RetiredPassage[];
}

export interface PassageRegistry {
	version: 1;
	articles: Record<string, ArticleRegistry>;
}

type MatchKind = 'exact' | 'similar' | 'in-place';

interface PassageMatch {
	/** Index of the passage in the article, in document order. */
	index: number;
	id: string;
	kind: MatchKind;
}

interface MatchResult {
	matches: PassageMatch[];
	/** Indexes of current passages that match no registry entry. */
	unmatched: number[];
	/** Registry entries that match no current passage. */
	vanished: RegistryPassage[];
}

/** Estimated bigram overlap above which two passages count as one passage edited. */
export const SIMILARITY_THRESHOLD = 0.5;

const START = '\u0000start';
const END = '\u0000end';

export function emptyArticleRegistry(): ArticleRegistry {
	return { passages: [], retired: [] };
}

export function fingerprint(id: string, text: string): RegistryPassage {
	return { id, hash: textHash(text), sketch: textSketch(text), excerpt: excerpt(text) };
}

/** Matches the article's passages (texts in document order) against its registry entries. */
export function matchPassages(entries: readonly RegistryPassage[], texts: readonly string[]): MatchResult {
	const idAt = new Map<number, PassageMatch>();
	const claimed = new Set<string>();
	const claim = (index: number, entry: RegistryPassage, kind: MatchKind) => {
		idAt.set(index, { index, id: entry.id, kind });
		claimed.add(entry.id);
	};
	const open = () => texts.map((_, i) => i).filter((i) => !idAt.has(i));
	const openEntries = () => entries.filter((e) => !claimed.has(e.id));

	// 1. Exact. Identical texts (rare) pair up in document order.
	const hashes = texts.map(textHash);
	for (const index of open()) {
		const entry = openEntries().find((e) => e.hash === hashes[index]);
		if (entry) claim(index, entry, 'exact');
	}

	// 2. Similar: best pairs first, so one edited passage cannot steal another's id. (Sketches are
	// made only for the passages left, usually none: every build matches every passage.)
	const candidates: Array<{ index: number; entry: RegistryPassage; score: number }> = [];
	for (const index of open()) {
		const sketch = textSketch(texts[index]!);
		for (const entry of openEntries()) {
			const score = sketchSimilarity(sketch, entry.sketch);
			if (score >= SIMILARITY_THRESHOLD) candidates.push({ index, entry, score });
		}
	}
	candidates.sort((a, b) => b.score - a.score || a.index - b.index);
	for (const { index, entry } of candidates) {
		if (!idAt.has(index) && !claimed.has(entry.id)) claim(index, entry, 'similar');
	}

	// 3. In place: one unmatched passage and one unmatched entry in the same gap between matches.
	const currentGaps = gapsOf(texts.map((_, i) => idAt.get(i)?.id));
	const registryGaps = gapsOf(entries.map((e) => (claimed.has(e.id) ? e.id : undefined)));
	for (const [gap, indexes] of currentGaps) {
		const entryIndexes = registryGaps.get(gap);
		if (indexes.length === 1 && entryIndexes?.length === 1) claim(indexes[0]!, entries[entryIndexes[0]!]!, 'in-place');
	}

	return {
		matches: [...idAt.values()].sort((a, b) => a.index - b.index),
		unmatched: open(),
		vanished: openEntries(),
	};
}

/** Groups the unmatched positions of a sequence by the ids of the matched items around them. */
function gapsOf(ids: ReadonlyArray<string | undefined>): Map<string, number[]> {
	const gaps = new Map<string, number[]>();
	let pending: number[] = [];
	let before = START;
	const close = (after: string) => {
		if (pending.length > 0) gaps.set(`${before}|${after}`, pending);
		pending = [];
		before = after;
	};
	ids.forEach((id, i) => (id === undefined ? pending.push(i) : close(id)));
	close(END);
	return gaps;
}

const STOPWORDS = new Set(
	(
		'a an and are as at be been but by for from has have he her his if in into is it its of on or ' +
		'she so than that the their them then there these they this those to was were which while who ' +
		'will with would not no also even such can could may might should our we you your what when ' +
		'where how why all any both each more most other some only own same too very just over under ' +
		'about after before since until upon within without between through during against among despite ' +
		// Discourse markers open many paragraphs and say nothing about which one this is.
		'yet however meanwhile furthermore moreover nonetheless nevertheless conversely alternatively ' +
		'simultaneously thus therefore hence instead rather still once'
	).split(' '),
);

const MAX_ID_WORDS = 5;

/** ASCII slug of a word: accents dropped, possessive "'s" removed. */
function slugWord(word: string): string {
	return word
		.replace(/'s$/u, '')
		.normalize('NFKD')
		.replace(/[^a-z0-9]/g, '');
}

/**
 * Coins a short, readable id from a passage's first distinctive words ("beijing-strategy-extends"),
 * lengthened by one word, then numbered, until it is not in `taken`.
 */
export function coinId(text: string, taken: ReadonlySet<string>): string {
	const content = words(text)
		.map(slugWord)
		.filter((w) => w.length > 1 && !STOPWORDS.has(w));
	const base = content.length > 0 ? content : ['passage'];
	for (let size = Math.min(3, base.length); size <= Math.min(MAX_ID_WORDS, base.length); size++) {
		const id = base.slice(0, size).join('-');
		if (!taken.has(id)) return id;
	}
	const stem = base.slice(0, Math.min(3, base.length)).join('-');
	let n = 2;
	while (taken.has(`${stem}-${n}`)) n++;
	return `${stem}-${n}`;
}

interface RegistryUpdate {
	registry: ArticleRegistry;
	added: string[];
	retired: RetiredPassage[];
	rematched: PassageMatch[];
}

/**
 * The article's registry after an intentional edit: matched passages keep their ids (with fresh
 * fingerprints), new passages get new ids, and vanished ids are retired to the passage that now
 * stands in their place (the next surviving one, or the previous one at the end of the article).
 */
export function updateArticleRegistry(
	previous: ArticleRegistry,
	texts: readonly string[],
	reservedIds: ReadonlySet<string> = new Set(),
): RegistryUpdate {
	const { matches, vanished } = matchPassages(previous.passages, texts);
	const idAt = new Map(matches.map((m) => [m.index, m.id]));
	const taken = new Set([...reservedIds, ...previous.passages.map((p) => p.id), ...previous.retired.map((r) => r.id)]);
	const added: string[] = [];
	const passages = texts.map((text, index) => {
		let id = idAt.get(index);
		if (id === undefined) {
			id = coinId(text, taken);
			taken.add(id);
			added.push(id);
		}
		return fingerprint(id, text);
	});

	const survivors = new Set(passages.map((p) => p.id));
	const newlyRetired = vanished.map((entry) => ({
		id: entry.id,
		successor: successorOf(entry.id, previous.passages, survivors) ?? passages[0]?.id ?? '',
		excerpt: entry.excerpt,
	}));
	const successorOfRetired = new Map(newlyRetired.map((r) => [r.id, r.successor]));
	// Earlier retirements that pointed at a passage retired now follow it to its successor.
	const retired = [...previous.retired, ...newlyRetired].map((r) => ({
		...r,
		successor: successorOfRetired.get(r.successor) ?? r.successor,
	}));
	return {
		registry: { passages, retired },
		added,
		retired: newlyRetired,
		rematched: matches.filter((m) => m.kind !== 'exact'),
	};
}

function successorOf(id: string, order: readonly RegistryPassage[], survivors: ReadonlySet<string>): string | undefined {
	const at = order.findIndex((p) => p.id === id);
	const after = order.slice(at + 1).find((p) => survivors.has(p.id));
	const before = order.slice(0, at).reverse().find((p) => survivors.has(p.id));
	return (after ?? before)?.id;
}

interface ResolvedPassages {
	/** The id of each passage, in document order. */
	ids: string[];
	/** Passages matched by similarity or position: the registry's fingerprints are out of date. */
	stale: PassageMatch[];
}

/** An article with no passages has nothing for its ids to name, nor for retired ids to land on. */
export const EMPTY_ARTICLE = 'the article has no passages: its body is empty (delete the file to remove the article)';

/** Problems a build must not ship: each message names the article and what to do. */
export class PassageRegistryError extends Error {
	constructor(article: string, problems: readonly string[]) {
		super(
			`Passage registry check failed for ${article}:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
				'If the edit was intentional, run `npm run passages:update` and review the diff of content/passages.lock.json.',
		);
		this.name = 'PassageRegistryError';
	}
}

/**
 * The build's view: resolves every passage to its registered id, or throws naming each passage
 * without an id, each registered id that vanished without being retired, each duplicate id and
 * each retired id whose successor is gone. Never changes the registry.
 */
export function resolvePassageIds(
	article: string,
	registry: ArticleRegistry | undefined,
	texts: readonly string[],
	otherIds: ReadonlySet<string> = new Set(),
): ResolvedPassages {
	if (texts.length === 0) throw new PassageRegistryError(article, [EMPTY_ARTICLE]);
	if (!registry) {
		throw new PassageRegistryError(article, [`the article has no entry in content/passages.lock.json (${texts.length} passages)`]);
	}
	const problems = registryProblems(registry, otherIds);
	const { matches, unmatched, vanished } = matchPassages(registry.passages, texts);
	for (const index of unmatched) problems.push(`passage ${index + 1} ("${excerpt(texts[index]!)}") has no registered id`);
	for (const entry of vanished) problems.push(`id "${entry.id}" ("${entry.excerpt}") is registered but its passage is gone and it is not retired`);
	if (problems.length > 0) throw new PassageRegistryError(article, problems);
	return { ids: matches.map((m) => m.id), stale: matches.filter((m) => m.kind !== 'exact') };
}

/** Structural faults of one article's registry: duplicate ids, clashes, dangling successors. */
export function registryProblems(registry: ArticleRegistry, otherIds: ReadonlySet<string> = new Set()): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const { id } of [...registry.passages, ...registry.retired]) {
		if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(`id "${id}" is not a lower-case slug`);
		if (seen.has(id)) problems.push(`id "${id}" is used more than once`);
		if (otherIds.has(id)) problems.push(`id "${id}" clashes with a heading id`);
		seen.add(id);
	}
	const live = new Set(registry.passages.map((p) => p.id));
	for (const r of registry.retired) {
		if (!live.has(r.successor)) problems.push(`retired id "${r.id}" points to "${r.successor}", which is not a passage`);
	}
	for (const p of registry.passages) {
		if (p.sketch.split(' ').length > SKETCH_SIZE) problems.push(`id "${p.id}" has a malformed sketch`);
	}
	return problems;
}
