/**
 * The register of people and organisations: which passages mention each entry (found by its
 * forms, editorial/register/mentions.ts), and everything that would make an entry wrong, each problem naming
 * the entry's file.
 */
import { formOccurs, mentionMatcher, type NamedEntry, normalForm } from './mentions.ts';
import { type ArticleText, noteLinkProblems, type PassageWords, quoteProblem } from '../../passages/refs.ts';

export const REGISTER_KINDS = ['person', 'state', 'organisation'] as const;
type RegisterKind = (typeof REGISTER_KINDS)[number];

/** The register's groups, in the order the register lists them. */
export const REGISTER_GROUPS: ReadonlyArray<{ kind: RegisterKind; title: string }> = [
	{ kind: 'person', title: 'People' },
	{ kind: 'state', title: 'States and governments' },
	{ kind: 'organisation', title: 'Organisations and groups' },
];

export interface RegisterEntryInput {
	id: string;
	name: string;
	kind: RegisterKind;
	/** The words that name the entry in the analyses. */
	forms: string[];
	/** Other usual spellings, for search; none occurs in the analyses. */
	otherForms: string[];
	/** What the analyses call the entry, quoted from a passage. */
	roles: PassageWords[];
	sources: unknown[];
	/** The editor's note, Markdown; empty when there is none. */
	body: string;
}

export interface MentionIndex {
	/** Entry id → article slug → the passages that mention it, in document order. */
	byEntry: Record<string, Record<string, string[]>>;
	/** Article slug → passage id → the entries it mentions, in order of their first mention. */
	byPassage: Record<string, Record<string, string[]>>;
}

/** The index of where each entry is mentioned; `find` is the register's matcher (editorial/register/mentions.ts). */
export function buildMentionIndex(entries: readonly NamedEntry[], articles: readonly ArticleText[], find = mentionMatcher(entries)): MentionIndex {
	const byEntry: MentionIndex['byEntry'] = Object.fromEntries(entries.map((e) => [e.id, {}]));
	const byPassage: MentionIndex['byPassage'] = {};
	for (const article of articles) {
		const inArticle: Record<string, string[]> = (byPassage[article.slug] = {});
		for (const passage of article.passages) {
			const mentioned = [...new Set(find(passage.text).map((m) => m.entry))];
			if (mentioned.length === 0) continue;
			inArticle[passage.id] = mentioned;
			for (const entry of mentioned) (byEntry[entry]![article.slug] ??= []).push(passage.id);
		}
	}
	return { byEntry, byPassage };
}

/** The other entries mentioned in the most of an entry's passages: at most `max`, most shared first. */
export function coMentions(index: MentionIndex, entry: string, max: number): Array<{ entry: string; passages: number }> {
	const shared = new Map<string, number>();
	for (const [article, ids] of Object.entries(index.byEntry[entry] ?? {})) {
		for (const id of ids) {
			for (const other of index.byPassage[article]?.[id] ?? []) if (other !== entry) shared.set(other, (shared.get(other) ?? 0) + 1);
		}
	}
	return [...shared]
		.sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
		.slice(0, max)
		.map(([other, passages]) => ({ entry: other, passages }));
}

/** How many passages mention the entry, in all. */
export const mentionCount = (index: MentionIndex, entry: string) => Object.values(index.byEntry[entry] ?? {}).reduce((sum, ids) => sum + ids.length, 0);

/**
 * Everything wrong with the register: a form or name shared by two entries, a form that no passage
 * uses, another spelling that one does (it is a form), a role not quoted from its passage, an
 * entry no passage mentions, an editor's note without sources or citing a passage that is gone.
 */
export function registerProblems(entries: readonly RegisterEntryInput[], articles: readonly ArticleText[], index: MentionIndex): string[] {
	const problems: string[] = [];
	const file = (entry: RegisterEntryInput) => `content/register/${entry.id}.md`;
	const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
	const texts = [...new Set(articles.flatMap((a) => a.passages.map((p) => p.text)))];
	const owner = new Map<string, RegisterEntryInput>();
	const claim = (entry: RegisterEntryInput, what: string, words: string) => {
		const key = `${what}\u0000${normalForm(words)}`;
		const earlier = owner.get(key);
		if (earlier && earlier !== entry) problems.push(`${file(entry)}: the ${what} "${words}" is also the ${what} of ${file(earlier)}; an entry's words must be its own`);
		else owner.set(key, entry);
	};
	for (const entry of entries) {
		const at = (message: string) => problems.push(`${file(entry)}: ${message}`);
		claim(entry, 'name', entry.name);
		for (const form of [...entry.forms, ...entry.otherForms]) claim(entry, 'form', form);
		for (const form of entry.forms) if (!formOccurs(form, texts)) at(`the form "${form}" occurs in no passage of the analyses`);
		for (const form of entry.otherForms) {
			if (formOccurs(form, texts)) at(`"${form}" occurs in the analyses, so it belongs under forms, not otherForms`);
		}
		for (const role of entry.roles) {
			const problem = quoteProblem(articleBySlug, role);
			if (problem) at(`the role "${role.words}" ${problem}`);
		}
		if (entry.forms.length > 0 && mentionCount(index, entry.id) === 0) at('no passage mentions the entry: each of its forms is part of a longer form of another entry');
		const note = entry.body.trim();
		if (note && entry.sources.length === 0) at("the editor's note has no sources: a fact the analyses do not state needs one");
		noteLinkProblems(articleBySlug, note).forEach(at);
	}
	return problems;
}
