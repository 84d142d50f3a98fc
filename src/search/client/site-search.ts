/**
 * <site-search>: upgrades the header's search link into the search dialog. "/" and Ctrl/⌘+K
 * open it from anywhere except while typing; the dialog (a native modal <dialog>) keeps focus
 * inside and closes on Esc. On the search page itself the shortcuts focus that page's search box.
 * The dialog is made on the first opening (pages do not carry its markup), opens at once and
 * takes typing; its search code (dialog.ts) is fetched on the first sign of intent (pointer over
 * or focus on the link, the first shortcut), so pages carry only this.
 */
/** The dialog; its full search link goes where the header's link goes. */
const dialogMarkup = (search: string) =>
	`<dialog class="search-dialog" aria-label="Search the analyses"><search class="search-box"><label class="visually-hidden" for="dialog-query">Words to search for</label><input id="dialog-query" type="search" name="q" placeholder="Search the analyses" autocomplete="off" enterkeyhint="search"><button type="button" class="dialog-close">Close</button></search><p class="search-summary" role="status"></p><ol class="search-hits"></ol><p class="dialog-footer"><a class="full-search-link" href="${search}">Open the full search, with filters</a><span class="dialog-keys" aria-hidden="true">↑ ↓ to move · Enter to open · Esc to close</span></p></dialog>`;

/** The search page's own box, which the link and shortcuts go to there. */
const pageInput = () => document.querySelector<HTMLInputElement>('.search-page input[type="search"]');

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class SiteSearch extends HTMLElement {
	#code: Promise<typeof import('./dialog.ts')> | undefined;
	#worker: Worker | undefined;
	#dialog: HTMLDialogElement | undefined;

	connectedCallback() {
		const link = this.querySelector('a.search-link')!;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			this.open();
		});
		if (!pageInput()) for (const intent of ['pointerenter', 'focus']) link.addEventListener(intent, () => this.#load(), { once: true });
		document.addEventListener('keydown', (event) => {
			const shortcut = (event.key === '/' && !isTyping(event.target)) || (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
			if (!shortcut || event.altKey) return;
			event.preventDefault();
			this.open();
		});
	}

	/**
	 * The search engine's worker, loading Pagefind (the same URL as engine.ts's, so one file),
	 * and meanwhile the dialog's code, which takes the worker over: started once.
	 */
	#load() {
		if (!this.#worker) {
			this.#worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
			this.#worker.postMessage({ id: 0, method: 'warm' });
		}
		const worker = this.#worker;
		return (this.#code ??= import('./dialog.ts').then((code) => {
			code.connectDialog(this.#made(), worker);
			return code;
		}));
	}

	/** The dialog, made on first use, with closing wired in at once (not left to the code fetched on opening). */
	#made() {
		if (this.#dialog) return this.#dialog;
		this.insertAdjacentHTML('beforeend', dialogMarkup(this.querySelector('a')!.getAttribute('href')!));
		const dialog = (this.#dialog = this.lastElementChild as HTMLDialogElement);
		dialog.querySelector('.dialog-close')!.addEventListener('click', () => dialog.close());
		// A click on the backdrop closes it, as Esc does. The backdrop's clicks target the dialog, as
		// clicks on its own padding do: only those outside its box count.
		dialog.addEventListener('click', (event) => {
			const box = dialog.getBoundingClientRect();
			const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
			if (event.target === dialog && outside) dialog.close();
		});
		return dialog;
	}

	open() {
		const input = pageInput();
		if (input) return input.focus();
		const dialog = this.#made();
		if (!dialog.open) dialog.showModal();
		dialog.querySelector('input')?.focus();
		void this.#load();
	}
}
