import { describe, expect, it } from 'vitest';
import { buildMentionIndex, coMentions, mentionCount, type RegisterEntryInput, registerProblems } from '../../../../src/editorial/register/register.ts';
import type { ArticleText } from '../../../../src/passages/refs.ts';

function entry(id: string, forms: string[], more: Partial<RegisterEntryInput> = {}): RegisterEntryInput {
	return { id, name: forms[0]!, kind: 'person', forms, otherForms: [], roles: [], sources: [], body: '', ...more };
}

const articles: ArticleText[] = [
	{
		slug: 'alpha',
		passages: [
			{ id: 'a1', text: 'Presidents Xi Jinping and Vladimir Putin spoke.' },
			{ id: 'a2', text: 'Nothing here.' },
			{ id: 'a3', text: 'Xi called Putin again; Putin answered.' },
		],
		passageIds: ['a1', 'a2', 'a3'],
		retired: { old: 'a3' },
	},
	{ slug: 'beta', passages: [{ id: 'b1', text: 'Foreign Minister Wang Yi met Putin.' }], passageIds: ['b1'], retired: {} },
];
const xi = entry('xi-jinping', ['Xi Jinping', 'Xi']);
const putin = entry('vladimir-putin', ['Vladimir Putin', 'Putin']);
const wang = entry('wang-yi', ['Wang Yi'], { roles: [{ article: 'beta', passage: 'b1', words: 'Foreign Minister' }] });
const register = [xi, putin, wang];
const problems = (entries: RegisterEntryInput[]) => registerProblems(entries, articles, buildMentionIndex(entries, articles));

describe('buildMentionIndex', () => {
	const index = buildMentionIndex(register, articles);

	it('lists the passages that mention each entry, by article, in document order, once each', () => {
		expect(index.byEntry['vladimir-putin']).toEqual({ alpha: ['a1', 'a3'], beta: ['b1'] });
		expect(index.byEntry['wang-yi']).toEqual({ beta: ['b1'] });
		expect(mentionCount(index, 'vladimir-putin')).toBe(3);
	});

	it('lists the entries each passage mentions, in order of first mention', () => {
		expect(index.byPassage.alpha).toEqual({ a1: ['xi-jinping', 'vladimir-putin'], a3: ['xi-jinping', 'vladimir-putin'] });
	});

	it('ranks the entries named in the same passages, most shared first', () => {
		expect(coMentions(index, 'vladimir-putin', 5)).toEqual([
			{ entry: 'xi-jinping', passages: 2 },
			{ entry: 'wang-yi', passages: 1 },
		]);
		expect(coMentions(index, 'vladimir-putin', 1)).toHaveLength(1);
	});
});

describe('registerProblems', () => {
	it('finds nothing wrong with a sound register', () => {
		expect(problems(register)).toEqual([]);
	});

	it('refuses a form or a name that two entries share', () => {
		expect(problems([xi, entry('other', ['Xi'])])).toContainEqual(
			'content/register/other.md: the form "Xi" is also the form of content/register/xi-jinping.md; an entry\'s words must be its own',
		);
		expect(problems([xi, entry('twin', ['Putin'], { name: 'Xi Jinping' })])).toContainEqual(expect.stringMatching(/twin\.md: the name "Xi Jinping" is also the name of/));
	});

	it('refuses a form that no passage uses, and another spelling that one does', () => {
		expect(problems([entry('lula', ['Lula'])])).toContain('content/register/lula.md: the form "Lula" occurs in no passage of the analyses');
		expect(problems([entry('xi-jinping', ['Xi Jinping'], { otherForms: ['Xi'] })])).toContain(
			'content/register/xi-jinping.md: "Xi" occurs in the analyses, so it belongs under forms, not otherForms',
		);
	});

	it('refuses an entry that no passage mentions because a longer form takes all its words', () => {
		expect(problems([xi, entry('jinping', ['Jinping'])])).toContain(
			'content/register/jinping.md: no passage mentions the entry: each of its forms is part of a longer form of another entry',
		);
	});

	it('checks that a role is quoted from a passage that exists and says it', () => {
		const roles = (words: string, passage = 'b1', article = 'beta') => problems([entry('wang-yi', ['Wang Yi'], { roles: [{ article, passage, words }] })]);
		expect(roles('Foreign Minister')).toEqual([]);
		expect(roles('Prime Minister')).toEqual(['content/register/wang-yi.md: the role "Prime Minister" is not in passage "b1" of "beta"']);
		expect(roles('Minister', 'nope')).toEqual(['content/register/wang-yi.md: the role "Minister" names passage "nope", which does not exist in "beta"']);
		expect(roles('Minister', 'old', 'alpha')[0]).toMatch(/names passage "old" of "alpha", which was retired \(its place is now "a3"\)/);
	});

	it('wants sources for an editor’s note, and passages that exist for its links', () => {
		expect(problems([entry('xi-jinping', ['Xi'], { body: 'A fact.' })])).toEqual([
			'content/register/xi-jinping.md: the editor\'s note has no sources: a fact the analyses do not state needs one',
		]);
		const sourced = { sources: [{ publisher: 'P', title: 'T', url: 'https://example.org/' }] };
		expect(problems([entry('xi-jinping', ['Xi'], { ...sourced, body: 'See [this](/articles/alpha/#old).' })])[0]).toMatch(
			/xi-jinping\.md: the editor's note link \/articles\/alpha\/#old names passage "old" of "alpha", which was retired/,
		);
		expect(problems([entry('xi-jinping', ['Xi'], { ...sourced, body: 'See [this](/themes/taiwan/).' })])).toEqual([
			"content/register/xi-jinping.md: the editor's note links to /themes/taiwan/, which is not a passage",
		]);
	});
});
