/**
 * Synthetic content folders for the scale bench and the paged site's browser tests (paged-site.ts):
 * N articles made by recombining the real passages, with a passage registry written by the
 * project's own `passages:update` code and themes that tag each synthetic passage as its real
 * original is tagged, so that every check the build makes passes. Nothing here is committed: the
 * bench's folders live in the OS temp dir, the paged site's in tests/.paged-site.content/.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { stringify } from 'yaml';
import { renderArticles, syncRegistry } from '../../src/passages/registry-sync.ts';
import { formOccurs } from '../../src/editorial/register/mentions.ts';
import { buildMentionIndex, mentionCount, type RegisterEntryInput } from '../../src/editorial/register/register.ts';
import type { PassageRegistry } from '../../src/passages/registry.ts';
import { readRegistry, writeRegistry } from '../../src/passages/registry-file.ts';

const REAL = path.resolve(import.meta.dirname, '../../content');
const PARAGRAPHS = { min: 15, max: 20 };

interface MarkdownFile {
	name: string;
	frontmatter: Record<string, unknown>;
	body: string;
}

type Tagging = Record<string, Array<{ id: string; note?: string }>>;

const readMarkdown = (dir: string): MarkdownFile[] =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.sort()
		.map((name) => ({ name, ...parseFrontmatter(readFileSync(path.join(dir, name), 'utf8')) }))
		.map(({ name, frontmatter, content }) => ({ name, frontmatter, body: content }));

const writeMarkdown = (file: string, frontmatter: object, body: string) =>
	writeFileSync(file, `---\n${stringify(frontmatter)}---\n\n${body.trim()}\n`);

/** Deterministic, so every run of the bench builds the same corpora (mulberry32). */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
	};
}

function pick<T>(items: readonly T[], count: number, rand: () => number): T[] {
	const pool = [...items];
	for (let i = pool.length - 1; i > 0; i--) {
		const j = Math.floor(rand() * (i + 1));
		[pool[i], pool[j]] = [pool[j]!, pool[i]!];
	}
	return pool.slice(0, count);
}

/** The real articles' blocks (blank-line separated): passages, and the authors' `## ` headings. */
function realBlocks(articles: MarkdownFile[]) {
	const blocks = articles.flatMap((a) => a.body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean));
	return {
		paragraphs: blocks.filter((b) => !b.startsWith('#')),
		headings: blocks.filter((b) => b.startsWith('## ')),
	};
}

/** 15–20 real paragraphs in a new order, with one or two of the real headings among them. */
function syntheticBody(blocks: ReturnType<typeof realBlocks>, rand: () => number): string {
	const count = PARAGRAPHS.min + Math.floor(rand() * (PARAGRAPHS.max - PARAGRAPHS.min + 1));
	const body = pick(blocks.paragraphs, count, rand);
	const headings = pick(blocks.headings, 1 + Math.floor(rand() * 2), rand);
	// The first heading after a short lede, the second (if any) two thirds of the way down.
	headings.forEach((heading, i) => body.splice(i === 0 ? 3 : Math.round((count * 2) / 3) + 1, 0, heading));
	return body.join('\n\n');
}

const number = (i: number) => String(i).padStart(4, '0');
const slugOf = (i: number) => `synthetic-${number(i)}`;
const titleOf = (i: number) => `Synthetic ${number(i)}`;
/** The page of the first synthetic article, which every corpus has. */
export const FIRST_ARTICLE_PATH = `/articles/${slugOf(0)}/`;

function writeArticles(dir: string, count: number, real: MarkdownFile[]) {
	const blocks = realBlocks(real);
	const rand = random(count);
	for (let i = 0; i < count; i++) {
		const template = real[i % real.length]!.frontmatter;
		const frontmatter = {
			...template,
			title: titleOf(i),
			shortTitle: titleOf(i),
			// The real summaries cite real passage ids, which a synthetic article may not have.
			summary: 'Passages of the three analyses, recombined for the scale bench.',
		};
		writeMarkdown(path.join(dir, `${slugOf(i)}.md`), frontmatter, syntheticBody(blocks, rand));
	}
}

/** Real passage hash → the real article and id, so a synthetic passage can inherit its themes. */
function realPassagesByHash(registry: PassageRegistry) {
	return new Map(
		Object.entries(registry.articles).flatMap(([article, entry]) => entry.passages.map((p) => [p.hash, { article, id: p.id }] as const)),
	);
}

/** The theme's tagging carried over: each synthetic passage tagged as its real original is. */
function syntheticTagging(realTagging: Tagging, synthetic: PassageRegistry, realByHash: ReturnType<typeof realPassagesByHash>): Tagging {
	const tagging: Tagging = {};
	for (const [slug, entry] of Object.entries(synthetic.articles)) {
		const tagged = entry.passages.flatMap((p) => {
			const real = realByHash.get(p.hash);
			const tag = real && realTagging[real.article]?.find((t) => t.id === real.id);
			return tag ? [{ ...tag, id: p.id }] : [];
		});
		if (tagged.length > 0) tagging[slug] = tagged;
	}
	return tagging;
}

/** Theme files whose tagging, positions and absences cover the synthetic articles instead. */
function writeThemes(dir: string, count: number, real: MarkdownFile[], synthetic: PassageRegistry, realRegistry: PassageRegistry) {
	const realByHash = realPassagesByHash(realRegistry);
	for (const theme of real) {
		const title = String(theme.frontmatter.title);
		const passages = syntheticTagging(theme.frontmatter.passages as Tagging, synthetic, realByHash);
		const positions: Record<string, string> = {};
		const absent: Record<string, string> = {};
		for (let i = 0; i < count; i++) {
			const slug = slugOf(i);
			const first = passages[slug]?.[0];
			if (first) positions[slug] = `${titleOf(i)} on ${title}: [its first passage on the theme](#${first.id}).`;
			else absent[slug] = `${titleOf(i)} does not address ${title}.`;
		}
		// The explainer cites the real articles' passages; their words stay, the links go.
		const body = theme.body.replace(/\[([^\]]+)\]\(\/articles\/[^)]*\)/g, '$1');
		writeMarkdown(path.join(dir, theme.name), { ...theme.frontmatter, passages, positions, absent }, body);
	}
}

/**
 * The real register over the synthetic articles: each role moved to a synthetic copy of its
 * passage (or dropped, with no copy), forms that no synthetic passage uses dropped, and entries
 * that no passage then mentions left out, as the build would refuse them.
 */
/** Each real passage ("article#id") → its first synthetic copy. */
function passageCopies(synthetic: PassageRegistry, realRegistry: PassageRegistry): Map<string, { article: string; id: string }> {
	const realByHash = realPassagesByHash(realRegistry);
	const copyOf = new Map<string, { article: string; id: string }>();
	for (const [slug, entry] of Object.entries(synthetic.articles)) {
		for (const p of entry.passages) {
			const original = realByHash.get(p.hash);
			if (original && !copyOf.has(`${original.article}#${original.id}`)) copyOf.set(`${original.article}#${original.id}`, { article: slug, id: p.id });
		}
	}
	return copyOf;
}

async function writeRegister(dir: string, real: MarkdownFile[], synthetic: PassageRegistry, realRegistry: PassageRegistry) {
	const realRendered = await renderArticles(realRegistry, path.join(REAL, 'articles'));
	const textByHash = new Map(
		realRendered.flatMap(({ key, passages }) => passages.map((p, i) => [realRegistry.articles[key]!.passages[i]!.hash, p.text] as const)),
	);
	const copyOf = passageCopies(synthetic, realRegistry);
	const articles = Object.entries(synthetic.articles).map(([slug, entry]) => {
		const passages = entry.passages.map((p) => ({ id: p.id, text: textByHash.get(p.hash) ?? '' }));
		return { slug, passages, passageIds: passages.map((p) => p.id), retired: {} };
	});
	const texts = [...new Set(articles.flatMap((a) => a.passages.map((p) => p.text)))];
	const entries = real.map((file) => {
		const data = file.frontmatter as Omit<RegisterEntryInput, 'id' | 'body'>;
		const roles = (data.roles ?? []).flatMap((role) => {
			const copy = copyOf.get(`${role.article}#${role.passage}`);
			return copy ? [{ ...role, article: copy.article, passage: copy.id }] : [];
		});
		const forms = data.forms.filter((form) => formOccurs(form, texts));
		return { file, frontmatter: { ...data, forms, roles }, input: { id: file.name.replace(/\.md$/, ''), ...data, forms, roles, otherForms: [], sources: [], body: '' } };
	});
	const kept = entries.filter((e) => e.input.forms.length > 0);
	const index = buildMentionIndex(kept.map((e) => e.input), articles);
	for (const { file, frontmatter, input } of kept) {
		if (mentionCount(index, input.id) > 0) writeMarkdown(path.join(dir, file.name), frontmatter, file.body);
	}
}

/**
 * The real events, each quoting the first synthetic copies of its passages (an event none of whose
 * passages was copied is left out, as is one whose dating passage was not).
 */
function writeEvents(dir: string, real: MarkdownFile[], copyOf: ReadonlyMap<string, { article: string; id: string }>): Set<string> {
	mkdirSync(dir);
	const written = new Set<string>();
	type Quote = { article: string; passage: string; words: string };
	const copied = (quote: Quote): Quote | undefined => {
		const copy = copyOf.get(`${quote.article}#${quote.passage}`);
		return copy && { ...quote, article: copy.article, passage: copy.id };
	};
	for (const file of real) {
		const data = file.frontmatter as { passages: Quote[]; datedBy?: Quote };
		const passages = data.passages.flatMap((q) => copied(q) ?? []);
		const datedBy = data.datedBy && copied(data.datedBy);
		if (passages.length === 0 || (data.datedBy && !datedBy)) continue;
		writeMarkdown(path.join(dir, file.name), { ...data, passages, ...(datedBy && { datedBy }) }, file.body);
		written.add(file.name.replace(/\.md$/, ''));
	}
	return written;
}

/** The real editor's notes, each on the first synthetic copy of its passage (one whose passage or event was left out is too). */
function writeNotes(dir: string, real: MarkdownFile[], copyOf: ReadonlyMap<string, { article: string; id: string }>, events: ReadonlySet<string>) {
	mkdirSync(dir);
	for (const file of real) {
		const data = file.frontmatter as { article: string; passage: string; event?: string };
		const copy = copyOf.get(`${data.article}#${data.passage}`);
		if (!copy || (data.event && !events.has(data.event))) continue;
		writeMarkdown(path.join(dir, file.name), { ...data, article: copy.article, passage: copy.id }, file.body);
	}
}

/** Writes a content folder of `count` synthetic articles into `dir` (which must not exist yet). */
export async function writeSyntheticCorpus(dir: string, count: number): Promise<void> {
	const articlesDir = path.join(dir, 'articles');
	const themesDir = path.join(dir, 'themes');
	mkdirSync(articlesDir, { recursive: true });
	mkdirSync(themesDir);
	mkdirSync(path.join(dir, 'register'));
	// The articles' `source.file` names the real received texts: copy them along.
	cpSync(path.join(REAL, 'sources'), path.join(dir, 'sources'), { recursive: true });
	writeArticles(articlesDir, count, readMarkdown(path.join(REAL, 'articles')));

	// The registry, as `npm run passages:update` would write it for these articles.
	const { next } = await syncRegistry({ version: 1, articles: {} }, articlesDir);
	writeRegistry(path.join(dir, 'passages.lock.json'), next);
	const realRegistry = readRegistry(path.join(REAL, 'passages.lock.json'));
	writeThemes(themesDir, count, readMarkdown(path.join(REAL, 'themes')), next, realRegistry);
	await writeRegister(path.join(dir, 'register'), readMarkdown(path.join(REAL, 'register')), next, realRegistry);
	const copies = passageCopies(next, realRegistry);
	const events = writeEvents(path.join(dir, 'events'), readMarkdown(path.join(REAL, 'events')), copies);
	writeNotes(path.join(dir, 'notes'), readMarkdown(path.join(REAL, 'notes')), copies, events);
}
