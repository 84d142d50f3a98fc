/**
 * <article-citation>: the "Cite this analysis" block with JavaScript. It fills the reader's access
 * date into the edition's own form, remembers the chosen style, and shows Copy, which copies the
 * shown citation (with its italics, as HTML, for a word processor).
 */
import { fillCitation, formatAccessDate } from '../reading/links.ts';
import { copyText } from '../reading/copy.ts';

/** Where the reader's citation style is remembered, for the analysis and for its passages. */
const STYLE_KEY = 'citation-style';

/** The style the reader chose last, if storage is available. */
export function storedStyle(): string | null {
	try {
		return localStorage.getItem(STYLE_KEY);
	} catch {
		return null;
	}
}

export function storeStyle(style: string) {
	try {
		localStorage.setItem(STYLE_KEY, style);
	} catch {
		// No storage (a private window, say): the choice lasts as long as the page.
	}
}

export class ArticleCitation extends HTMLElement {
	connectedCallback() {
		const own = this.querySelector('[data-style="edition"] .citation-text');
		if (own) own.textContent = fillCitation(this.dataset.citation ?? '', this.dataset.url ?? location.href, formatAccessDate(new Date()));
		// A choice made before this script arrived (it loads as the block nears the screen) is kept.
		const chosen = this.querySelector<HTMLInputElement>('input:checked');
		if (chosen && !chosen.defaultChecked) storeStyle(chosen.value);
		const remembered = this.querySelector<HTMLInputElement>(`input[value="${storedStyle()}"]`);
		if (remembered) remembered.checked = true;
		this.addEventListener('change', ({ target }) => storeStyle((target as HTMLInputElement).value));
		const button = this.querySelector('button')!;
		button.hidden = false;
		button.addEventListener('click', () => {
			const style = this.querySelector<HTMLInputElement>('input:checked')!;
			const shown = this.querySelector(`[data-style="${style.value}"] .citation-text`)!;
			void copyText(shown.textContent!, `${style.parentElement!.textContent!.trim()} citation copied`, shown.innerHTML);
		});
	}
}
