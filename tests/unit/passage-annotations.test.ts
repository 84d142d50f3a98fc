import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { mentionMatcher } from '../../src/lib/mentions.ts';
import { insertAfterPassages, linkFirstMentions, mentionLink } from '../../src/lib/passage-annotations.ts';
import { passageThemes } from '../../src/lib/passage-themes.ts';

const tree = (html: string) => fromHtml(html, { fragment: true });
const find = mentionMatcher([
	{ id: 'xi', forms: ['Xi Jinping', 'Xi'] },
	{ id: 'putin', forms: ['Putin'] },
]);
function linked(html: string) {
	const root = tree(html);
	const entries = linkFirstMentions(root, { find, link: (entry, words) => mentionLink(`/people/${entry}/`, words) });
	return { html: toHtml(root), entries: [...entries], text: toString(root) };
}

describe('linkFirstMentions', () => {
	it('links the first mention of each entry in the article, in document order, and no later one', () => {
		const { html, entries } = linked('<p data-passage id="a">Xi Jinping met Putin.</p><p data-passage id="b">Putin and Xi.</p>');
		expect(html).toBe(
			'<p data-passage="" id="a"><a class="mention" href="/people/xi/">Xi Jinping</a> met <a class="mention" href="/people/putin/">Putin</a>.</p><p data-passage="" id="b">Putin and Xi.</p>',
		);
		expect(entries).toEqual(['xi', 'putin']);
	});

	it('leaves the words exactly as they were', () => {
		const source = '<p data-passage id="a">On Putin’s call, <em>Xi</em> said &amp; did.</p>';
		expect(linked(source).text).toBe(toString(tree(source)));
	});

	it('looks only in passages, and not inside links or our notices', () => {
		const { html } = linked(
			'<h2>Xi</h2><p data-passage id="a"><a class="passage-link" href="#a">Putin</a><span data-pagefind-ignore>Xi</span>Text</p><p data-passage id="b">Xi, Putin</p>',
		);
		expect(html).toContain('<h2>Xi</h2>');
		expect(html).toContain('<p data-passage="" id="b"><a class="mention" href="/people/xi/">Xi</a>, <a class="mention" href="/people/putin/">Putin</a></p>');
	});

	it('takes a name split by markup at its next plain mention', () => {
		const { html } = linked('<p data-passage id="a">Xi <em>Jinping</em> spoke. Then Xi Jinping.</p>');
		// "Xi" alone, before the emphasis, is a mention of its own.
		expect(html).toBe('<p data-passage="" id="a"><a class="mention" href="/people/xi/">Xi</a> <em>Jinping</em> spoke. Then Xi Jinping.</p>');
	});
});

describe('insertAfterPassages', () => {
	it('puts a block right after each passage that has one, nested passages included', () => {
		const root = tree('<p data-passage id="a">A</p><ol><li data-passage id="b">B</li></ol><p data-passage id="c">C</p>');
		insertAfterPassages(root, (id) => (id === 'c' ? undefined : h('div.note', [id])));
		expect(toHtml(root)).toBe('<p data-passage="" id="a">A</p><div class="note">a</div><ol><li data-passage="" id="b">B</li><div class="note">b</div></ol><p data-passage="" id="c">C</p>');
	});
});

describe('passageThemes', () => {
	const chips = [
		{ title: 'Europe', href: '/themes/europe/#alpha--a2' },
		{ title: 'Taiwan', href: '/themes/taiwan/#alpha--a2' },
	];

	it('folds the theme links and the comparisons into one disclosure that names the themes, kept out of search', () => {
		const block = passageThemes(chips, h('div.theme-compare', ['compared']));
		expect(block.properties.dataPagefindIgnore).toBe('all');
		const [details] = block.children as Element[];
		const [summary, panel] = details!.children as Element[];
		expect(details!.tagName).toBe('details');
		expect(toString(summary!)).toBe('Themes of this paragraph: Europe · Taiwan');
		const root: Root = { type: 'root', children: [panel!] };
		expect(toHtml(root)).toBe(
			'<div class="notes-panel"><ul class="theme-chips" aria-label="This paragraph on the theme pages"><li><a class="theme-chip" href="/themes/europe/#alpha--a2">Europe</a></li><li><a class="theme-chip" href="/themes/taiwan/#alpha--a2">Taiwan</a></li></ul><div class="theme-compare">compared</div></div>',
		);
	});

	it('holds the links alone when no other analysis compares', () => {
		const [details] = passageThemes(chips, undefined).children as Element[];
		expect(((details!.children[1] as Element).children as Element[]).map((e) => e.tagName)).toEqual(['ul']);
	});
});
