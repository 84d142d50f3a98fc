import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { mentionMatcher } from '../../../src/editorial/register/mentions.ts';
import { annotatePassages, mentionLink } from '../../../src/editorial/passage-annotations.ts';
import { passageThemes } from '../../../src/editorial/themes/passage-themes.ts';

const find = mentionMatcher([
	{ id: 'xi', forms: ['Xi Jinping', 'Xi'] },
	{ id: 'putin', forms: ['Putin'] },
]);
const linked = (html: string) => annotatePassages(html, { after: () => undefined, find, link: (entry, words) => mentionLink(`/people/${entry}/`, words) });
const text = (html: string) => toString(fromHtml(html, { fragment: true }));

describe('annotatePassages: first mentions', () => {
	it('links the first mention of each entry in the article, in document order, and no later one', () => {
		expect(linked('<p data-passage="" id="a">Xi Jinping met Putin.</p><p data-passage="" id="b">Putin and Xi.</p>')).toBe(
			'<p data-passage="" id="a"><a class="mention" href="/people/xi/">Xi Jinping</a> met <a class="mention" href="/people/putin/">Putin</a>.</p><p data-passage="" id="b">Putin and Xi.</p>',
		);
	});

	it('leaves the words exactly as they were, character references included', () => {
		const source = '<p data-passage="" id="a">On Putin’s call, <em>Xi</em> said &#x26; did &#x3C;Xi&#x3C;.</p>';
		const html = linked(source);
		expect(html).toContain('<a class="mention" href="/people/putin/">Putin</a>’s');
		expect(html).toContain('<em><a class="mention" href="/people/xi/">Xi</a></em> said &#x26; did &#x3C;Xi&#x3C;.');
		expect(text(html)).toBe(text(source));
	});

	it('does not read a character reference as words', () => {
		const xNumbered = mentionMatcher([{ id: 'x26', forms: ['x26'] }]);
		const html = annotatePassages('<p data-passage="" id="a">A &#x26; B</p>', { after: () => undefined, find: xNumbered, link: (e, w) => mentionLink(e, w) });
		expect(html).toBe('<p data-passage="" id="a">A &#x26; B</p>');
	});

	it('looks only in passages, and not inside links or our notices', () => {
		const html = linked(
			'<h2>Xi</h2><p data-passage="" id="a"><a class="passage-link" href="#a">Putin</a><span data-pagefind-ignore="">Xi <b>Xi</b></span>Text</p><p data-passage="" id="b">Xi, Putin</p>',
		);
		expect(html).toContain('<h2>Xi</h2>');
		expect(html).toContain('<a class="passage-link" href="#a">Putin</a><span data-pagefind-ignore="">Xi <b>Xi</b></span>Text');
		expect(html).toContain('<p data-passage="" id="b"><a class="mention" href="/people/xi/">Xi</a>, <a class="mention" href="/people/putin/">Putin</a></p>');
	});

	it('takes a name split by markup at its next plain mention', () => {
		// "Xi" alone, before the emphasis, is a mention of its own.
		expect(linked('<p data-passage="" id="a">Xi <em>Jinping</em> spoke. Then Xi Jinping.</p>')).toBe(
			'<p data-passage="" id="a"><a class="mention" href="/people/xi/">Xi</a> <em>Jinping</em> spoke. Then Xi Jinping.</p>',
		);
	});

	it('reads attributes as attributes, even with ">" or a name in them, and steps over void elements and comments', () => {
		const source = '<p data-passage="" id="a" title="Xi > Putin"><!-- Xi -->Wang<br>Xi<img alt="Putin"> Putin</p>';
		expect(linked(source)).toBe(
			'<p data-passage="" id="a" title="Xi > Putin"><!-- Xi -->Wang<br><a class="mention" href="/people/xi/">Xi</a><img alt="Putin"> <a class="mention" href="/people/putin/">Putin</a></p>',
		);
	});
});

describe('annotatePassages: blocks after passages', () => {
	it('puts a block right after each passage that has one, nested passages included', () => {
		const html = annotatePassages('<p data-passage="" id="a">A <em>a</em></p><ol><li data-passage="" id="b">B</li></ol><p data-passage="" id="c">C</p><p>D</p>', {
			after: (id) => (id === 'c' ? undefined : `<div class="note">${id}</div>`),
			find: () => [],
			link: mentionLink,
		});
		expect(html).toBe(
			'<p data-passage="" id="a">A <em>a</em></p><div class="note">a</div><ol><li data-passage="" id="b">B</li><div class="note">b</div></ol><p data-passage="" id="c">C</p><p>D</p>',
		);
	});
});

describe('passageThemes', () => {
	const chips = [
		{ title: 'Europe', href: '/themes/europe/#alpha--a2' },
		{ title: 'Taiwan', href: '/themes/taiwan/#alpha--a2' },
	];

	it('folds the theme links, which name the comparisons to fetch, into one disclosure that names the themes; the list bare, as on every passage', () => {
		const [details] = fromHtml(passageThemes(chips, true), { fragment: true }).children as Element[];
		const [summary, panel] = details!.children as Element[];
		expect(details!.tagName).toBe('details');
		expect(toString(summary!)).toBe('Themes of this paragraph: Europe · Taiwan');
		expect(toHtml(panel!)).toBe(
			'<div><ul><li><a href="/themes/europe/#alpha--a2">Europe</a></li><li><a href="/themes/taiwan/#alpha--a2">Taiwan</a></li></ul><theme-compare></theme-compare></div>',
		);
	});

	it('holds the links alone when no other analysis compares', () => {
		const html = passageThemes(chips, false);
		expect(html).toContain('<div><ul><li>');
		expect(html).toContain('</ul></div></details>');
		expect(html).not.toContain('theme-compare');
	});

	it('names the synopsis’s questions the passage answers, in the same disclosure, each with a link to its row', () => {
		const answers = [{ question: 'Would a frozen conflict suit China?', href: '/compare/#frozen-conflict' }];
		const [details] = fromHtml(passageThemes(chips, false, answers), { fragment: true }).children as Element[];
		const [summary, panel] = details!.children as Element[];
		expect(toString(summary!)).toBe('Themes and questions of this paragraph: Europe · Taiwan · 1 question');
		expect(toHtml((panel as Element).children[1]!)).toBe(
			'<p><span class="label">Answers: </span>“Would a frozen conflict suit China?” · <a href="/compare/#frozen-conflict">compare answers</a></p>',
		);
		// A passage with no theme still has its one disclosure for the questions.
		const [alone] = fromHtml(passageThemes([], false, [...answers, { question: 'Another?', href: '/compare/#another' }]), { fragment: true }).children as Element[];
		expect(toString(alone!.children[0]!)).toBe('This paragraph answers 2 questions');
		expect(toHtml(alone!)).not.toContain('<ul>');
	});
});

describe('annotatePassages: phrases an editor’s note is on', () => {
	const marker = (words: string) => `${words}<sup>1</sup>`;
	const noted = (html: string, words: string) =>
		annotatePassages(html, {
			after: () => undefined,
			find,
			link: (entry, w) => mentionLink(`/people/${entry}/`, w),
			phrases: (id) => (id === 'a' ? [{ words, html: marker, source: 'content/notes/n.md' }] : []),
		});

	it('marks the phrase where it stands in its passage only, the words unchanged', () => {
		const source = '<p data-passage="" id="b">They meet this Friday.</p><p data-passage="" id="a">They meet  this\nFriday, in Alaska.</p>';
		const html = noted(source, 'this Friday');
		expect(html).toBe('<p data-passage="" id="b">They meet this Friday.</p><p data-passage="" id="a">They meet  this\nFriday<sup>1</sup>, in Alaska.</p>');
		expect(text(html.replace('<sup>1</sup>', ''))).toBe(text(source));
	});

	it('takes whole words only, and finds a phrase with a character reference in it', () => {
		expect(noted('<p data-passage="" id="a">Fridays, then Friday.</p>', 'Friday')).toBe('<p data-passage="" id="a">Fridays, then Friday<sup>1</sup>.</p>');
		expect(noted('<p data-passage="" id="a">Oil &#x26; gas.</p>', 'Oil & gas')).toBe('<p data-passage="" id="a">Oil &#x26; gas<sup>1</sup>.</p>');
	});

	it('still links the first mention, inside the phrase or around it', () => {
		expect(noted('<p data-passage="" id="a">Xi Jinping met Putin on Friday.</p>', 'met Putin')).toBe(
			'<p data-passage="" id="a"><a class="mention" href="/people/xi/">Xi Jinping</a> met <a class="mention" href="/people/putin/">Putin</a><sup>1</sup> on Friday.</p>',
		);
	});

	it('stops the build, naming the note, when markup splits the phrase or a link holds it', () => {
		expect(() => noted('<p data-passage="" id="a">this <em>Friday</em></p>', 'this Friday')).toThrow(
			'content/notes/n.md: the phrase "this Friday" is not in one run of the text of passage "a"',
		);
		expect(() => noted('<p data-passage="" id="a"><a class="passage-link" href="#a">this Friday</a><span data-pagefind-ignore="">this Friday</span></p>', 'this Friday')).toThrow(
			/content\/notes\/n\.md/,
		);
	});
});
