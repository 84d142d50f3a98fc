/**
 * The tagging is right in substance: a passage that names a theme's keyword is tagged with it
 * (for the four core themes), and a tagged passage either names a keyword or carries a note
 * saying why it belongs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderArticles } from '../../../../src/passages/registry-sync.ts';
import { readRegistry } from '../../../../src/passages/registry-file.ts';
import { buildThemeIndex } from '../../../../src/editorial/themes/themes.ts';
import { ARTICLES_DIR, REGISTRY_PATH, THEMES_DIR } from '../../../../src/config/content-paths.ts';
import { themeSchema } from '../../../../src/schemas/theme.ts';

const CORE_THEMES = ['neutrality', 'sanctions', 'taiwan', 'europe'];
const registry = readRegistry(REGISTRY_PATH);
const articles = await renderArticles(registry, ARTICLES_DIR);
const themeFile = (id: string) => themeSchema.parse(parseFrontmatter(readFileSync(path.join(THEMES_DIR, `${id}.md`), 'utf8')).frontmatter);
const index = buildThemeIndex(
	readdirSync(THEMES_DIR).map((file) => ({ id: file.replace(/\.md$/, ''), ...themeFile(file.replace(/\.md$/, '')), body: '' })),
	articles.map(({ key }) => ({ slug: key, passageIds: registry.articles[key]!.passages.map((p) => p.id), retired: {} })),
);
const textOf = new Map(
	articles.flatMap(({ key, passages }) =>
		passages.map((p, i) => [`${key}#${registry.articles[key]!.passages[i]!.id}`, p.text] as const),
	),
);
/** Whole words, any case: "EU" is not the start of "Eurasia". */
const mentions = (keywords: string[], text: string) =>
	keywords.some((k) => new RegExp(`\\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(text));

describe.each(index.themes.map((t) => t.id))('theme %s', (id) => {
	it('tags only passages that name it or say why they belong', () => {
		const data = themeFile(id);
		const unexplained = Object.entries(data.passages).flatMap(([article, list]) =>
			list.filter((p) => !p.note && !mentions(data.keywords, textOf.get(`${article}#${p.id}`) ?? '')).map((p) => `${article}#${p.id}`),
		);
		expect(unexplained).toEqual([]);
	});

});

describe.each(CORE_THEMES)('core theme %s', (id) => {
	it('tags every passage that names it', () => {
		const data = themeFile(id);
		const untagged = [...textOf]
			.filter(([key, text]) => {
				const [article, passage] = key.split('#');
				return mentions(data.keywords, text) && !index.byTheme[id]?.[article!]?.includes(passage!);
			})
			.map(([key]) => key);
		expect(untagged).toEqual([]);
	});
});

it('the four core themes each reach at least two analyses', () => {
	for (const id of CORE_THEMES) {
		const reached = Object.values(index.byTheme[id] ?? {}).filter((ids) => ids.length > 0);
		expect(reached.length, id).toBeGreaterThanOrEqual(2);
	}
});
