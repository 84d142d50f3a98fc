import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeSlug from 'rehype-slug';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { updateArticleRegistry, type PassageRegistry } from '../../../src/passages/registry.ts';
import { findPassages } from '../../../src/pipeline/find-passages.ts';
import rehypePassageIds from '../../../src/pipeline/rehype-passage-ids.ts';
import { recordedPassages } from '../../../src/pipeline/page-data.ts';
import rehypePassagePermalinks from '../../../src/pipeline/rehype-passage-permalinks.ts';

const DIR = '/site/content/articles';
const ONE = 'The first passage is about sanctions and the trade in Russian oil.';
const TWO = 'The second passage is about Taiwan and the containment of China.';
const ITEM = 'A list item about Europe';

/** The registry `passages:update` writes for `texts`, after writing one for `earlier` (an edit) if given. */
function registryFor(texts: string[], earlier?: string[]): PassageRegistry {
	let article = updateArticleRegistry({ passages: [], retired: [] }, earlier ?? texts).registry;
	if (earlier) article = updateArticleRegistry(article, texts).registry;
	return { version: 1, articles: { demo: article } };
}

async function run(html: string, registry: PassageRegistry, path = `${DIR}/demo.md`) {
	const file = new VFile({ path, data: { astro: { frontmatter: {} } } });
	const processor = unified()
		.use(rehypeSlug)
		.use(rehypePassageIds, { articlesDir: DIR, registry })
		.use(rehypePassagePermalinks);
	const tree = (await processor.run(fromHtml(html, { fragment: true }), file)) as Root;
	// What the page receives: Astro hands it the render's frontmatter.
	const recorded = recordedPassages(file.data.astro?.frontmatter ?? {});
	return { tree, html: toHtml(tree), passages: recorded?.passages, retired: recorded?.retired };
}

describe('findPassages', () => {
	it('takes paragraphs, list items and block quotes, not paragraphs nested inside them', () => {
		const tree = fromHtml('<p>a</p><ul><li><p>b</p></li></ul><blockquote><p>c</p><p>d</p></blockquote>', { fragment: true });
		expect(findPassages(tree).map((p) => [p.element.tagName, p.text])).toEqual([
			['p', 'a'],
			['li', 'b'],
			['blockquote', 'cd'],
		]);
	});

	it('records the heading each passage falls under', () => {
		const tree = fromHtml('<p>a</p><h2 id="s">Section</h2><p>b</p>', { fragment: true });
		expect(findPassages(tree).map((p) => p.section)).toEqual([null, { id: 's', text: 'Section' }]);
	});
});

describe('rehype-passage-ids with rehype-passage-permalinks', () => {
	const html = `<h2>Stake</h2><p>${ONE}</p><p>${TWO}</p><ul><li>${ITEM}</li></ul>`;
	const registry = registryFor([ONE, TWO, ITEM]);
	const ids = registry.articles.demo!.passages.map((p) => p.id);

	it('gives every passage its registered id and a permalink showing its number, list items counted', async () => {
		const { tree } = await run(html, registry);
		const passages = findPassages(tree);
		expect(passages.map((p) => p.element.properties.id)).toEqual(ids);
		passages.forEach(({ element }, i) => {
			const link = element.children[0] as Element;
			expect(link.tagName).toBe('a');
			expect(link.properties).toMatchObject({ href: `#${element.properties.id}`, ariaLabel: `Link to paragraph ${i + 1}` });
			expect(link.children).toEqual([{ type: 'text', value: String(i + 1) }]);
		});
	});

	it('leaves heading ids to rehype-slug', async () => {
		expect((await run(html, registry)).html).toContain('<h2 id="stake">Stake</h2>');
	});

	it('exposes the passages, with ids and sections, to the page', async () => {
		const { passages } = await run(html, registry);
		expect(passages?.map((p) => [p.id, p.text, p.section?.id])).toEqual([
			[ids[0], ONE, 'stake'],
			[ids[1], TWO, 'stake'],
			[ids[2], ITEM, 'stake'],
		]);
	});

	it('keeps ids when a passage is inserted before them', async () => {
		// Registered before ONE was written; `passages:update` then gave ONE an id of its own.
		const before = registryFor([TWO, ITEM]).articles.demo!.passages.map((p) => p.id);
		expect(before).toEqual(['second-passage-taiwan', 'list-item-europe']);
		const { tree } = await run(html, registryFor([ONE, TWO, ITEM], [TWO, ITEM]));
		expect(findPassages(tree).map((p) => p.element.properties.id)).toEqual(['first-passage-sanctions', ...before]);
	});

	it('turns a retired id into an anchor with a notice inside its successor', async () => {
		const { tree } = await run(`<p>${TWO}</p><ul><li>${ITEM}</li></ul>`, registryFor([TWO, ITEM], [ONE, TWO, ITEM]));
		const successor = findPassages(tree)[0]!.element;
		const alias = successor.children.find((c): c is Element => c.type === 'element' && c.properties.id === ids[0]);
		expect(alias?.properties.className).toEqual(['passage-retired']);
		expect(toHtml(alias!)).toContain('no longer in this edition');
	});

	it('fails naming the article when a passage has no registered id', async () => {
		await expect(run(`${html}<p>An unregistered paragraph about something else entirely.</p>`, registry)).rejects.toThrow(
			/content\/articles\/demo\.md[\s\S]*passage 4 \("An unregistered paragraph/,
		);
	});

	it('leaves Markdown outside the articles folder alone', async () => {
		const { html: out } = await run(`<p>${ONE}</p>`, registry, '/site/content/themes/taiwan.md');
		expect(out).toBe(`<p>${ONE}</p>`);
	});
});
