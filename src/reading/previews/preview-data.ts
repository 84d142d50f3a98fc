/**
 * What a link's preview shows, built once at build time: per analysis, each passage's section,
 * text and themes; for the register, each entry's name, roles as the analyses give them, and how
 * often it is mentioned. The client fetches these small files on the first sign of intent
 * (reading/previews/preview-intent.ts), never whole pages.
 */

/** A passage's preview as the popover shows it (passagePreview). */
interface PassagePreview {
	/** The heading the passage stands under, if the author used headings. */
	section: string | null;
	text: string;
	/** The titles of its themes. */
	themes: string[];
}

/**
 * One analysis's passages, by id (routes.passagePreviews). Each heading and theme title is written
 * once, in `sections` and `themes`; a passage gives its place there, and leaves out what it lacks:
 * written out in every passage, they were 5 MB of the output at 3,000 analyses.
 */
export interface AnalysisPreviews {
	title: string;
	sections: string[];
	themes: string[];
	passages: Record<string, { text: string; section?: number; themes?: number[] }>;
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
	const sections: string[] = [];
	const themes: string[] = [];
	const placeIn = (list: string[], item: string) => {
		const at = list.indexOf(item);
		return at === -1 ? list.push(item) - 1 : at;
	};
	const passages = Object.fromEntries(
		article.passages.map((p) => {
			const titles = themesOf(p.id);
			return [p.id, { text: p.text, ...(p.section && { section: placeIn(sections, p.section.text) }), ...(titles.length > 0 && { themes: titles.map((t) => placeIn(themes, t)) }) }];
		}),
	);
	return { title: article.title, sections, themes, passages };
}

/** A passage's preview from its analysis's file, or undefined for an id the analysis does not have. */
export function passagePreview(analysis: AnalysisPreviews, id: string): PassagePreview | undefined {
	const passage = analysis.passages[id];
	if (!passage) return undefined;
	return {
		section: passage.section === undefined ? null : analysis.sections[passage.section]!,
		text: passage.text,
		themes: (passage.themes ?? []).map((at) => analysis.themes[at]!),
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
