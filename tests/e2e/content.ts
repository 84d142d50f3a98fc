/** The committed content, read the way a reviewer would: from the files, not from the site. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readRegistry } from '../../src/lib/registry-file.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

export interface ArticleFixture {
	slug: string;
	url: string;
	data: Record<string, any>;
	source: string;
	passageIds: string[];
}

const registry = readRegistry(path.join(CONTENT, 'passages.lock.json'));

export const articles: ArticleFixture[] = readdirSync(path.join(CONTENT, 'articles'))
	.filter((f) => f.endsWith('.md'))
	.map((file) => {
		const slug = file.replace(/\.md$/, '');
		const { frontmatter } = parseFrontmatter(readFileSync(path.join(CONTENT, 'articles', file), 'utf8'));
		return {
			slug,
			url: `/articles/${slug}/`,
			data: frontmatter,
			source: readFileSync(path.join(CONTENT, 'sources', frontmatter.source.file), 'utf8'),
			passageIds: registry.articles[slug]!.passages.map((p) => p.id),
		};
	});

export const pages = ['/', '/search/', ...articles.map((a) => a.url), '/404.html'];
