/**
 * A passage's "Cite": the dialog (CitePassage.astro) shows the passage's citation in the reader's
 * style before anything is copied. The styles are the article's, from "Cite this analysis" on the
 * page (formatted at build time), with the passage's address in place of the article's and its
 * number as the locator ("para. 11"); the edition's own form is filled from its template. The
 * style chosen here and there is one choice. Loaded when the reader first asks to cite a passage.
 */
import { copyText } from '../reading/copy.ts';
import { fillCitation, formatAccessDate } from '../reading/links.ts';
import { storedStyle, storeStyle } from './article-citation.ts';

interface Passage {
	/** The passage's address, with its id. */
	url: string;
	/** Its number in the margin. */
	paragraph: string;
	/** The article's address, as the styles give it. */
	articleUrl: string;
	/** The edition's own form, with `{url}`, `{accessed}` and `{paragraph}` to fill. */
	template: string;
}

export function citePassage({ url, paragraph, articleUrl, template }: Passage) {
	const dialog = document.querySelector<HTMLDialogElement>('#cite-passage')!;
	const select = dialog.querySelector('select')!;
	const shown = dialog.querySelector('.citation-text')!;
	const inText = dialog.querySelector('.citation-in-text')!;
	const show = () => {
		const formatted = document.querySelector<HTMLElement>(`.cite-article [data-style="${select.value}"]`)!;
		const passageForm = formatted.dataset.inTextPassage;
		if (passageForm) {
			// The article's reference, built at build time, with the passage's address.
			shown.innerHTML = formatted.querySelector('.citation-text')!.innerHTML.replace(articleUrl, url);
			inText.textContent = `In the text: ${passageForm.replace('{paragraph}', paragraph)}`;
		} else {
			shown.textContent = fillCitation(template, url, formatAccessDate(new Date()), paragraph);
			inText.textContent = '';
		}
	};
	dialog.querySelector('h2')!.textContent = `Cite paragraph ${paragraph}`;
	const stored = storedStyle();
	if (stored && select.querySelector(`option[value="${stored}"]`)) select.value = stored;
	select.onchange = () => {
		show();
		storeStyle(select.value);
	};
	dialog.querySelector<HTMLButtonElement>('[data-action="copy"]')!.onclick = () =>
		void copyText(shown.textContent!, `${select.selectedOptions[0]!.text} citation copied`, shown.innerHTML);
	show();
	dialog.showModal();
}
