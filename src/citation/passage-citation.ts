/**
 * A passage's "Cite": the dialog (made here on first use, styled in PassageTools.astro) shows the passage's citation in the reader's
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

/**
 * The dialog, made once: its styles are those of "Cite this analysis" on the page, in its order
 * and with its names.
 */
function citeDialog() {
	const made = document.querySelector<HTMLDialogElement>('#cite-passage');
	if (made) return made;
	const dialog = document.createElement('dialog');
	dialog.id = 'cite-passage';
	dialog.className = 'cite-passage dialog-card';
	dialog.setAttribute('aria-labelledby', 'cite-passage-heading');
	dialog.innerHTML = `<h2 id="cite-passage-heading">Cite paragraph</h2><label class="cite-passage-style">Style<select></select></label><p class="citation-text"></p><p class="citation-in-text"></p><div class="cite-passage-actions"><button type="button" data-action="copy">Copy citation</button><form method="dialog"><button type="submit">Close</button></form></div>`;
	for (const style of document.querySelectorAll<HTMLInputElement>('.cite-article input[name="citation-style"]'))
		dialog.querySelector('select')!.append(new Option(style.parentElement!.textContent!.trim(), style.value));
	document.body.append(dialog);
	return dialog;
}

export function citePassage({ url, paragraph, articleUrl, template }: Passage) {
	const dialog = citeDialog();
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
