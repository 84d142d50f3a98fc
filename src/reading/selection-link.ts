/**
 * <selection-link>: when the reader selects words in the article, offers "Copy link to
 * selection": the enclosing passage's address plus a text fragment for the exact words
 * (reading/text-fragment.ts), so supporting browsers scroll to and highlight them; and "Copy
 * quote": the words with their source and that link (citation/copy-quote.ts). A selection across
 * passages offers "Copy link to paragraphs 11–13" instead: a range link (links.ts, passage-range.ts).
 */
import { passageNumber, passageUrl, rangeUrl, selectionUrl } from './links.ts';
import { copyText } from './copy.ts';

export class SelectionLink extends HTMLElement {
	#range: Range | undefined;
	#buttons = [...this.querySelectorAll('button')];

	connectedCallback() {
		document.addEventListener('selectionchange', () => this.#update());
		for (const button of this.#buttons) {
			// Keeps the selection when the button is pressed with a pointer.
			button.addEventListener('pointerdown', (event) => event.preventDefault());
			button.addEventListener('click', () => void this.#copy(button.dataset.action));
		}
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
		for (const button of this.#buttons) button.hidden = !this.#range;
		if (!this.#range) return;
		const span = this.#span(this.#range);
		const link = this.#buttons.find((b) => b.dataset.action === 'link');
		if (link) link.textContent = span ? `Copy link to paragraphs ${span.map(passageNumber).join('–')}` : 'Copy link to selection';
		// Placed under the words, in the coordinates of the box it is positioned in (the article body).
		const rect = this.#range.getBoundingClientRect();
		const box = (this.offsetParent ?? document.documentElement).getBoundingClientRect();
		const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - this.offsetWidth - 8));
		this.style.top = `${rect.bottom - box.top + 6}px`;
		this.style.left = `${left - box.left}px`;
	}

	/** The first and last passages a selection spans, when it spans more than one (headings aside). */
	#span(range: Range): [HTMLElement, HTMLElement] | undefined {
		const [first, last] = [this.#passageOf(range.startContainer), this.#passageOf(range.endContainer)];
		return first && last && first !== last && first.matches('[data-passage]') && last.matches('[data-passage]') ? [first, last] : undefined;
	}

	async #copy(action: string | undefined) {
		const range = this.#range;
		const passage = range && this.#passageOf(range.startContainer);
		if (!range || !passage) return;
		const span = this.#span(range);
		// The article's address and a quote's source, said once, on the passages' element (PassageTools.astro).
		const { url: address, attribution } = document.querySelector<HTMLElement>('passage-actions')?.dataset ?? {};
		const articleUrl = address ?? location.href;
		const url = span ? rangeUrl(articleUrl, span[0].id, span[1].id) : await this.#selectionUrl(articleUrl, range, passage);
		if (action !== 'quote') return copyText(url, span ? 'Link to paragraphs copied' : 'Link to selection copied');
		const { copyQuote } = await import('../citation/copy-quote.ts');
		await copyQuote(range, attribution ?? '', url);
	}

	/** The passage's address with a text directive for the words, when one can name them. */
	async #selectionUrl(articleUrl: string, range: Range, passage: HTMLElement) {
		const { textDirectiveForRange } = await import('./selection-fragment.ts');
		const directive = textDirectiveForRange(range);
		return directive ? selectionUrl(articleUrl, passage.id, directive) : passageUrl(articleUrl, passage.id);
	}
}
