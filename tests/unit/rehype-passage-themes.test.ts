import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { visitParents } from 'unist-util-visit-parents';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { comparisonMarker } from '../../src/lib/passage-comparisons.ts';
import { buildThemeIndex, themeEntryId, type ThemeInput } from '../../src/lib/themes.ts';
import rehypePassageThemes from '../../src/plugins/rehype-passage-themes.ts';

const ARTICLES_DIR = '/content/articles';

function theme(id: string, passages: ThemeInput['passages']): ThemeInput {
	return { id, title: id.toUpperCase(), order: 0, keywords: [], related: [], passages, positions: {}, absent: {}, body: '' };
}

/** Runs the plugin on the file at `filePath`, made of passages with the given ids. */
function run(filePath: string, ids: string[], themes: ThemeInput[], others: Record<string, string[]> = {}) {
	const article = filePath.replace(/^.*\/|\.md$/g, '');
	const all = { [article]: ids, ...others };
	const index = buildThemeIndex(
		themes,
		Object.entries(all).map(([slug, passageIds]) => ({ slug, passageIds, retired: {} })),
	);
	const tree: Root = { type: 'root', children: ids.map((id) => h('p', { id, dataPassage: '' }, [`Text ${id}`])) };
	rehypePassageThemes({ articlesDir: ARTICLES_DIR, themeIndex: index })(tree, new VFile({ path: filePath }));
	return tree;
}

/** The hrefs of the links inside `root`, in order. */
function hrefs(root: Root | Element): unknown[] {
	const found: unknown[] = [];
	visitParents(root, 'element', (node) => {
		if (node.tagName === 'a') found.push(node.properties.href);
	});
	return found;
}

describe('rehypePassageThemes', () => {
	// Same order value: theme order falls back to the id.
	const taiwanAndEurope = [theme('taiwan', { alpha: [{ id: 'a2' }] }), theme('europe', { alpha: [{ id: 'a2' }], beta: [{ id: 'b1' }] })];

	it('puts theme links right after a tagged passage, landing on its entry on the theme page', () => {
		const tree = run(`${ARTICLES_DIR}/alpha.md`, ['a1', 'a2'], taiwanAndEurope, { beta: ['b1'] });
		const [first, second, third] = tree.children as Element[];
		expect(first!.properties.id).toBe('a1');
		expect(second!.properties.id).toBe('a2');
		const entry = themeEntryId({ article: 'alpha', id: 'a2' });
		expect(hrefs(third!)).toEqual([`/themes/europe/#${entry}`, `/themes/taiwan/#${entry}`]);
		expect(tree.children).toHaveLength(3);
	});

	it('folds it all in one disclosure that names the themes, with a marker for the comparisons, in theme order', () => {
		const block = run(`${ARTICLES_DIR}/alpha.md`, ['a1', 'a2'], taiwanAndEurope, { beta: ['b1'] }).children[2] as Element;
		expect(block.properties.dataPagefindIgnore).toBe('all');
		const [details] = block.children as Element[];
		expect(details!.tagName).toBe('details');
		const [summary, panel] = details!.children as Element[];
		expect(toString(summary!)).toBe('Themes of this paragraph: EUROPE · TAIWAN');
		expect((panel as Element).children.at(-1)).toEqual(comparisonMarker(['europe', 'taiwan']));
	});

	it('leaves passages without a theme, and files outside the articles folder, alone', () => {
		expect(run(`${ARTICLES_DIR}/alpha.md`, ['a1'], [theme('taiwan', { beta: [{ id: 'b1' }] })], { beta: ['b1'] }).children).toHaveLength(1);
		expect(run('/content/themes/alpha.md', ['a1'], [theme('taiwan', { alpha: [{ id: 'a1' }] })]).children).toHaveLength(1);
	});
});
