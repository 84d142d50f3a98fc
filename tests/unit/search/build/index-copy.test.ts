import { describe, expect, it } from 'vitest';
import { indexCopy, passageTitle } from '../../../../src/search/build/index-copy.ts';
import { DASH_BREAK } from '../../../../src/search/shared/dash-breaks.ts';

const page = '<html><head><title>A</title></head><body><div data-pagefind-body><h2 id="s">Talks</h2><p id="a" data-passage=""><a class="passage-link" href="#a">1</a>Xi—Putin</p><p id="b" data-passage="">Trump</p></div></body></html>';

describe('indexCopy', () => {
	it('titles each passage for Pagefind, where its id is', () => {
		const copy = indexCopy(page, '/articles/x/', { titles: { a: 'Talks — Xi—Putin', b: 'Trump & “Putin” "x"' } });
		expect(copy).toContain('<p id="a" data-pagefind-title="Talks — Xi—Putin" data-passage="">');
		expect(copy).toContain('<p id="b" data-pagefind-title="Trump &#x26; “Putin” &#x22;x&#x22;" data-passage="">');
		// The heading's id is not a passage's: left as it is.
		expect(copy).toContain('<h2 id="s">');
	});

	it('puts the page’s filter values into its head, in order', () => {
		const copy = indexCopy(page, '/articles/x/', { filters: { kind: ['Analysis'], analysis: ['Axis'], theme: ['Sanctions', 'The US–Russia talks'] } });
		expect(copy).toContain(
			'<title>A</title><meta name="pagefind-filter" data-pagefind-filter="kind[content]" content="Analysis"><meta name="pagefind-filter" data-pagefind-filter="analysis[content]" content="Axis">' +
				'<meta name="pagefind-filter" data-pagefind-filter="theme[content]" content="Sanctions"><meta name="pagefind-filter" data-pagefind-filter="theme[content]" content="The US–Russia talks"></head>',
		);
	});

	it('breaks at dashes in the text, not in what it puts into tags', () => {
		const copy = indexCopy(page, '/articles/x/', { titles: { a: 'Xi—Putin' } });
		expect(copy).toContain(`data-pagefind-title="Xi—Putin"`);
		expect(copy).toContain(`1</a>Xi—${DASH_BREAK}Putin</p>`);
	});

	it('leaves a page the build handed nothing for as it was, but for the dash breaks', () => {
		expect(indexCopy(page, '/timeline/')).toBe(page.replace('Xi—Putin', `Xi—${DASH_BREAK}Putin`));
	});

	it('fails when a titled passage is not on the page', () => {
		expect(() => indexCopy(page, '/articles/x/', { titles: { a: 'A', gone: 'B' } })).toThrow('/articles/x/: no element with the id of 1 titled passage(s) (gone)');
	});
});

describe('passageTitle', () => {
	it('is the section and the opening words, or more of the opening words without a section', () => {
		const text = 'one two three four five six seven eight nine';
		expect(passageTitle({ text, section: { id: 's', text: 'Talks' } })).toBe('Talks — one two three four five six…');
		expect(passageTitle({ text, section: null })).toBe('one two three four five six seven eight…');
	});
});
