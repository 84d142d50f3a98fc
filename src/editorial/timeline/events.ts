/**
 * The timeline's events: dated as precisely as the sources allow (text/dates.ts), each discussed
 * by passages of the analyses, and everything that would make one wrong, each problem naming the
 * event's file. The analyses take their places among them by their publication dates.
 */
import { byDate, type PartialDate, partialDate } from '../../text/dates.ts';
import { TIMELINE_ANALYSIS_PREFIX as ANALYSIS_PREFIX } from '../../config/routes.ts';
import { type ArticleText, type PassageWords, quoteProblem } from '../../passages/refs.ts';

export interface EventInput {
	id: string;
	title: string;
	/** The event as a sentence names it: "the Alaska summit". */
	named: string;
	date: string;
	until?: string | undefined;
	expected: boolean;
	passages: PassageWords[];
	datedBy?: PassageWords | undefined;
	/** The file's Markdown body, which an event does not have. */
	body: string;
}

interface Dated {
	earliest: Date;
	latest: Date;
}

export interface TimelineEvent<E extends EventInput = EventInput> extends Dated {
	event: E;
	from: PartialDate;
	to: PartialDate | undefined;
}

/** Whether one of the analysis's passages discusses the event. */
export const discusses = (event: TimelineEvent, article: string) => event.event.passages.some((p) => p.article === article);

/** The events in date order (of two on the same dates, by title), with their dates read. */
export function timelineEvents<E extends EventInput>(events: readonly E[]): Array<TimelineEvent<E>> {
	return events
		.map((event) => {
			const from = partialDate(event.date)!;
			const to = event.until === undefined ? undefined : partialDate(event.until)!;
			return { event, from, to, earliest: from.earliest, latest: (to ?? from).latest };
		})
		.sort((a, b) => byDate(a, b) || a.event.title.localeCompare(b.event.title, 'en'));
}

/**
 * Where an analysis stands among the events it discusses: the last that was over when it could
 * first have been written, and the first that had not begun when it was last written. Expected
 * events (forecasts) place nothing.
 */
export function placement<E extends EventInput>(article: string, written: Dated, events: ReadonlyArray<TimelineEvent<E>>): { after?: TimelineEvent<E>; before?: TimelineEvent<E> } {
	const discussed = events.filter((e) => !e.event.expected && discusses(e, article));
	return {
		after: discussed.findLast((e) => e.latest <= written.earliest),
		before: discussed.find((e) => e.earliest > written.latest),
	};
}

/** Everything wrong with the events: quotes that are not in their passages, a body, a title twice. */
export function eventProblems(events: readonly EventInput[], articles: readonly ArticleText[]): string[] {
	const problems: string[] = [];
	const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
	const byTitle = new Map<string, string>();
	for (const event of events) {
		const at = (message: string) => problems.push(`content/events/${event.id}.md: ${message}`);
		for (const quote of event.passages) {
			const problem = quoteProblem(articleBySlug, quote);
			if (problem) at(`the passage quote "${quote.words}" ${problem}`);
		}
		if (event.datedBy) {
			const problem = quoteProblem(articleBySlug, event.datedBy);
			if (problem) at(`datedBy "${event.datedBy.words}" ${problem}`);
		}
		if (event.body.trim()) at('an event has no body: its description says what happened');
		if (event.id.startsWith(ANALYSIS_PREFIX)) at(`an event's file name must not start with "${ANALYSIS_PREFIX}": the timeline gives analyses those ids`);
		const earlier = byTitle.get(event.title);
		if (earlier) at(`has the title "${event.title}" of content/events/${earlier}.md: two files describe one event`);
		else byTitle.set(event.title, event.id);
	}
	return problems;
}
