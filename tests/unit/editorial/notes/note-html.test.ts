import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { noteBlock, noteContent, notedPhrase, editorNotes } from '../../../../src/editorial/notes/note-html.ts';
import type { NoteInput } from '../../../../src/editorial/notes/notes.ts';
import { sourceList } from '../../../../src/editorial/source-list.ts';

const note = (more: Partial<NoteInput> = {}): NoteInput => ({ id: 'friday', article: 'alpha', passage: 'a1', phrase: 'this Friday', body: '', sources: [], ...more });
const text = (html: string) => toString(fromHtml(html, { fragment: true }));

describe('notedPhrase', () => {
	it('keeps the words, marks a date as one, and follows them with a numbered note reference kept out of search', () => {
		const html = notedPhrase({ note: note({ date: '2025-08-15' }), number: 2 }, 'this Friday');
		expect(html).toBe(
			'<time datetime="2025-08-15">this Friday</time><sup class="note-ref"><a id="note-ref-friday" href="#note-friday" role="doc-noteref" aria-label="Editor’s note 2">2</a></sup>',
		);
	});

	it('leaves a phrase that is not a date as it is', () => {
		expect(notedPhrase({ note: note(), number: 1 }, 'former <a class="mention" href="/people/x/">U.S.</a> President')).toMatch(
			/^former <a class="mention" href="\/people\/x\/">U\.S\.<\/a> President<sup class="note-ref"/,
		);
	});
});

describe('noteContent and noteBlock', () => {
	it('opens with the number linking back to the text, whose note it is, and the full date it resolves', () => {
		const content = noteContent({ note: note({ date: '2025-08-15' }), number: 1 }, { html: '<p>the day of the summit.</p>' });
		expect(content).toBe(
			'<p><a class="note-number" href="/articles/alpha/#note-ref-friday" aria-label="Editor’s note 1: back to the text">1</a> <span class="note-label">Editor’s note</span> <time datetime="2025-08-15">Friday 15 August 2025</time>: the day of the summit.</p>',
		);
	});

	it('adds the sources and the link to the timeline after the body, and starts a paragraph of its own when the body has none', () => {
		const content = noteContent({ note: note(), number: 3 }, { html: '<ul><li>A list.</li></ul>', sources: '<p class="note-sources">S</p>', eventHref: '/timeline/#summit' });
		expect(text(content)).toBe('3 Editor’s note A list.SOn the timeline');
		expect(content).toMatch(/^<p><a class="note-number"[^>]*>3<\/a> <span class="note-label">Editor’s note<\/span> <\/p><ul>/);
		expect(content).toMatch(/<p class="note-sources">S<\/p><p class="note-timeline"><a href="\/timeline\/#summit">On the timeline<\/a><\/p>$/);
	});

	it('wraps the content as a note, the target of its reference, and the notes of a passage as one block out of search', () => {
		const block = noteBlock({ note: note(), number: 1 }, '<p>x</p>');
		expect(block).toBe('<aside class="editor-note" id="note-friday" role="doc-footnote" aria-label="Editor’s note 1"><p>x</p></aside>');
		expect(editorNotes([block, block])).toBe(`<div class="editor-notes">${block}${block}</div>`);
	});
});

describe('sourceList', () => {
	it('names each source by publisher, title and date, one label for one or many', () => {
		expect(sourceList([{ publisher: 'WION', title: 'Will China send forces?', date: new Date('2022-06-21T00:00:00Z'), url: 'https://wionews.com/a' }])).toBe(
			'<p class="note-sources"><span class="label">Source:</span> WION, <a href="https://wionews.com/a">Will China send forces?</a>, <time datetime="2022-06-21">21 June 2022</time></p>',
		);
		expect(
			text(
				sourceList([
					{ publisher: 'A', url: 'https://a.example/x' },
					{ publisher: 'B & Co', title: '<Title>', url: 'https://b.example/' },
				]),
			),
		).toBe('Sources: A, a.example/x; B & Co, <Title>');
	});
});
