/**
 * The editorial layer, loaded once: themes, register entries and the timeline's events are annotations of passages, kept
 * apart from the authors' words. The index is built here, on the main thread, from the
 * collections and the rendered articles' passages (passage → themes, passage → mentions, entry →
 * passages), and checked here, once: the build stops on any problem, each naming its file. Pages
 * put the annotations in (`annotate`); the Markdown workers know nothing of them.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { type Mention, mentionMatcher } from '../lib/mentions.ts';
import { comparisonLists } from '../lib/passage-comparisons.ts';
import { annotatePassages, mentionLink } from '../lib/passage-annotations.ts';
import { passageThemes } from '../lib/passage-themes.ts';
import { buildMentionIndex, type MentionIndex, type RegisterEntryInput, registerProblems, REGISTER_KINDS } from '../lib/register.ts';
import { pageAt } from '../lib/paging.ts';
import { discusses, eventProblems, placement, type TimelineEvent, timelineEvents } from '../lib/events.ts';
import { excerpt } from '../lib/text.ts';
import { buildThemeIndex, themeEntryId, type ThemeIndex, themeProblems } from '../lib/themes.ts';
import { routes } from '../routes.ts';
import { type Article, loadArticles } from './articles.ts';

export type ThemeEntry = CollectionEntry<'themes'>;
export type RegisterEntry = CollectionEntry<'people'>;
type EventData = CollectionEntry<'events'>['data'] & { id: string; body: string };

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
	/** The register's mentions in a text, as the index found them (lib/mentions.ts). */
	findMentions: (text: string) => Mention[];
	/** The analyses that mention an entry, in the site's order of analyses. */
	analysesMentioning: (id: string) => Article[];
	/** The timeline's events, in date order. */
	events: Array<TimelineEvent<EventData>>;
	/** The analyses the timeline places: those that discuss one of its events, in the site's order. */
	analysesOnTimeline: Article[];
	/** The events an analysis discusses nearest before and after it was written. */
	placementOf: (article: Article) => { after?: TimelineEvent<EventData>; before?: TimelineEvent<EventData> };
	/** An article's rendered HTML with its annotations: theme notes after passages, links on first mentions. */
	annotate: (html: string, article: string) => string;
}

let cache: Promise<Annotations> | undefined;

export function loadAnnotations(): Promise<Annotations> {
	cache ??= build();
	return cache;
}

async function build(): Promise<Annotations> {
	const [themeCollection, registerCollection, eventCollection, articles] = await Promise.all([
		getCollection('themes'),
		getCollection('people'),
		getCollection('events'),
		loadArticles(),
	]);
	const passages = articles.map((a) => ({ slug: a.slug, passages: a.passages, passageIds: a.passages.map((p) => p.id), retired: a.retired }));

	const themeInputs = themeCollection.map((t) => ({ id: t.id, ...t.data, body: t.body ?? '' }));
	const registerInputs = registerCollection.map((e): RegisterEntryInput => ({ id: e.id, ...e.data, body: e.body ?? '' }));
	const themeIndex = buildThemeIndex(themeInputs, passages);
	const findMentions = mentionMatcher(registerInputs);
	const mentions = buildMentionIndex(registerInputs, passages, findMentions);
	const eventInputs = eventCollection.map((e): EventData => ({ id: e.id, ...e.data, body: e.body ?? '' }));
	const problems = [...themeProblems(themeInputs, passages), ...registerProblems(registerInputs, passages, mentions), ...eventProblems(eventInputs, passages)];
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
		annotate: articleAnnotator({ articles, themeIndex, themeTitle, themePageOf, findMentions }),
	};
}

const sortName = (entry: RegisterEntry) => entry.data.sortAs ?? entry.data.name;

interface AnnotatorSources {
	articles: readonly Article[];
	themeIndex: ThemeIndex;
	themeTitle: (id: string) => string;
	themePageOf: (article: string) => number;
	findMentions: (text: string) => Mention[];
}

function articleAnnotator({ articles, themeIndex, themeTitle, themePageOf, findMentions }: AnnotatorSources) {
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const compare = comparisonLists({
		index: themeIndex,
		label: (ref) => {
			const article = bySlug.get(ref.article)!;
			return { article: article.entry.data.shortTitle, excerpt: excerpt(article.passages.find((p) => p.id === ref.id)!.text) };
		},
	});
	return (html: string, article: string): string => {
		const themesOf = themeIndex.byPassage[article] ?? {};
		const comparisonsFor = compare(article);
		const page = themePageOf(article);
		return annotatePassages(html, {
			after: (id) => {
				const themeIds = themesOf[id];
				if (!themeIds?.length) return undefined;
				const chips = themeIds.map((t) => ({ title: themeTitle(t), href: routes.themeEntry(t, themeEntryId({ article, id }), page) }));
				return passageThemes(chips, comparisonsFor(themeIds));
			},
			find: findMentions,
			link: (entry, words) => mentionLink(routes.registerEntry(entry), words),
		});
	};
}
