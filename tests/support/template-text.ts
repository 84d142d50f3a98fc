/**
 * The text our templates write on a built page (home, lists, chrome, explainers, register
 * entries), as a reader meets it: inline elements run together, blocks and controls stand
 * apart. The authors' words are left out (article bodies and quotations), since they may
 * rightly hold "1960s"; the fidelity test answers for them.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Elements that start a new line of text, or stand apart as controls. */
const SEPARATE = new Set(
	'address article aside blockquote br button dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr input label legend li main nav ol option p section select summary table td textarea th tr ul'.split(' '),
);
/** Not text a reader reads, or not ours. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'head', 'svg', 'q', 'blockquote', 'pre', 'code']);
const classes = (element: Element) => (Array.isArray(element.properties.className) ? element.properties.className.map(String) : []);
/** Left out: the authors' words (an article body), and what is hidden from the reader. */
const leftOut = (element: Element) => classes(element).includes('article-body') || element.properties.hidden !== undefined;

/** The page's template text, one run of inline text per entry. */
export function templateText(html: string): string[] {
	const runs: string[] = [''];
	const visit = (node: Root | RootContent) => {
		if (node.type === 'text') runs[runs.length - 1] += node.value;
		else if (node.type === 'root') node.children.forEach(visit);
		else if (node.type === 'element') {
			if (SKIP.has(node.tagName) || leftOut(node)) return runs.push('');
			const apart = SEPARATE.has(node.tagName);
			if (apart) runs.push('');
			node.children.forEach(visit);
			if (apart) runs.push('');
		}
	};
	visit(fromHtml(html));
	return runs.map((run) => run.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** A word run into a number ("and21"), or a sentence into the next ("organisations.The"). */
const GLUED = [/\p{Ll}\d/u, /\d(?!(?:st|nd|rd|th|s)\b)\p{Ll}/u, /\p{Ll}[.!?][\p{Lu}‘“]/u];

/** The runs of text in which a word or sentence is glued to the next. */
export const gluedText = (runs: string[]) => runs.filter((run) => GLUED.some((pattern) => pattern.test(run)));
