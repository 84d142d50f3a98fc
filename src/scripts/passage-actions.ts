/**
 * <passage-actions>: adds "Copy link" and "Cite" buttons to every passage inside it. Without
 * JavaScript the ¶ links remain plain links; these buttons exist only where they work.
 * `data-url`: the article's public address (from the site's configured origin);
 * `data-citation`: the citation with `{url}` and `{accessed}` left to fill.
 */
import { fillCitation, formatAccessDate, passageUrl } from '../lib/links.ts';
import { copyText } from './copy.ts';

function button(action: string, label: string, name: string) {
	const el = document.createElement('button');
	el.type = 'button';
	el.dataset.action = action;
	el.textContent = label;
	el.setAttribute('aria-label', name);
	return el;
}

export class PassageActions extends HTMLElement {
	connectedCallback() {
		for (const passage of this.querySelectorAll<HTMLElement>('[data-passage][id]')) {
			const actions = document.createElement('span');
			actions.className = 'passage-actions';
			actions.dataset.pagefindIgnore = '';
			actions.append(button('link', 'Copy link', 'Copy link to this passage'), button('cite', 'Cite', 'Cite this passage'));
			passage.querySelector(':scope > .passage-link')?.after(actions);
		}
		this.addEventListener('click', (event) => {
			const target = (event.target as Element).closest<HTMLButtonElement>('.passage-actions button');
			const id = target?.closest<HTMLElement>('[data-passage]')?.id;
			if (!target || !id) return;
			const url = passageUrl(this.dataset.url ?? location.href, id);
			if (target.dataset.action === 'link') void copyText(url, 'Link copied');
			else void copyText(fillCitation(this.dataset.citation ?? '', url, formatAccessDate(new Date())), 'Citation copied');
		});
	}
}
