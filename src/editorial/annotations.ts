/**
 * The editorial layer, loaded once: themes, register entries, the timeline's events, the
 * editor's notes and the synopsis's questions are annotations of passages, kept apart from the authors' words. The index is built here, on the main thread, from the
 * collections and the rendered articles' passages (passage → themes, passage → mentions, entry →
 * passages), and checked here, once: the build stops on any problem, each naming its file. Pages
 * put the annotations in (`annotate`); the Markdown workers know nothing of them.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { h } from 'hastscript';
import { raw, toMarkup } from './markup.ts';
import { type Mention, mentionMatcher } from './register/mentions.ts';
import { comparisonLists } from './themes/passage-comparisons.ts';
import { type Comparisons, offeredTo } from './themes/combined-comparisons.ts';
import { noteBlock, noteContent, notedPhrase, editorNotes } from './notes/note-html.ts';
import { type NoteInput, noteProblems, numberNotes, type NumberedNote } from './notes/notes.ts';
import { annotatePassages, mentionLink } from './passage-annotations.ts';
import { passageThemes } from './themes/passage-themes.ts';
import { buildMentionIndex, type MentionIndex, type RegisterEntryInput, registerProblems, REGISTER_KINDS } from './register/register.ts';
import { pageAt } from '../components/paging.ts';
import { discusses, eventProblems, placement, type TimelineEvent, timelineEvents } from './timeline/events.ts';
import { sourceList } from './source-list.ts';
import { quoteSentences } from '../text/sentences.ts';
import { buildThemeIndex, themeEntryId, type ThemeIndex, themeProblems } from './themes/themes.ts';
import { type QuestionInput, questionProblems, questionsAnswered, shippedQuestionProblems, type SynopsisRow, synopsisRows } from './questions/questions.ts';
import { readShippedQuestions } from './questions/questions-lock.ts';
import { QUESTIONS_LOCK_PATH } from '../config/content-paths.ts';
import { routes } from '../config/routes.ts';
import { type Article, loadArticles } from '../articles/articles.ts';

export type ThemeEntry = CollectionEntry<'themes'>;
export type RegisterEntry = CollectionEntry<'register'>;
type EventData = CollectionEntry<'events'>['data'] & { id: string; body: string };
type NoteData = CollectionEntry<'notes'>['data'] & NoteInput & { html: string };

export interface Annotations {
	/** The themes, in display order. */
	themes: ThemeEntry[];
	themeIndex: ThemeIndex;
	themeTitle: (id: string) => string;
	/** The page of every theme's list on which an analysis stands (all analyses are listed, in order). */
	themePageOf: (article: string) => number;
	/** The register, grouped by kind, each group in alphabetical order. */
	register: RegisterEntry[];
	registerEntry: (id: string) => RegisterEntry;
	mentions: MentionIndex;
	/** The register's mentions in a text, as the index found them (editorial/register/mentions.ts). */
	findMentions: (text: string) => Mention[];
	/** The analyses that mention an entry, in the site's order of analyses. */
	analysesMentioning: (id: string) => Article[];
	/** The timeline's events, in date order. */
	events: Array<TimelineEvent<EventData>>;
	/** The analyses the timeline places: those that discuss one of its events, in the site's order. */
	analysesOnTimeline: Article[];
	/** The events an analysis discusses nearest before and after it was written. */
	placementOf: (article: Article) => { after?: TimelineEvent<EventData>; before?: TimelineEvent<EventData> };
	/** An analysis's editor's notes, numbered in reading order, each with its content's HTML and the block that follows its passage. */
	notesOf: (article: string) => Array<NumberedNote<NoteData> & { content: string; block: string }>;
	/** An article's rendered HTML with its annotations: theme notes after passages, links on first mentions, editor's notes. */
	annotate: (html: string, article: string) => string;
	/** The synopsis (/compare/): a row a question, grouped by theme, a cell an analysis in the site's order. */
	synopsis: SynopsisRow[];
	/** The comparison lists the passages' themes disclosures fetch when opened, by theme, one file for the site (editorial/themes/passage-comparisons.ts). */
	comparisons: Comparisons;
}

let cache: Promise<Annotations> | undefined;

export function loadAnnotations(): Promise<Annotations> {
	cache ??= build();
	return cache;
}

async function build(): Promise<Annotations> {
	const [themeCollection, registerCollection, eventCollection, noteCollection, questionCollection, articles] = await Promise.all([
		getCollection('themes'),
		getCollection('register'),
		getCollection('events'),
		getCollection('notes'),
		getCollection('questions'),
		loadArticles(),
	]);
	const passages = articles.map((a) => ({ slug: a.slug, passages: a.passages, passageIds: a.passages.map((p) => p.id), retired: a.retired }));

	const themeInputs = themeCollection.map((t) => ({ id: t.id, ...t.data, body: t.body ?? '' }));
	const registerInputs = registerCollection.map((e): RegisterEntryInput => ({ id: e.id, ...e.data, body: e.body ?? '' }));
	const themeIndex = buildThemeIndex(themeInputs, passages);
	const findMentions = mentionMatcher(registerInputs);
	const mentions = buildMentionIndex(registerInputs, passages, findMentions);
	const eventInputs = eventCollection.map((e): EventData => ({ id: e.id, ...e.data, body: e.body ?? '' }));
	const noteInputs = noteCollection.map((n): NoteData => ({ id: n.id, ...n.data, body: n.body ?? '', html: n.rendered?.html ?? '' }));
	const eventById = new Map(eventInputs.map((e) => [e.id, e]));
	const questionInputs = questionCollection.map((q): QuestionInput => ({ id: q.id, ...q.data }));
	const problems = [
		...questionProblems(questionInputs, passages, new Set(themeInputs.map((t) => t.id))),
		...shippedQuestionProblems(questionInputs, readShippedQuestions(QUESTIONS_LOCK_PATH)),
		...themeProblems(themeInputs, passages),
		...registerProblems(registerInputs, passages, mentions),
		...eventProblems(eventInputs, passages),
		...noteProblems(noteInputs, passages, eventById),
		// Astro logs a note's refused Markdown (rehype-prose-only) and goes on without its HTML.
		...noteCollection.filter((n) => !n.rendered).map((n) => `content/notes/${n.id}.md: the note's Markdown was refused (the reason is logged above)`),
	];
	if (problems.length > 0) throw new Error(`The editorial annotations do not match the analyses:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

	const themeOrder = new Map(themeIndex.themes.map((t, i) => [t.id, i]));
	const themes = themeCollection.sort((a, b) => themeOrder.get(a.id)! - themeOrder.get(b.id)!);
	const titles = new Map(themeIndex.themes.map((t) => [t.id, t.title]));
	const themeTitle = (id: string) => titles.get(id)!;
	const articleOrder = new Map(articles.map((a, i) => [a.slug, i]));
	const themePageOf = (article: string) => pageAt(articleOrder.get(article)!);

	const kindOrder = (e: RegisterEntry) => REGISTER_KINDS.indexOf(e.data.kind);
	const register = registerCollection.sort((a, b) => kindOrder(a) - kindOrder(b) || sortName(a).localeCompare(sortName(b), 'en'));
	const byId = new Map(register.map((e) => [e.id, e]));
	const mentioning = new Map(register.map((e) => [e.id, articles.filter((a) => (mentions.byEntry[e.id]?.[a.slug]?.length ?? 0) > 0)]));

	const events = timelineEvents(eventInputs);
	const notes = new Map(
		passages.map((article) => [
			article.slug,
			numberNotes(noteInputs, article).map((numbered) => {
				const { note } = numbered;
				const event = note.event === undefined ? undefined : eventById.get(note.event)!;
				const sources = [...note.sources, ...(event?.sources ?? [])];
				const content = noteContent(numbered, {
					html: note.html,
					sources: sources.length > 0 ? sourceList(sources) : undefined,
					eventHref: event && routes.timelineEvent(event.id),
				});
				return { ...numbered, content, block: noteBlock(numbered, content) };
			}),
		]),
	);
	const notesOf = (article: string) => notes.get(article) ?? [];
	const synopsis = synopsisRows(questionInputs, articles.map((a) => a.slug), themeIndex.themes.map((t) => t.id));

	return {
		themes,
		themeIndex,
		themeTitle,
		themePageOf,
		register,
		registerEntry: (id) => byId.get(id)!,
		mentions,
		findMentions,
		analysesMentioning: (id) => mentioning.get(id)!,
		events,
		analysesOnTimeline: articles.filter((a) => events.some((e) => discusses(e, a.slug))),
		placementOf: (article) => placement(article.slug, article.entry.data.published, events),
		notesOf,
		synopsis,
		...articleAnnotator({ articles, themeIndex, themeTitle, keywordsOf: (id) => themes.find((t) => t.id === id)!.data.keywords, themePageOf, findMentions, notesOf, answered: questionsAnswered(synopsis) }),
	};
}

const sortName = (entry: RegisterEntry) => entry.data.sortAs ?? entry.data.name;

interface AnnotatorSources {
	articles: readonly Article[];
	themeIndex: ThemeIndex;
	themeTitle: (id: string) => string;
	/** A theme's keywords: the words its comparison lists mark in the passages they quote. */
	keywordsOf: (id: string) => readonly string[];
	themePageOf: (article: string) => number;
	findMentions: (text: string) => Mention[];
	notesOf: Annotations['notesOf'];
	answered: ReturnType<typeof questionsAnswered>;
}

function articleAnnotator({ articles, themeIndex, themeTitle, keywordsOf, themePageOf, findMentions, notesOf, answered }: AnnotatorSources) {
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const comparisons = comparisonLists({
		index: themeIndex,
		label: (ref, themeId) => {
			const article = bySlug.get(ref.article)!;
			const text = article.passages.find((p) => p.id === ref.id)!.text;
			return { article: article.entry.data.shortTitle, quote: quoteSentences(text, { keywords: keywordsOf(themeId) }) };
		},
	});
	const annotate = (html: string, article: string): string => {
		const themesOf = themeIndex.byPassage[article] ?? {};
		const page = themePageOf(article);
		const notes = notesOf(article);
		const notesAfter = (id: string) => notes.filter((n) => n.note.passage === id);
		return annotatePassages(html, {
			after: (id) => {
				const themeIds = themesOf[id];
				const noted = notesAfter(id);
				const chips = (themeIds ?? []).map((t) => ({ title: themeTitle(t), href: routes.themeEntry(t, themeEntryId({ article, id }), page) }));
				// The comparison lists are fetched when the disclosure opens; the page only says where from.
				const compared = themeIds?.some((t) => offeredTo(comparisons[t], article).items.length > 0) ?? false;
				const answers = answered(article, id).map((q) => ({ question: q.question, href: routes.compareQuestion(q.id) }));
				const apparatus = chips.length > 0 || answers.length > 0 ? passageThemes(chips, compared, answers) : '';
				const blocks = [noted.length > 0 ? editorNotes(noted.map((n) => n.block)) : '', apparatus].join('');
				// One block beside the passage, so its notes and themes share the margin of the passage's
				// row; ours, so out of search (search/shared/apparatus.ts).
				return blocks ? toMarkup(h('div.passage-margin', [raw(blocks)])) : undefined;
			},
			find: findMentions,
			link: (entry, words) => mentionLink(routes.registerEntry(entry), words),
			phrases: (id) => notesAfter(id).map((numbered) => ({ words: numbered.note.phrase, html: (words) => notedPhrase(numbered, words), source: `content/notes/${numbered.note.id}.md` })),
		});
	};
	return { annotate, comparisons };
}
