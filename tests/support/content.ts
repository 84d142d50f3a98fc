/** The committed content, read the way a reviewer would: from the files, not from the site. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readRegistry } from '../../src/passages/registry-file.ts';

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

/** The source lines an article's page shows as header fields: the title only when it is the author's. */
export const headerLines = ({ data }: ArticleFixture): Array<string | null | undefined> => [
	data.titleSuppliedByEditors ? null : data.title,
	data.standfirst,
	data.byline,
	data.authorBio,
	data.published.asPrinted,
	data.updated?.asPrinted,
];

export interface RegisterFixture {
	id: string;
	url: string;
	name: string;
	kind: string;
	forms: string[];
	otherForms: string[];
	roles: Array<{ article: string; passage: string; words: string }>;
}

export const register: RegisterFixture[] = readdirSync(path.join(CONTENT, 'register'))
	.filter((f) => f.endsWith('.md'))
	.map((file) => {
		const { frontmatter } = parseFrontmatter(readFileSync(path.join(CONTENT, 'register', file), 'utf8'));
		const id = file.replace(/\.md$/, '');
		return { id, url: `/people/${id}/`, otherForms: [], roles: [], ...frontmatter } as unknown as RegisterFixture;
	});

export const pages = [
	'/',
	'/search/',
	'/themes/',
	'/people/',
	...articles.map((a) => a.url),
	...readdirSync(path.join(CONTENT, 'themes')).map((f) => `/themes/${f.replace(/\.md$/, '')}/`),
	// Of the register's entries, which share one template, one of each kind (register.spec.ts loads them all).
	...['/people/kaja-kallas/', '/people/china/', '/people/friends-of-peace/'],
	'/404.html',
];

export interface ThemeFixture {
	id: string;
	title: string;
	order: number;
	/** Article slug → tagged passage ids, as the theme file lists them. */
	passages: Record<string, string[]>;
}

export const themes: ThemeFixture[] = readdirSync(path.join(CONTENT, 'themes'))
	.filter((f) => f.endsWith('.md'))
	.map((file) => {
		const { frontmatter } = parseFrontmatter(readFileSync(path.join(CONTENT, 'themes', file), 'utf8'));
		const passages = Object.fromEntries(
			Object.entries(frontmatter.passages as Record<string, Array<{ id: string }>>).map(([slug, list]) => [slug, list.map((p) => p.id)]),
		);
		return { id: file.replace(/\.md$/, ''), title: frontmatter.title, order: frontmatter.order, passages };
	})
	.sort((a, b) => a.order - b.order);

export const CORE_THEMES = ['neutrality', 'sanctions', 'taiwan', 'europe'];

export interface NoteFixture {
	id: string;
	article: string;
	passage: string;
	phrase: string;
	date?: string;
}

/** The editor's notes, as committed. */
export const notes: NoteFixture[] = readdirSync(path.join(CONTENT, 'notes'))
	.filter((f) => f.endsWith('.md'))
	.map((file) => {
		const { date: written, ...frontmatter } = parseFrontmatter(readFileSync(path.join(CONTENT, 'notes', file), 'utf8')).frontmatter as Omit<NoteFixture, 'id' | 'date'> & {
			date?: Date | string;
		};
		// YAML reads a full date as a timestamp; the page writes it as the file does.
		const date = written instanceof Date ? written.toISOString().slice(0, 10) : written;
		return { ...frontmatter, id: file.replace(/\.md$/, ''), ...(date && { date }) };
	});
