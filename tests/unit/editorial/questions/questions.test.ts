import { describe, expect, it } from 'vitest';
import { type QuestionInput, questionProblems, questionsAnswered, shippedQuestionProblems, synopsisRows } from '../../../../src/editorial/questions/questions.ts';
import type { ArticleText } from '../../../../src/passages/refs.ts';

const articles: ArticleText[] = [
	{ slug: 'first', passageIds: ['a-one', 'a-two'], retired: { 'a-old': 'a-two' }, passages: [{ id: 'a-one', text: 'Beijing wants a frozen war.' }, { id: 'a-two', text: 'Taiwan is another matter.' }] },
	{ slug: 'second', passageIds: ['b-one'], retired: {}, passages: [{ id: 'b-one', text: 'Europe matters to China.' }] },
];
const themes = new Set(['taiwan', 'europe']);

const question = (overrides: Partial<QuestionInput> = {}): QuestionInput => ({
	id: 'frozen',
	question: 'Would a frozen war suit China?',
	themes: ['taiwan'],
	order: 1,
	answers: {
		first: { answer: 'Yes: [a frozen war](#a-one).', quote: { passage: 'a-one', words: 'wants a frozen war' } },
		second: { doesNotAddress: true, nearby: 'It speaks of [Europe](#b-one).' },
	},
	formerIds: [],
	...overrides,
});

describe('the questions’ checks', () => {
	it('pass a question every analysis answers or is said not to', () => {
		expect(questionProblems([question()], articles, themes)).toEqual([]);
	});

	it('refuse an analysis left out, and one that does not exist', () => {
		const { second: _, ...firstOnly } = question().answers;
		expect(questionProblems([question({ answers: { ...firstOnly, third: { doesNotAddress: true } } })], articles, themes)).toEqual([
			'content/questions/frozen.md: "second" is left out: give its answer, or doesNotAddress: true',
			'content/questions/frozen.md: answers names unknown article "third"',
		]);
	});

	it('refuse quoted words that are not in their passage', () => {
		const answers = { ...question().answers, first: { answer: 'Yes.', quote: { passage: 'a-one', words: 'wants a short war' } } };
		expect(questionProblems([question({ answers })], articles, themes)).toEqual([
			'content/questions/frozen.md: the quote "wants a short war" for "first" is not in passage "a-one" of "first"',
		]);
	});

	it('name the successor of a retired passage, cited or quoted', () => {
		const answers = { ...question().answers, first: { answer: 'Yes: [so](#a-old).', quote: { passage: 'a-old', words: 'Taiwan' } } };
		expect(questionProblems([question({ answers })], articles, themes)).toEqual([
			'content/questions/frozen.md: the answer for "first" names passage "a-old" of "first", which was retired (its place is now "a-two"); retag it',
			'content/questions/frozen.md: the quote "Taiwan" for "first" names passage "a-old" of "first", which was retired (its place is now "a-two"); retag it',
		]);
	});

	it('refuse an unknown passage in a nearby line, and an unknown theme', () => {
		const answers = { ...question().answers, second: { doesNotAddress: true as const, nearby: 'See [this](#b-two).' } };
		expect(questionProblems([question({ answers, themes: ['tariffs'] })], articles, themes)).toEqual([
			'content/questions/frozen.md: themes names unknown theme "tariffs"',
			'content/questions/frozen.md: the nearby line for "second" names passage "b-two", which does not exist in "second"',
		]);
	});

	it('refuse two files asking one question', () => {
		expect(questionProblems([question(), question({ id: 'frozen-again', question: 'Would a FROZEN war suit China?' })], articles, themes)).toEqual([
			'content/questions/frozen-again.md: asks the question of content/questions/frozen.md: two files ask one question',
		]);
	});
});

describe('the synopsis’s rows', () => {
	it('group the questions by their first theme, in the themes’ order, with a cell an analysis in the given order', () => {
		const europe = question({ id: 'europe', question: 'Europe?', themes: ['europe', 'taiwan'], order: 1 });
		const second = question({ id: 'later', question: 'Later?', order: 2 });
		const rows = synopsisRows([second, europe, question()], ['second', 'first'], ['europe', 'taiwan']);
		expect(rows.map((r) => r.id)).toEqual(['europe', 'frozen', 'later']);
		expect(rows[1]!.cells).toEqual([
			{ article: 'second', nearby: 'It speaks of [Europe](#b-one).' },
			{ article: 'first', answer: 'Yes: [a frozen war](#a-one).', quote: { passage: 'a-one', words: 'wants a frozen war' } },
		]);
		expect(rows[1]!.formerIds).toEqual([]);
	});
});

describe('the shipped questions’ anchors', () => {
	it('pass when every shipped id is a question’s, or named by its successor', () => {
		expect(shippedQuestionProblems([question({ formerIds: ['frozen-war'] })], ['frozen', 'frozen-war'])).toEqual([]);
	});

	it('check nothing for content that has never shipped (no lock file)', () => {
		expect(shippedQuestionProblems([question({ formerIds: ['frozen'] })], undefined)).toEqual([]);
	});

	it('refuse a shipped id that no question keeps, and a question not recorded as shipped', () => {
		expect(shippedQuestionProblems([question()], ['frozen-war'])).toEqual([
			'content/questions/frozen.md: its id is not in content/questions.lock.json: add "frozen" there, so that its anchor is kept',
			'content/questions.lock.json: "frozen-war" has shipped (/compare/#frozen-war) but no question has it now: name it in its successor\'s formerIds',
		]);
	});

	it('refuse a former id that is a question’s own, or that two questions claim', () => {
		const other = question({ id: 'later', question: 'Later?', formerIds: ['frozen-war', 'frozen'] });
		expect(shippedQuestionProblems([question({ formerIds: ['frozen-war'] }), other], ['frozen', 'later', 'frozen-war'])).toEqual([
			'content/questions/later.md: formerIds names "frozen-war", which content/questions/frozen.md names too',
			'content/questions/later.md: formerIds names "frozen", which is a question\'s own id',
		]);
	});
});

describe('the questions a passage answers', () => {
	it('are those whose answer cites it or whose quote is in it, once each, for that analysis only', () => {
		const rows = synopsisRows([question({ answers: { ...question().answers, first: { answer: 'Yes: [so](#a-one), [and](#a-two).', quote: { passage: 'a-one', words: 'frozen' } } } })], ['first', 'second'], ['taiwan']);
		const answered = questionsAnswered(rows);
		expect(answered('first', 'a-one')).toEqual([{ id: 'frozen', question: 'Would a frozen war suit China?' }]);
		expect(answered('first', 'a-two')).toEqual([{ id: 'frozen', question: 'Would a frozen war suit China?' }]);
		// A silent cell's nearby line is not an answer.
		expect(answered('second', 'b-one')).toEqual([]);
	});
});
