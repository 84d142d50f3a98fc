/**
 * What a link's preview shows, built once at build time: per analysis, each passage's section,
 * text and themes; for the register, each entry's name, roles as the analyses give them, and how
 * often it is mentioned. The client fetches these small files on the first sign of intent
 * (reading/previews/preview-intent.ts), never whole pages.
 */

interface PassagePreview {
	/** The heading the passage stands under, if the author used headings. */
	section: string | null;
	text: string;
	/** The titles of its themes. */
	themes: string[];
}

/** One analysis's passages, by id (routes.passagePreviews). */
export interface AnalysisPreviews {
	title: string;
	passages: Record<string, PassagePreview>;
}

interface EntryPreview {
	name: string;
	/** The roles the analyses give it, as quoted, with the analysis's short title. */
	roles: Array<{ words: string; analysis: string }>;
	/** How many passages mention it, in how many analyses. */
	passages: number;
	analyses: number;
}

/** The register's entries, by slug (routes.registerPreviews). */
export type RegisterPreviews = Record<string, EntryPreview>;

interface PreviewArticle {
	title: string;
	passages: ReadonlyArray<{ id: string; text: string; section: { text: string } | null }>;
}

export function analysisPreviews(article: PreviewArticle, themesOf: (passageId: string) => readonly string[]): AnalysisPreviews {
	return {
		title: article.title,
		passages: Object.fromEntries(article.passages.map((p) => [p.id, { section: p.section?.text ?? null, text: p.text, themes: [...themesOf(p.id)] }])),
	};
}

interface PreviewEntry {
	id: string;
	name: string;
	roles: ReadonlyArray<{ article: string; words: string }>;
}

/** `mentioned` is the entry's passages per analysis (MentionIndex.byEntry); `shortTitle` names an analysis. */
export function registerPreviews(entries: readonly PreviewEntry[], mentioned: (id: string) => Record<string, readonly string[]>, shortTitle: (slug: string) => string): RegisterPreviews {
	return Object.fromEntries(
		entries.map((entry) => {
			const byAnalysis = Object.values(mentioned(entry.id)).filter((ids) => ids.length > 0);
			return [
				entry.id,
				{
					name: entry.name,
					roles: entry.roles.map((r) => ({ words: r.words, analysis: shortTitle(r.article) })),
					passages: byAnalysis.reduce((n, ids) => n + ids.length, 0),
					analyses: byAnalysis.length,
				},
			];
		}),
	);
}

/** One analysis's cell of a question's row, as plain text: our answer and its quoted words, or silence. */
type AnswerPreview = { analysis: string; answer: string; quote: string } | { analysis: string; silent: true };

interface QuestionPreview {
	question: string;
	answers: AnswerPreview[];
	comparison: string | null;
}

/** The synopsis's rows by question id, and by each former id too, so an old anchor previews its successor (routes.QUESTION_PREVIEWS_PATH). */
export type QuestionPreviews = Record<string, QuestionPreview>;

interface PreviewRow {
	id: string;
	question: string;
	comparison: string | undefined;
	formerIds: readonly string[];
	cells: ReadonlyArray<{ article: string; answer?: string; quote?: { words: string } }>;
}

/** `plain` turns our cited text into its words; `shortTitle` names an analysis. */
export function questionPreviews(rows: readonly PreviewRow[], plain: (cited: string) => string, shortTitle: (slug: string) => string): QuestionPreviews {
	return Object.fromEntries(
		rows.flatMap((row) => {
			const preview: QuestionPreview = {
				question: row.question,
				answers: row.cells.map((cell) =>
					cell.answer === undefined ? { analysis: shortTitle(cell.article), silent: true } : { analysis: shortTitle(cell.article), answer: plain(cell.answer), quote: cell.quote!.words },
				),
				comparison: row.comparison ?? null,
			};
			return [row.id, ...row.formerIds].map((id) => [id, preview]);
		}),
	);
}
