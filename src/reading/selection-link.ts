/**
 * <selection-link>: when the reader selects words in the article, offers "Copy link to
 * selection": the enclosing passage's address plus a text fragment for the exact words
 * (reading/text-fragment.ts), so supporting browsers scroll to and highlight them.
 */
import { passageUrl, selectionUrl } from './links.ts';
import { copyText } from './copy.ts';

export class SelectionLink extends HTMLElement {
	#range: Range | undefined;
	#button = this.querySelector('button');

	connectedCallback() {
		document.addEventListener('selectionchange', () => this.#update());
		// Keeps the selection when the button is pressed with a pointer.
		this.#button?.addEventListener('pointerdown', (event) => event.preventDefault());
		this.#button?.addEventListener('click', () => void this.#copy());
		// Defined on the first selection (PassageTools.astro), which it then offers at once.
		this.#update();
	}

	#passageOf(node: Node) {
		const el = node instanceof Element ? node : node.parentElement;
		return el?.closest<HTMLElement>('.article-body [data-passage][id], .article-body h2[id], .article-body h3[id]') ?? undefined;
	}

	#update() {
		const selection = getSelection();
		const range = selection && selection.rangeCount > 0 && !selection.isCollapsed ? selection.getRangeAt(0) : undefined;
		this.#range = range && this.#passageOf(range.startContainer) && this.#passageOf(range.endContainer) ? range.cloneRange() : undefined;
		if (!this.#button) return;
		this.#button.hidden = !this.#range;
		if (!this.#range) return;
		const rect = this.#range.getBoundingClientRect();
		this.style.top = `${rect.bottom + scrollY + 6}px`;
		this.style.left = `${Math.max(8, Math.min(rect.left + scrollX, document.documentElement.clientWidth - 220))}px`;
	}

	async #copy() {
		const range = this.#range;
		const passage = range && this.#passageOf(range.startContainer);
		if (!range || !passage) return;
		const { textDirectiveForRange } = await import('./selection-fragment.ts');
		const directive = textDirectiveForRange(range);
		const articleUrl = this.dataset.url ?? location.href;
		const url = directive ? selectionUrl(articleUrl, passage.id, directive) : passageUrl(articleUrl, passage.id);
		await copyText(url, 'Link to selection copied');
	}
}
