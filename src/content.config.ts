/** The collections: articles, themes, the register, the timeline's events, the editor's notes and the synopsis's questions, validated by the schemas in src/schemas/, one file a collection. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineCollection } from 'astro:content';
import type { ContentEntryType } from 'astro';
import { glob, type LoaderContext } from 'astro/loaders';
import { decodeUtf8, fileNameProblems, impossibleDates } from './schemas/content-files.ts';
import { ARTICLES_DIR, EVENTS_DIR, NOTES_DIR, QUESTIONS_DIR, REGISTER_DIR, THEMES_DIR } from './config/content-paths.ts';
import { articleSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { noteSchema } from './schemas/note.ts';
import { questionSchema } from './schemas/question.ts';
import { registerEntrySchema } from './schemas/register.ts';
import { themeSchema } from './schemas/theme.ts';

/** What the glob loader would pass over silently: names that are not slugs, bytes that are not UTF-8, impossible dates. */
function contentFileProblems(dir: string): string[] {
	const folder = path.relative(process.cwd(), dir);
	const names = readdirSync(dir).sort();
	return [
		...fileNameProblems(folder, names),
		...names
			.filter((name) => name.endsWith('.md'))
			.flatMap((name) => {
				const file = path.join(folder, name);
				return impossibleDates(file, decodeUtf8(file, readFileSync(path.join(dir, name))));
			}),
	];
}

/**
 * Astro's glob loader over a folder's `*.md`, after checking the files themselves. An `optional`
 * folder may be missing (a content set without a synopsis: the fixtures, the scale bench's corpora).
 * `unrendered`: only the frontmatter is loaded; the site renders the files itself.
 */
function markdownFolder(base: string, options: { retainBody?: boolean; deferRender?: boolean; optional?: boolean; unrendered?: boolean } = {}) {
	// Rendered as modules of the build (deferRender), not into the content store: the store reaches
	// the pages as one JavaScript string, and V8 compiles long strings in worse than linear time
	// (2 minutes at 3,000 articles; see the scale section of `npm run bench`).
	const { optional = false, unrendered = false, ...loaderOptions } = options;
	const loader = glob({ pattern: '*.md', base, deferRender: true, ...loaderOptions });
	return {
		...loader,
		load: async (context: LoaderContext) => {
			if (optional && !existsSync(base)) return;
			const problems = contentFileProblems(base);
			if (problems.length > 0) throw new Error(`Content files refused:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
			if (!unrendered) return loader.load(context);
			// Without a render function the glob loader stores the data alone, neither rendered nor a module.
			const unrenderedContext: GlobLoaderContext = { ...context, entryTypes: withoutRendering((context as GlobLoaderContext).entryTypes) };
			return loader.load(unrenderedContext);
		},
	};
}

/** Astro gives loaders the entry types by extension, though LoaderContext's type leaves them out; the glob loader reads them. */
type GlobLoaderContext = LoaderContext & { entryTypes: Map<string, ContentEntryType> };

const withoutRendering = (types: Map<string, ContentEntryType>) =>
	new Map([...types].map(([extension, { getRenderFunction: _, ...type }]) => [extension, type]));

export const collections = {
	// Rendered by the site, in worker threads, all at once (articles/articles.ts): as 3,000 modules
	// of the build they took most of its memory and time.
	articles: defineCollection({ loader: markdownFolder(ARTICLES_DIR, { retainBody: false, unrendered: true }), schema: articleSchema }),
	themes: defineCollection({ loader: markdownFolder(THEMES_DIR), schema: themeSchema }),
	register: defineCollection({ loader: markdownFolder(REGISTER_DIR), schema: registerEntrySchema }),
	events: defineCollection({ loader: markdownFolder(EVENTS_DIR), schema: eventSchema }),
	// Rendered into the store: a note's HTML goes into the article's, as a string (editorial/annotations.ts).
	notes: defineCollection({ loader: markdownFolder(NOTES_DIR, { deferRender: false }), schema: noteSchema }),
	questions: defineCollection({ loader: markdownFolder(QUESTIONS_DIR, { optional: true }), schema: questionSchema }),
};
