/**
 * Refuses Markdown that is more than prose, naming the file, the line and what is wrong: raw HTML
 * (a `<meta http-equiv="refresh">` in a paragraph would redirect every reader, and the CSP does not
 * stop it), links other than site-internal (`/…`, `#…`) and `https:` ones, images, and
 * reference-style links whose definition is missing (Markdown leaves them as bracketed text).
 * The authors' texts and our editorial Markdown never need any of these.
 */
import path from 'node:path';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Link targets a reader may be sent to: this site's own paths and fragments, or https. */
export function allowedHref(href: string): boolean {
	return /^\/(?![/\\])/.test(href) || href.startsWith('#') || /^https:\/\/[^/\s]/i.test(href);
}

/** `[text][label]` or `[text][]` left as text: a reference link whose definition is missing. */
const UNRESOLVED_REFERENCE = /\[[^\]\n]+\]\[[^\]\n]*\]/;

/** The first tag a raw HTML fragment opens (or "comment"), for messages. */
function rawTag(html: string): string {
	if (html.trimStart().startsWith('<!--')) return 'an HTML comment';
	const tag = /<\/?([a-zA-Z][\w:-]*)/.exec(html)?.[1];
	return tag ? `<${tag.toLowerCase()}>` : JSON.stringify(html.trim().slice(0, 40));
}

export default function rehypeProseOnly() {
	return (tree: Root, file: VFile) => {
		const where = (node: { position?: { start: { line: number } } | undefined }) =>
			`${file.path ? path.relative(process.cwd(), file.path) : 'Markdown'}${node.position ? `:${node.position.start.line}` : ''}`;
		const problems: string[] = [];
		visit(tree, (node) => {
			// Raw HTML reaches rehype as `raw` nodes (remark-rehype's allowDangerousHtml), which hast's types leave out.
			const raw = node as { type: string; value?: string };
			if (raw.type === 'raw') problems.push(`${where(node)}: raw HTML (${rawTag(raw.value ?? '')}) is not allowed; write Markdown`);
			if (node.type === 'text' && UNRESOLVED_REFERENCE.test(node.value)) {
				problems.push(`${where(node)}: "${UNRESOLVED_REFERENCE.exec(node.value)![0]}" is a reference-style link with no definition`);
			}
			if (node.type !== 'element') return;
			if (node.tagName === 'img') problems.push(`${where(node)}: images are not allowed (${String(node.properties.src ?? '')})`);
			const href = node.tagName === 'a' ? node.properties.href : undefined;
			if (typeof href === 'string' && !allowedHref(href)) {
				problems.push(`${where(node)}: the link to "${href}" is not allowed; use a site path (/…), a fragment (#…) or an https: URL`);
			}
		});
		if (problems.length > 0) throw new Error(problems.join('\n'));
	};
}
