/**
 * The synopsis's questions (content/questions/, /compare/): checked against the analyses, and laid
 * out as rows, one cell an analysis. Pure: the collection's data and the articles' passages in.
 */
import type { QuestionData } from '../../schemas/question.ts';
import { parseCitedText } from '../cited-text.ts';
import { type ArticleText, passageRefProblem, quoteProblem } from '../../passages/refs.ts';

export interface QuestionInput extends QuestionData {
	id: string;
}

/** One analysis's cell of a question's row: its answer and quoted words, or that it is silent. */
type SynopsisCell =
	| { article: string; answer: string; quote: { passage: string; words: string } }
	| { article: string; answer?: undefined; nearby: string | undefined };

export interface SynopsisRow {
	id: string;
	question: string;
	themes: string[];
	comparison: string | undefined;
	/** Ids the question shipped under before (or merged questions'): anchors on its row. */
	formerIds: string[];
	/** One a column, in the order of `articles`. */
	cells: SynopsisCell[];
}

/**
 * Everything wrong with the questions, each message naming the file: an analysis left out or
 * unknown, a cited or quoted passage that is unknown or retired (its successor named), quoted words
 * not in their passage, an unknown theme, and two files asking one question.
 */
export function questionProblems(questions: readonly QuestionInput[], articles: readonly ArticleText[], themeIds: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
	const asked = new Map<string, string>();
	for (const question of questions) {
		const at = (message: string) => problems.push(`content/questions/${question.id}.md: ${message}`);
		for (const theme of question.themes) if (!themeIds.has(theme)) at(`themes names unknown theme "${theme}"`);
		for (const article of articles) {
			if (!question.answers[article.slug]) at(`"${article.slug}" is left out: give its answer, or doesNotAddress: true`);
		}
		for (const [slug, cell] of Object.entries(question.answers)) {
			if (!articleBySlug.has(slug)) {
				at(`answers names unknown article "${slug}"`);
				continue;
			}
			const cited = 'answer' in cell ? cell.answer : (cell.nearby ?? '');
			for (const segment of parseCitedText(cited)) {
				if (!('passage' in segment)) continue;
				const problem = passageRefProblem(articleBySlug, slug, segment.passage);
				if (problem) at(`the ${'answer' in cell ? 'answer' : 'nearby line'} for "${slug}" ${problem}`);
			}
			if ('answer' in cell) {
				const problem = quoteProblem(articleBySlug, { article: slug, ...cell.quote });
				if (problem) at(`the quote "${cell.quote.words}" for "${slug}" ${problem}`);
			}
		}
		const wording = question.question.toLowerCase();
		const earlier = asked.get(wording);
		if (earlier) at(`asks the question of content/questions/${earlier}.md: two files ask one question`);
		else asked.set(wording, question.id);
	}
	return problems;
}

/** Where the shipped question ids are recorded, for messages. */
const QUESTIONS_LOCK = 'content/questions.lock.json';

/**
 * Everything that would kill a shipped anchor (/compare/#id): a shipped id that is no question's
 * now and no successor's `formerIds`, a former id claimed twice or still a question's own, and a
 * question not yet recorded as shipped. `shipped` is undefined for content that has never
 * shipped (no lock file), which has nothing to keep.
 */
export function shippedQuestionProblems(questions: readonly QuestionInput[], shipped: readonly string[] | undefined): string[] {
	if (shipped === undefined) return [];
	const problems: string[] = [];
	const current = new Set(questions.map((q) => q.id));
	const successor = new Map<string, string>();
	for (const question of questions) {
		const at = (message: string) => problems.push(`content/questions/${question.id}.md: ${message}`);
		if (!shipped.includes(question.id)) at(`its id is not in ${QUESTIONS_LOCK}: add "${question.id}" there, so that its anchor is kept`);
		for (const former of question.formerIds) {
			if (current.has(former)) at(`formerIds names "${former}", which is a question's own id`);
			else if (successor.has(former)) at(`formerIds names "${former}", which content/questions/${successor.get(former)}.md names too`);
			else successor.set(former, question.id);
		}
	}
	for (const id of shipped) {
		if (!current.has(id) && !successor.has(id)) {
			problems.push(`${QUESTIONS_LOCK}: "${id}" has shipped (/compare/#${id}) but no question has it now: name it in its successor's formerIds`);
		}
	}
	return problems;
}

/** A question an analysis's passage answers: cited by the answer or holding its quoted words. */
interface AnsweredQuestion {
	id: string;
	question: string;
}

/** The questions each passage answers, by article slug and passage id, in the rows' order. */
export function questionsAnswered(rows: readonly SynopsisRow[]): (article: string, passage: string) => AnsweredQuestion[] {
	const byPassage = new Map<string, AnsweredQuestion[]>();
	for (const row of rows) {
		for (const cell of row.cells) {
			if (cell.answer === undefined) continue;
			const cited = parseCitedText(cell.answer).flatMap((segment) => ('passage' in segment ? [segment.passage] : []));
			for (const passage of new Set([cell.quote.passage, ...cited])) {
				const key = `${cell.article}#${passage}`;
				byPassage.set(key, [...(byPassage.get(key) ?? []), { id: row.id, question: row.question }]);
			}
		}
	}
	return (article, passage) => byPassage.get(`${article}#${passage}`) ?? [];
}

/** The questions as rows, in the themes' order (each under its first theme), then their own order. */
export function synopsisRows(questions: readonly QuestionInput[], articles: readonly string[], themeOrder: readonly string[]): SynopsisRow[] {
	const rank = (q: QuestionInput) => themeOrder.indexOf(q.themes[0]!);
	return [...questions]
		.sort((a, b) => rank(a) - rank(b) || a.order - b.order || a.id.localeCompare(b.id))
		.map((q) => ({
			id: q.id,
			question: q.question,
			themes: q.themes,
			comparison: q.comparison,
			formerIds: q.formerIds,
			cells: articles.map((article): SynopsisCell => {
				const cell = q.answers[article]!;
				return 'answer' in cell ? { article, answer: cell.answer, quote: cell.quote } : { article, nearby: cell.nearby };
			}),
		}));
}
