import { describe, expect, it } from 'vitest';
import { type NoteInput, noteProblems, numberNotes } from '../../../../src/editorial/notes/notes.ts';
import type { ArticleText } from '../../../../src/passages/refs.ts';

const article: ArticleText = {
	slug: 'alpha',
	passages: [
		{ id: 'a1', text: 'They meet this Friday, and again on Monday.' },
		{ id: 'a2', text: 'They met on Friday; on Friday they parted. In July 2022, Xi issued a decree.' },
	],
	passageIds: ['a1', 'a2'],
	retired: { old: 'a2' },
};
const articles = [article];
const events = new Map([
	['summit', { date: '2025-08-15' }],
	['talks', { date: '2025-08-11', until: '2025-08-14' }],
]);

function note(id: string, passage: string, phrase: string, more: Partial<NoteInput> = {}): NoteInput {
	return { id, article: 'alpha', passage, phrase, body: 'A note.', sources: [{}], ...more };
}

describe('numberNotes', () => {
	it('numbers an analysis’s notes in reading order: by passage, then by where the phrase stands', () => {
		const notes = [note('july', 'a2', 'In July 2022'), note('monday', 'a1', 'on Monday'), note('friday', 'a1', 'this Friday'), note('elsewhere', 'a1', 'x', { article: 'beta' })];
		expect(numberNotes(notes, article).map(({ note, number }) => [number, note.id])).toEqual([
			[1, 'friday'],
			[2, 'monday'],
			[3, 'july'],
		]);
	});
});

describe('noteProblems', () => {
	const problems = (...notes: NoteInput[]) => noteProblems(notes, articles, events);

	it('accepts a note on words that stand once in a passage that exists', () => {
		expect(problems(note('friday', 'a1', 'this Friday', { date: '2025-08-15', event: 'summit' }), note('july', 'a2', 'In July 2022'))).toEqual([]);
	});

	it('refuses a phrase edited away, naming the note and saying what to do', () => {
		expect(problems(note('friday', 'a1', 'next Friday'))).toEqual([
			'content/notes/friday.md: the phrase "next Friday" is not in passage "a1" of "alpha": re-anchor the note to the words as they now stand',
		]);
	});

	it('matches whole words only, however the spaces between them run', () => {
		expect(problems(note('day', 'a1', 'Frid'))).toHaveLength(1);
		expect(problems(note('friday', 'a1', 'this  Friday,'))).toEqual([]);
	});

	it('refuses words that stand twice, since the note could be on either', () => {
		expect(problems(note('friday', 'a2', 'on Friday'))).toEqual(['content/notes/friday.md: the phrase "on Friday" occurs 2 times in passage "a2": quote enough words to say which']);
	});

	it('refuses a retired or unknown passage, and an unknown analysis', () => {
		expect(problems(note('old', 'old', 'On Friday'))).toEqual([expect.stringMatching(/^content\/notes\/old\.md: names passage "old" of "alpha", which was retired/)]);
		expect(problems(note('gone', 'a9', 'On Friday'))).toEqual(['content/notes/gone.md: names passage "a9", which does not exist in "alpha"']);
		expect(problems(note('beta', 'a1', 'this Friday', { article: 'beta' }))).toEqual(['content/notes/beta.md: names unknown article "beta"']);
	});

	it('refuses two notes on one phrase, an empty note, and a note with nothing to back it', () => {
		expect(problems(note('one', 'a1', 'this Friday'), note('two', 'a1', 'this Friday'))).toEqual(['content/notes/two.md: is on the same words as content/notes/one.md: one note per phrase']);
		expect(problems(note('empty', 'a1', 'this Friday', { body: '  \n' }))).toEqual(['content/notes/empty.md: the note has no text: write it as the body of the file']);
		expect(problems(note('bare', 'a1', 'this Friday', { sources: [] }))).toEqual([expect.stringMatching(/^content\/notes\/bare\.md: the note has no sources/)]);
		expect(problems(note('evented', 'a1', 'this Friday', { sources: [], event: 'summit' }))).toEqual([]);
	});

	it('checks links in the note: each must be a passage that exists', () => {
		expect(problems(note('linked', 'a1', 'this Friday', { body: 'See [the decree](/articles/alpha/#a2) and [this](/articles/alpha/#old) and [that](/themes/x/).' }))).toEqual([
			expect.stringMatching(/^content\/notes\/linked\.md: the editor's note link \/articles\/alpha\/#old names passage "old" of "alpha", which was retired/),
			"content/notes/linked.md: the editor's note links to /themes/x/, which is not a passage",
		]);
	});

	it('refuses an unknown event, and a date outside the event’s', () => {
		expect(problems(note('friday', 'a1', 'this Friday', { event: 'parade' }))).toEqual(['content/notes/friday.md: names the event "parade", which is not in content/events/']);
		expect(problems(note('friday', 'a1', 'this Friday', { date: '2025-08-16', event: 'summit' }))).toEqual([
			'content/notes/friday.md: its date 2025-08-16 is not the date of the event "summit" (2025-08-15)',
		]);
		expect(problems(note('friday', 'a1', 'this Friday', { date: '2025-08-12', event: 'talks' }))).toEqual([]);
		expect(problems(note('friday', 'a1', 'this Friday', { date: '2025-08', event: 'talks' }))).toEqual([
			'content/notes/friday.md: its date 2025-08 is not the date of the event "talks" (2025-08-11–2025-08-14)',
		]);
	});

	it('refuses a passage id that would clash with the notes’ ids', () => {
		const clashing: ArticleText = { ...article, passages: [...article.passages, { id: 'note-x', text: 'Text.' }], passageIds: [...article.passageIds, 'note-x'] };
		expect(noteProblems([note('friday', 'a1', 'this Friday')], [clashing], events)).toEqual([
			'passage "note-x" of "alpha" has an id beginning "note-", as its notes\' ids do: give the passage another id',
		]);
	});
});
