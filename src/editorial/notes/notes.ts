/**
 * Editor's notes: short notes of ours, each anchored to a passage and to a phrase in it, so a
 * note survives edits elsewhere and the build stops, naming the note, if its phrase is edited
 * away. Numbered per analysis in reading order. Everything that would make one wrong is listed
 * here, each problem naming the note's file.
 */
import { partialDate } from '../../text/dates.ts';
import { wholeWordsPattern } from '../register/mentions.ts';
import { type ArticleText, noteLinkProblems, passageRefProblem } from '../../passages/refs.ts';

export interface NoteInput {
	id: string;
	article: string;
	passage: string;
	/** The author's words the note is on, as they stand in the passage (once). */
	phrase: string;
	/** The day, month or year the phrase means, when it is a date. */
	date?: string | undefined;
	/** The timeline's event the note is about, whose page lists the sources of its date. */
	event?: string | undefined;
	/** The note itself, in Markdown. */
	body: string;
	/** What the note rests on, besides its event's sources. */
	sources: readonly unknown[];
}

export interface NumberedNote<N extends NoteInput = NoteInput> {
	note: N;
	/** 1, 2, …: its place among the analysis's notes, in reading order. */
	number: number;
}

/** How the ids of a note and of its marker in the text begin; no passage id may (checked below). */
const NOTE_ID_PREFIX = 'note-';
export const noteId = (note: Pick<NoteInput, 'id'>) => `${NOTE_ID_PREFIX}${note.id}`;
export const noteMarkerId = (note: Pick<NoteInput, 'id'>) => `${NOTE_ID_PREFIX}ref-${note.id}`;

/** Every place the phrase stands in the text, as whole words. */
const phraseMatches = (text: string, phrase: string) => [...text.matchAll(new RegExp(wholeWordsPattern(phrase), 'gu'))];

/** An analysis's notes, numbered in reading order: by passage, then by where the phrase stands in it. */
export function numberNotes<N extends NoteInput>(notes: readonly N[], article: ArticleText): Array<NumberedNote<N>> {
	const passageAt = new Map(article.passages.map((p, i) => [p.id, i]));
	const position = (note: N) => {
		const passage = article.passages[passageAt.get(note.passage)!]!;
		return [passageAt.get(note.passage)!, phraseMatches(passage.text, note.phrase)[0]?.index ?? 0];
	};
	return notes
		.filter((n) => n.article === article.slug)
		.map((note) => ({ note, at: position(note) }))
		.sort((a, b) => a.at[0]! - b.at[0]! || a.at[1]! - b.at[1]!)
		.map(({ note }, i) => ({ note, number: i + 1 }));
}

/** What is wrong with the notes: each problem names the note's file. */
export function noteProblems(notes: readonly NoteInput[], articles: readonly ArticleText[], events: ReadonlyMap<string, { date: string; until?: string | undefined }>): string[] {
	const problems: string[] = [];
	const bySlug = new Map(articles.map((a) => [a.slug, a]));
	const anchored = new Map<string, string>();
	for (const note of notes) {
		const at = (message: string) => problems.push(`content/notes/${note.id}.md: ${message}`);
		if (!note.body.trim()) at('the note has no text: write it as the body of the file');
		noteLinkProblems(bySlug, note.body).forEach(at);
		if (note.sources.length === 0 && note.event === undefined) at("the note has no sources: a fact the analyses do not state needs one (its own, or its event's on the timeline)");
		const refProblem = passageRefProblem(bySlug, note.article, note.passage);
		if (refProblem) at(refProblem);
		else {
			const article = bySlug.get(note.article)!;
			const text = article.passages.find((p) => p.id === note.passage)!.text;
			const count = phraseMatches(text, note.phrase).length;
			if (count === 0) at(`the phrase "${note.phrase}" is not in passage "${note.passage}" of "${note.article}": re-anchor the note to the words as they now stand`);
			if (count > 1) at(`the phrase "${note.phrase}" occurs ${count} times in passage "${note.passage}": quote enough words to say which`);
		}
		const place = `${note.article}#${note.passage}: ${note.phrase}`;
		const earlier = anchored.get(place);
		if (earlier) at(`is on the same words as content/notes/${earlier}.md: one note per phrase`);
		else anchored.set(place, note.id);
		if (note.event !== undefined) {
			const event = events.get(note.event);
			if (!event) at(`names the event "${note.event}", which is not in content/events/`);
			else if (note.date && !withinEvent(note.date, event)) at(`its date ${note.date} is not the date of the event "${note.event}" (${event.date}${event.until ? `–${event.until}` : ''})`);
		}
	}
	for (const slug of new Set(notes.map((n) => n.article))) {
		const article = bySlug.get(slug);
		for (const id of article ? [...article.passageIds, ...Object.keys(article.retired)] : []) {
			if (id.startsWith(NOTE_ID_PREFIX)) problems.push(`passage "${id}" of "${slug}" has an id beginning "${NOTE_ID_PREFIX}", as its notes' ids do: give the passage another id`);
		}
	}
	return problems;
}

/** Whether a note's date falls within its event's dates. */
function withinEvent(date: string, event: { date: string; until?: string | undefined }): boolean {
	const day = partialDate(date)!;
	const from = partialDate(event.date)!;
	const to = event.until ? partialDate(event.until)! : from;
	return day.earliest >= from.earliest && day.latest <= to.latest;
}
