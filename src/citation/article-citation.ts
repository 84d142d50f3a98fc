/**
 * <article-citation>: fills the reader's access date into the "Cite this analysis" block and
 * makes its Copy button work (the button is hidden without JavaScript).
 */
import { fillCitation, formatAccessDate } from '../reading/links.ts';
import { copyText } from '../reading/copy.ts';

export class ArticleCitation extends HTMLElement {
	connectedCallback() {
		const text = fillCitation(this.dataset.citation ?? '', this.dataset.url ?? location.href, formatAccessDate(new Date()));
		const shown = this.querySelector('.citation-text');
		if (shown) shown.textContent = text;
		const button = this.querySelector('button');
		if (!button) return;
		button.hidden = false;
		button.addEventListener('click', () => void copyText(text, 'Citation copied'));
	}
}
