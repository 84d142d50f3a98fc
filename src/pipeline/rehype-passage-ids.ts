/**
 * Gives every passage of an article its permanent id from the passage registry, and keeps retired
 * ids working: each becomes an anchor inside its successor that, when targeted, says the passage
 * was removed. Fails the build (naming the article) when the registry and the text disagree.
 *
 * In `collect` mode it only records the passages, for `npm run passages:update`.
 */
import path from 'node:path';
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { VFile } from 'vfile';
import { type PassageRegistry, resolvePassageIds } from '../passages/registry.ts';
import { excerpt } from '../text/prose.ts';
import { recordPassages } from './page-data.ts';
import { existingIds, findPassages } from './find-passages.ts';

/**
 * The longest passage a reader is sent to, in characters: the longest of the analyses is about
 * 1,500. Past this a "passage" is a paste gone wrong (a whole text in one paragraph).
 */
const MAX_PASSAGE_CHARS = 20_000;

export interface RehypePassageIdsOptions {
	/** Absolute path of the folder whose Markdown files are articles; other Markdown is left alone. */
	articlesDir: string;
	registry: PassageRegistry;
	mode?: 'enforce' | 'collect';
	/** Called with passages matched by similarity or position (their registry entry is out of date). */
	onStale?: (article: string, ids: string[]) => void;
}

/** The article key used by the registry and the URL: the file name without extension. */
export function articleKey(filePath: string): string {
	return path.basename(filePath, path.extname(filePath));
}

/** Whether a Markdown file is an article (in the articles folder), not a theme or register entry. */
export const isArticleFile = (filePath: string | undefined, articlesDir: string): filePath is string =>
	!!filePath && path.resolve(filePath).startsWith(path.resolve(articlesDir) + path.sep);

export default function rehypePassageIds(options: RehypePassageIdsOptions) {
	const { articlesDir, registry, mode = 'enforce', onStale } = options;
	return (tree: Root, file: VFile) => {
		if (!isArticleFile(file.path, articlesDir)) return;
		const article = articleKey(file.path);
		const found = findPassages(tree);
		const tooLong = found.flatMap(({ text }, i) =>
			text.length > MAX_PASSAGE_CHARS ? [`passage ${i + 1} ("${excerpt(text)}") is ${text.length.toLocaleString('en')} characters long`] : [],
		);
		if (tooLong.length > 0) {
			throw new Error(
				`content/articles/${path.basename(file.path)}: ${tooLong.join('; ')}; a passage may have at most ${MAX_PASSAGE_CHARS.toLocaleString('en')} (are blank lines missing between paragraphs?)`,
			);
		}
		if (mode === 'collect') {
			recordPassages(file, { passages: found.map(({ text, section }) => ({ id: '', text, section })), retired: {} });
			return;
		}

		const entry = registry.articles[article];
		const { ids, stale } = resolvePassageIds(
			`content/articles/${path.basename(file.path)}`,
			entry,
			found.map((p) => p.text),
			existingIds(tree),
		);
		if (stale.length > 0) onStale?.(article, stale.map((m) => m.id));

		const retiredBySuccessor = Map.groupBy(entry!.retired, (r) => r.successor);
		found.forEach(({ element }, i) => {
			const id = ids[i]!;
			element.properties.id = id;
			element.properties.dataPassage = '';
			const aliases = (retiredBySuccessor.get(id) ?? []).map((r) =>
				h('span.passage-retired', { id: r.id, dataPagefindIgnore: '' }, [
					h('span.passage-retired-notice', { role: 'note' }, [
						`The passage once linked as “#${r.id}” is no longer in this edition; this is the passage that now stands in its place.`,
					]),
				]),
			);
			element.children.unshift(...aliases);
		});

		recordPassages(file, {
			passages: found.map(({ text, section }, i) => ({ id: ids[i]!, text, section })),
			retired: Object.fromEntries(entry!.retired.map((r) => [r.id, r.successor])),
		});
	};
}
