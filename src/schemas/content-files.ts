/**
 * Checks on the content files themselves, before their frontmatter is parsed: what a YAML parser
 * or a file reader would otherwise smooth over silently. Each message names the file.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isSlug = (value: string) => SLUG.test(value);

/** The slug a file name would get if it were written as one ("Axis of Pragmatism.md" → "axis-of-pragmatism"). */
export const slugFor = (name: string) =>
	name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/**
 * Problems with the names of a folder's Markdown files: each must be `<slug>.md`, since the
 * name is the page's address; a name that is not would also claim the same address as another.
 */
export function fileNameProblems(folder: string, names: readonly string[]): string[] {
	const markdown = names.filter((n) => n.endsWith('.md'));
	const stems = new Set(markdown.map((n) => n.slice(0, -3)));
	return markdown.flatMap((name) => {
		const stem = name.slice(0, -3);
		if (isSlug(stem)) return [];
		const slug = slugFor(stem);
		const clash = stems.has(slug) ? `, the address of ${folder}/${slug}.md too` : '';
		return [`${folder}/${name}: the file name must be a lower-case slug, such as "${slug || 'a-name'}.md" (it becomes the page's address${clash})`];
	});
}

/** The text of a content file; throws, naming the file and the line, when it is not UTF-8. */
export function decodeUtf8(file: string, bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const text = new TextDecoder('utf-8').decode(bytes);
		const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
		throw new Error(`${file}:${line}: the file is not valid UTF-8; save it as UTF-8`);
	}
}

const ISO_DAY = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g;

/**
 * Calendar dates written in a file's frontmatter that do not exist ("2025-02-30"). A YAML parser
 * turns them into the next valid day without a word, so they are caught in the text.
 */
export function impossibleDates(file: string, source: string): string[] {
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
	const problems: string[] = [];
	for (const match of frontmatter.matchAll(ISO_DAY)) {
		const [, year, month, day] = match.map(Number) as [number, number, number, number];
		const date = new Date(Date.UTC(year, month - 1, day));
		if (date.getUTCMonth() === month - 1 && date.getUTCDate() === day) continue;
		const line = frontmatter.slice(0, match.index).split('\n').length + 1;
		problems.push(`${file}:${line}: ${match[0]} is not a date`);
	}
	return problems;
}
