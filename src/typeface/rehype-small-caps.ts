/**
 * Sets the all-capital abbreviations of our own Markdown (NATO, EU, BRICS in register entries,
 * notes and explainers) in small capitals: each is wrapped in `<span class="caps">`, which
 * typeface.css sets with the text face's real small capitals. The characters do not change, so
 * search, copying and screen readers meet the same text. The authors' words are not touched.
 */
import type { ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isArticleFile } from '../pipeline/rehype-passage-ids.ts';

/** Two or more capitals standing as a word (a plural's "s" stays outside: "NGOs"). */
const ABBREVIATION = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?=s?(?![\p{L}\p{N}]))/gu;

/** `text` split into runs of plain text and caps spans. */
function smallCapsRuns(text: string): ElementContent[] {
	const runs: ElementContent[] = [];
	let last = 0;
	for (const match of text.matchAll(ABBREVIATION)) {
		if (match.index > last) runs.push({ type: 'text', value: text.slice(last, match.index) });
		runs.push({ type: 'element', tagName: 'span', properties: { className: ['caps'] }, children: [{ type: 'text', value: match[0] }] });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ type: 'text', value: text.slice(last) });
	return runs;
}

export default function rehypeSmallCaps({ articlesDir }: { articlesDir: string }) {
	return (tree: Root, file: VFile) => {
		if (isArticleFile(file.path, articlesDir)) return;
		visit(tree, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined || parent.type !== 'element' || /^h[1-6]$/.test(parent.tagName)) return;
			const runs = smallCapsRuns(node.value);
			if (runs.length === 1 && runs[0]!.type === 'text') return;
			parent.children.splice(index, 1, ...runs);
			return [SKIP, index + runs.length];
		});
	};
}
