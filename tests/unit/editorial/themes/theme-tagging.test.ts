/**
 * The real tagging, in substance. The build's theme checks (themeProblems) already hold every
 * tagged passage to naming one of its theme's keywords or carrying a note saying why it belongs;
 * a theme with `tagEveryMention` also needs every passage that names a keyword tagged. The four core
 * themes are meant to be such themes, but the theme files cannot say so until src/schemas/theme.ts
 * has the field: until then they are named here, and held to the same check the build runs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { renderArticles } from '../../../../src/passages/registry-sync.ts';
import { readRegistry } from '../../../../src/passages/registry-file.ts';
import { buildThemeIndex, type ThemeInput, themeProblems } from '../../../../src/editorial/themes/themes.ts';
import { ARTICLES_DIR, REGISTRY_PATH, THEMES_DIR } from '../../../../src/config/content-paths.ts';
import { themeSchema } from '../../../../src/schemas/theme.ts';

const CORE_THEMES = ['neutrality', 'sanctions', 'taiwan', 'europe'];
const registry = readRegistry(REGISTRY_PATH);
const articles = (await renderArticles(registry, ARTICLES_DIR)).map(({ key, passages }) => {
	const { passages: registered, retired } = registry.articles[key]!;
	const withIds = passages.map((p, i) => ({ id: registered[i]!.id, text: p.text }));
	return { slug: key, passages: withIds, passageIds: withIds.map((p) => p.id), retired: Object.fromEntries(retired.map((r) => [r.id, r.successor])) };
});
const themes: ThemeInput[] = readdirSync(THEMES_DIR).map((file) => {
	const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(THEMES_DIR, file), 'utf8'));
	return { id: file.replace(/\.md$/, ''), ...themeSchema.parse(frontmatter), body: content };
});

describe('the themes’ tagging', () => {
	it('passes the build’s checks, with every passage that names a core theme’s keyword tagged', () => {
		const core = themes.filter((t) => CORE_THEMES.includes(t.id));
		expect(core.map((t) => t.id).sort()).toEqual([...CORE_THEMES].sort());
		expect(themeProblems(themes.map((t) => (CORE_THEMES.includes(t.id) ? { ...t, tagEveryMention: true } : t)), articles)).toEqual([]);
	});

	it('reaches at least two analyses with each core theme', () => {
		const index = buildThemeIndex(themes, articles);
		for (const id of CORE_THEMES) {
			const reached = Object.values(index.byTheme[id] ?? {}).filter((ids) => ids.length > 0);
			expect(reached.length, id).toBeGreaterThanOrEqual(2);
		}
	});
});
