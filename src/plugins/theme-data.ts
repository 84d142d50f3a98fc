/**
 * Loads the theme files when the Markdown pipeline starts (site-pipeline.ts, in each render
 * worker), so article pages can be rendered with their theme links, and refuses to build when the
 * tagging is wrong (each problem names the theme file).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { PassageRegistry } from '../lib/passage-registry.ts';
import { buildThemeIndex, type ArticlePassages, type ThemeIndex, type ThemeInput, themeProblems } from '../lib/themes.ts';
import { themeSchema } from '../schemas.ts';

const markdownFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).sort() : []);

export function loadThemeIndex(contentDir: string, registry: PassageRegistry): ThemeIndex {
	const themes = markdownFiles(path.join(contentDir, 'themes')).map((file): ThemeInput => {
		const { frontmatter, content } = parseFrontmatter(readFileSync(path.join(contentDir, 'themes', file), 'utf8'));
		const parsed = themeSchema.safeParse(frontmatter);
		if (!parsed.success) {
			const issues = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`).join('\n');
			throw new Error(`content/themes/${file}: frontmatter does not match the theme schema\n${issues}`);
		}
		return { id: file.replace(/\.md$/, ''), ...parsed.data, body: content };
	});

	const articleSlugs = new Set(markdownFiles(path.join(contentDir, 'articles')).map((file) => file.replace(/\.md$/, '')));
	const articles: ArticlePassages[] = Object.entries(registry.articles)
		.filter(([slug]) => articleSlugs.has(slug))
		.map(([slug, entry]) => ({
			slug,
			passageIds: entry.passages.map((p) => p.id),
			retired: Object.fromEntries(entry.retired.map((r) => [r.id, r.successor])),
		}));
	const problems = themeProblems(themes, articles);
	if (problems.length > 0) throw new Error(`Theme check failed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

	return buildThemeIndex(themes, articles);
}
