import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildThemeIndex, themeEntryId, type ThemeInput } from '../../src/lib/themes.ts';
import rehypePassageThemes, { MAX_COMPARED } from '../../src/plugins/rehype-passage-themes.ts';

const ARTICLES_DIR = '/content/articles';

function theme(id: string, passages: ThemeInput['passages']): ThemeInput {
	return { id, title: id.toUpperCase(), order: 0, keywords: [], related: [], passages, positions: {}, absent: {}, body: '' };
}

/** Runs the plugin on an article made of passages with the given ids. */
function run(article: string, ids: string[], themes: ThemeInput[], others: Record<string, string[]> = {}) {
	const all = { [article]: ids, ...others };
	const index = buildThemeIndex(
		themes,
		Object.entries(all).map(([slug, passageIds]) => ({ slug, passageIds, retired: {} })),
	);
	const excerpts = Object.fromEntries(Object.entries(all).map(([slug, list]) => [slug, Object.fromEntries(list.map((id) => [id, `words of ${id}`]))]));
	const shortTitles = Object.fromEntries(Object.keys(all).map((slug) => [slug, `Title ${slug}`]));
	const tree: Root = { type: 'root', children: ids.map((id) => h('p', { id, dataPassage: '' }, [`Text ${id}`])) };
	rehypePassageThemes({ articlesDir: ARTICLES_DIR, themes: { index, shortTitles, excerpts } })(tree, new VFile({ path: `${ARTICLES_DIR}/${article}.md` }));
	return tree;
}

/** The hrefs of links inside `root` whose ancestors include the given tag names, in order. */
function hrefs(root: Root | Element, ...within: string[]): unknown[] {
	const found: unknown[] = [];
	visitParents(root, 'element', (node, ancestors) => {
		const tags = ancestors.map((a) => (a.type === 'element' ? a.tagName : ''));
		if (node.tagName === 'a' && within.every((tag) => tags.includes(tag))) found.push(node.properties.href);
	});
	return found;
}

describe('rehypePassageThemes', () => {
	it('puts theme links right after a tagged passage, landing on its entry on the theme page', () => {
		const tree = run('alpha', ['a1', 'a2'], [theme('taiwan', { alpha: [{ id: 'a2' }] })]);
		const [first, second, third] = tree.children as Element[];
		expect(first!.properties.id).toBe('a1');
		expect(second!.properties.id).toBe('a2');
		expect(hrefs(third!, 'ul')).toEqual([`/themes/taiwan/#${themeEntryId({ article: 'alpha', id: 'a2' })}`]);
		expect(tree.children).toHaveLength(3);
	});

	it('lists the same theme’s passages of the other analyses, and not its own', () => {
		const tree = run('alpha', ['a1'], [theme('europe', { alpha: [{ id: 'a1' }], beta: [{ id: 'b1' }, { id: 'b2' }] })], { beta: ['b1', 'b2'] });
		expect(hrefs(tree, 'details')).toEqual(['/articles/beta/#b1', '/articles/beta/#b2']);
	});

	it(`lists at most ${MAX_COMPARED} of them and links to the theme page for the rest`, () => {
		const many = Array.from({ length: MAX_COMPARED + 5 }, (_, i) => `b${i}`);
		const tree = run('alpha', ['a1'], [theme('europe', { alpha: [{ id: 'a1' }], beta: many.map((id) => ({ id })) })], { beta: many });
		const links = hrefs(tree, 'details', 'li');
		expect(links).toHaveLength(MAX_COMPARED);
		expect(hrefs(tree, 'details', 'p')).toEqual(['/themes/europe/']);
	});

	it('leaves passages without a theme, and files outside the articles folder, alone', () => {
		expect(run('alpha', ['a1'], [theme('taiwan', { beta: [{ id: 'b1' }] })], { beta: ['b1'] }).children).toHaveLength(1);
		const tree: Root = { type: 'root', children: [h('p', { id: 'a1', dataPassage: '' }, ['x'])] };
		const index = buildThemeIndex([theme('taiwan', { alpha: [{ id: 'a1' }] })], [{ slug: 'alpha', passageIds: ['a1'], retired: {} }]);
		rehypePassageThemes({ articlesDir: ARTICLES_DIR, themes: { index, shortTitles: {}, excerpts: {} } })(tree, new VFile({ path: '/content/themes/alpha.md' }));
		expect(tree.children).toHaveLength(1);
	});
});
