/**
 * An editor's note as the article page shows it: a numbered marker after the author's words it is
 * on, and the note after the passage (beside it in the margin where there is room). The marker is
 * a link announced as a note reference; the note's number links back to it. Both are kept out of
 * search's reading of the passage, so the words around them are indexed as the author wrote them.
 */
import { h } from 'hastscript';
import { formatWithWeekday, partialDate } from '../../text/dates.ts';
import { routes } from '../../config/routes.ts';
import { raw, toMarkup } from '../markup.ts';
import { noteId, noteMarkerId, type NumberedNote } from './notes.ts';

/** What a note's block shows besides its number: its rendered Markdown, and what backs it. */
interface NoteContent {
	/** The body as HTML (paragraphs). */
	html: string;
	/** The sources' list, as HTML, if any. */
	sources?: string | undefined;
	/** Where the timeline shows the event the note is about. */
	eventHref?: string | undefined;
}

const label = (number: number) => `Editor’s note ${number}`;

/**
 * The author's phrase, followed by the note's marker; a phrase that is a date is marked up as one
 * (`<time datetime>`), its words unchanged.
 */
export function notedPhrase({ note, number }: NumberedNote, words: string): string {
	const phrase = note.date ? h('time', { datetime: note.date }, [raw(words)]) : raw(words);
	const marker = h('sup.note-ref', [h('a', { id: noteMarkerId(note), href: `#${noteId(note)}`, role: 'doc-noteref', ariaLabel: label(number) }, [String(number)])]);
	return toMarkup(h(null, [phrase, marker]));
}

/**
 * The note's content, opening with its number (a link back to its marker in the text, by the
 * article's address, so it also works on the notes page), "Editor’s note" and the date it resolves.
 */
export function noteContent({ note, number }: NumberedNote, content: NoteContent): string {
	const date = note.date ? partialDate(note.date) : undefined;
	const lead = toMarkup(h(null, [
		h('a.note-number', { href: routes.passage(note.article, noteMarkerId(note)), ariaLabel: `${label(number)}: back to the text` }, [String(number)]),
		' ',
		h('span.note-label', ['Editor’s note']),
		' ',
		...(date ? [h('time', { datetime: note.date }, [formatWithWeekday(date)]), ': '] : []),
	]));
	const html = content.html.trim();
	const body = html.startsWith('<p>') ? html.replace('<p>', `<p>${lead}`) : `<p>${lead}</p>${html}`;
	const timeline = content.eventHref ? toMarkup(h('p.note-timeline', [h('a', { href: content.eventHref }, ['On the timeline'])])) : '';
	return `${body}${content.sources ?? ''}${timeline}`;
}

/** The note as it follows its passage: announced as a note, and the target of its marker (its id is a file name, a slug). */
export const noteBlock = ({ note, number }: NumberedNote, content: string) =>
	toMarkup(h('aside.editor-note', { id: noteId(note), role: 'doc-footnote', ariaLabel: label(number) }, [raw(content)]));

/** The notes after one passage, as one block (out of search with the margin they stand in, annotations.ts). */
export const editorNotes = (blocks: readonly string[]) => toMarkup(h('div.editor-notes', blocks.map(raw)));
