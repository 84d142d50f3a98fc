import { describe, expect, it } from 'vitest';
import {
	coinId,
	matchPassages,
	PassageRegistryError,
	resolvePassageIds,
	updateArticleRegistry,
	type ArticleRegistry,
} from '../../../src/passages/registry.ts';

const A = 'Beijing has backed the Kremlin through trade, technology, and political cover, helping Moscow sustain the war.';
const B = 'Formally, Chinese authorities have welcomed the initiation of US-Russia dialogue on the eve of the summit in Alaska.';
const C = 'Russia provides China with energy and raw materials at favorable rates, while China supplies economic lifelines.';
const D = 'Historically, the Sino-Russian relationship has been marked by both cooperation and rivalry during the Cold War.';
const NEW = 'A wholly new paragraph about European export controls and the screening of outbound investments appears here.';

/** A registry as `passages:update` would write it for these texts. */
function registered(...texts: string[]): ArticleRegistry {
	return updateArticleRegistry({ passages: [], retired: [] }, texts).registry;
}
const idsOf = (registry: ArticleRegistry, texts: string[]) => resolvePassageIds('a.md', registry, texts).ids;

describe('passage ids survive edits', () => {
	const registry = registered(A, B, C, D);
	const [a, b, c, d] = registry.passages.map((p) => p.id);

	it('coins distinct, short, readable ids', () => {
		expect(new Set([a, b, c, d]).size).toBe(4);
		for (const id of [a, b, c, d]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+){0,4}$/);
		expect(a).toBe('beijing-backed-kremlin');
	});

	it('keeps every id when a passage is inserted', () => {
		expect(resolvePassageIds.bind(null, 'a.md', registry, [A, NEW, B, C, D])).toThrow(/passage 2 \("A wholly new paragraph/);
		const next = updateArticleRegistry(registry, [A, NEW, B, C, D]);
		expect(next.registry.passages.map((p) => p.id)).toEqual([a, next.added[0], b, c, d]);
		expect(next.retired).toEqual([]);
	});

	it('keeps the other ids when a passage is deleted, and retires the deleted one to its successor', () => {
		const next = updateArticleRegistry(registry, [A, C, D]);
		expect(next.registry.passages.map((p) => p.id)).toEqual([a, c, d]);
		expect(next.retired).toEqual([{ id: b, successor: c, excerpt: 'Formally, Chinese authorities have welcomed the initiation of…' }]);
		expect(idsOf(next.registry, [A, C, D])).toEqual([a, c, d]);
	});

	it('retires a deleted last passage to the one before it', () => {
		expect(updateArticleRegistry(registry, [A, B, C]).retired[0]).toMatchObject({ id: d, successor: c });
	});

	it('keeps ids with their passages when passages are reordered', () => {
		expect(idsOf(registry, [D, B, A, C])).toEqual([d, b, a, c]);
	});

	it('keeps the id of a passage whose wording was edited (typo fix)', () => {
		const edited = B.replace('welcomed', 'welcommed').replace('initiation', 'start');
		const { ids, stale } = resolvePassageIds('a.md', registry, [A, edited, C, D]);
		expect(ids).toEqual([a, b, c, d]);
		expect(stale).toEqual([{ index: 1, id: b, kind: 'similar' }]);
	});

	it('keeps the id of an edited passage that also moved', () => {
		const edited = C.replace('favorable', 'favourable');
		expect(idsOf(registry, [edited, A, B, D])).toEqual([c, a, b, d]);
	});

	it('keeps the id of a short passage rewritten in place', () => {
		const list = registered('Opinion', 'Technology', 'Geopolitics');
		const { ids, stale } = resolvePassageIds('l.md', list, ['Opinion', 'Tech and science', 'Geopolitics']);
		expect(ids).toEqual(list.passages.map((p) => p.id));
		expect(stale[0]?.kind).toBe('in-place');
	});

	it('does not give an unrelated new passage the id of a deleted one elsewhere', () => {
		const { matches, unmatched, vanished } = matchPassages(registry.passages, [NEW, A, C, D]);
		expect(matches.map((m) => m.id)).toEqual([a, c, d]);
		expect(unmatched).toEqual([0]);
		expect(vanished.map((v) => v.id)).toEqual([b]);
	});

	it('pairs identical passages in document order', () => {
		const twins = registered(A, A);
		expect(idsOf(twins, [A, A])).toEqual(twins.passages.map((p) => p.id));
	});
});

describe('the build refuses what it cannot resolve', () => {
	const registry = registered(A, B, C);
	const [, b, c] = registry.passages.map((p) => p.id);

	it('names a vanished id that was not retired', () => {
		expect(() => idsOf(registry, [A, C])).toThrow(new RegExp(`id "${b}" .* is registered but its passage is gone`));
	});

	it('accepts a vanished id once it is retired, resolving the rest', () => {
		const { registry: next } = updateArticleRegistry(registry, [A, C]);
		expect(next.retired.map((r) => r.id)).toEqual([b]);
		expect(() => idsOf(next, [A, C])).not.toThrow();
	});

	it('names an article missing from the registry', () => {
		expect(() => resolvePassageIds('new.md', undefined, [A])).toThrow(/new\.md.*no entry in content\/passages\.lock\.json/s);
	});

	it('names duplicate ids', () => {
		const dup = { ...registry, passages: registry.passages.map((p, i) => (i === 2 ? { ...p, id: b! } : p)) };
		expect(() => idsOf(dup, [A, B, C])).toThrow(new RegExp(`id "${b}" is used more than once`));
	});

	it('names an id that clashes with a heading id', () => {
		expect(() => resolvePassageIds('a.md', registry, [A, B, C], new Set([c!]))).toThrow(/clashes with a heading id/);
	});

	it('names a retired id whose successor is gone', () => {
		const broken = { ...registry, retired: [{ id: 'old-passage', successor: 'nowhere', excerpt: 'x' }] };
		expect(() => idsOf(broken, [A, B, C])).toThrow(/retired id "old-passage" points to "nowhere"/);
	});

	it('throws a PassageRegistryError that tells how to fix it', () => {
		expect(() => idsOf(registry, [A])).toThrow(PassageRegistryError);
		expect(() => idsOf(registry, [A])).toThrow(/npm run passages:update/);
	});
});

describe('registry updates', () => {
	it('follows a retired id to a successor that is itself retired later', () => {
		const first = updateArticleRegistry(registered(A, B, C, D), [A, C, D]).registry;
		const second = updateArticleRegistry(first, [A, D]).registry;
		const [a, b, c, d] = registered(A, B, C, D).passages.map((p) => p.id);
		expect(second.retired).toEqual([
			expect.objectContaining({ id: b, successor: d }),
			expect.objectContaining({ id: c, successor: d }),
		]);
		expect(second.passages.map((p) => p.id)).toEqual([a, d]);
	});

	it('never reuses a retired id for a new passage', () => {
		const retiredOnce = updateArticleRegistry(registered(A, B), [A]).registry;
		const withNew = updateArticleRegistry(retiredOnce, [A, B]);
		expect(withNew.added).toHaveLength(1);
		expect(withNew.added[0]).not.toBe(retiredOnce.retired[0]!.id);
	});
});

describe('coinId', () => {
	it('skips stop words and discourse markers, and drops possessives', () => {
		expect(coinId('However, at the same time China’s practical actions reveal a gap.', new Set())).toBe('time-china-practical');
	});

	it('lengthens, then numbers, an id that is taken', () => {
		const taken = new Set(['beijing-backed-kremlin']);
		expect(coinId(A, taken)).toBe('beijing-backed-kremlin-trade');
		expect(coinId('Beijing backed Kremlin', taken)).toBe('beijing-backed-kremlin-2');
	});

	it('makes ASCII ids from accented words', () => {
		expect(coinId('Luiz Inácio Lula da Silva called', new Set())).toBe('luiz-inacio-lula');
	});
});
