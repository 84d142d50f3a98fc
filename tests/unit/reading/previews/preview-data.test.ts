import { describe, expect, it } from 'vitest';
import { analysisPreviews, passagePreview, questionPreviews, registerPreviews } from '../../../../src/reading/previews/preview-data.ts';
import { previewTargetOf } from '../../../../src/reading/previews/preview-target.ts';

describe('analysisPreviews', () => {
	const article = {
		title: 'An Analysis',
		passages: [
			{ id: 'a1', text: 'Opening words.', section: null },
			{ id: 'a2', text: 'On Taiwan.', section: { text: 'Taiwan' } },
			{ id: 'a3', text: 'On Europe.', section: { text: 'Taiwan' } },
			{ id: 'a4', text: 'Further.', section: { text: 'Europe' } },
		],
	};
	const themesOf = (id: string) => ({ a2: ['Taiwan', 'Europe'], a3: ['Europe'], a4: ['Europe', 'Sanctions'] })[id] ?? [];
	const previews = analysisPreviews(article, themesOf);

	it('writes each heading and theme title once, each passage giving its places, and nothing it lacks', () => {
		expect(previews).toEqual({
			title: 'An Analysis',
			sections: ['Taiwan', 'Europe'],
			themes: ['Taiwan', 'Europe', 'Sanctions'],
			passages: {
				a1: { text: 'Opening words.' },
				a2: { text: 'On Taiwan.', section: 0, themes: [0, 1] },
				a3: { text: 'On Europe.', section: 0, themes: [1] },
				a4: { text: 'Further.', section: 1, themes: [1, 2] },
			},
		});
	});

	it('gives the popover each passage’s section, text and theme titles back, as read from the file', () => {
		const read = JSON.parse(JSON.stringify(previews));
		expect(article.passages.map((p) => passagePreview(read, p.id))).toEqual([
			{ section: null, text: 'Opening words.', themes: [] },
			{ section: 'Taiwan', text: 'On Taiwan.', themes: ['Taiwan', 'Europe'] },
			{ section: 'Taiwan', text: 'On Europe.', themes: ['Europe'] },
			{ section: 'Europe', text: 'Further.', themes: ['Europe', 'Sanctions'] },
		]);
		expect(passagePreview(read, 'gone')).toBeUndefined();
	});
});

describe('registerPreviews', () => {
	it('gives each entry its name, its roles with the analysis that gives them, and how often it is mentioned', () => {
		const previews = registerPreviews(
			[
				{ id: 'kallas', name: 'Kaja Kallas', roles: [{ article: 'alpha', words: 'EU foreign-policy chief' }] },
				{ id: 'sco', name: 'Shanghai Cooperation Organization', roles: [] },
			],
			(id): Record<string, string[]> => (id === 'kallas' ? { alpha: ['a1', 'a3'], beta: ['b2'], gamma: [] } : { alpha: ['a2'] }),
			(slug) => slug.toUpperCase(),
		);
		expect(previews).toEqual({
			kallas: { name: 'Kaja Kallas', roles: [{ words: 'EU foreign-policy chief', analysis: 'ALPHA' }], passages: 3, analyses: 2 },
			sco: { name: 'Shanghai Cooperation Organization', roles: [], passages: 1, analyses: 1 },
		});
	});
});

describe('questionPreviews', () => {
	it('gives each row its question, each analysis’s answer as plain words with its quote, or its silence, by id and former id', () => {
		const previews = questionPreviews(
			[
				{
					id: 'frozen',
					question: 'Frozen?',
					comparison: undefined,
					formerIds: ['frozen-war'],
					cells: [
						{ article: 'alpha', answer: 'Yes: [so](#a1).', quote: { words: 'a frozen war' } },
						{ article: 'beta', answer: undefined },
					],
				},
			],
			(cited) => cited.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
			(slug) => slug.toUpperCase(),
		);
		const row = { question: 'Frozen?', answers: [{ analysis: 'ALPHA', answer: 'Yes: so.', quote: 'a frozen war' }, { analysis: 'BETA', silent: true }], comparison: null };
		expect(previews).toEqual({ frozen: row, 'frozen-war': row });
	});
});

describe('previewTargetOf', () => {
	const origin = 'https://example.org';
	it('previews a passage of an analysis, and a register entry', () => {
		expect(previewTargetOf('https://example.org/articles/alpha/#a-passage', origin)).toEqual({ kind: 'passage', article: 'alpha', passage: 'a-passage' });
		expect(previewTargetOf('https://example.org/people/kaja-kallas/', origin)).toEqual({ kind: 'entry', entry: 'kaja-kallas' });
	});

	it('previews a question’s row of the synopsis, not the synopsis as a whole', () => {
		expect(previewTargetOf('https://example.org/compare/#frozen-conflict', origin)).toEqual({ kind: 'question', question: 'frozen-conflict' });
		expect(previewTargetOf('https://example.org/compare/', origin)).toBeUndefined();
		expect(previewTargetOf('https://example.org/compare/?with=a,b#frozen-conflict', origin)).toBeUndefined();
	});

	it('previews nothing else: another site, a whole article, a later page of an entry, a theme, a search', () => {
		for (const href of [
			'https://elsewhere.example/articles/alpha/#a1',
			'https://example.org/articles/alpha/',
			'https://example.org/articles/alpha/#',
			'https://example.org/articles/alpha/#a1:~:text=words',
			'https://example.org/people/kaja-kallas/2/',
			'https://example.org/people/',
			'https://example.org/themes/taiwan/#alpha--a1',
			'https://example.org/search/?q=Taiwan',
			'https://example.org/articles/alpha/?x=1#a1',
			'not a url',
		]) {
			expect(previewTargetOf(href, origin), href).toBeUndefined();
		}
	});
});
