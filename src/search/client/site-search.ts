/**
 * <site-search>: upgrades the header's search link into the search dialog. "/" and Ctrl/⌘+K
 * open it from anywhere except while typing; the dialog (a native modal <dialog>) keeps focus
 * inside and closes on Esc. On the search page itself the shortcuts focus that page's search box.
 * The dialog opens at once and takes typing; its search code (dialog.ts) is fetched on the
 * first sign of intent (pointer over or focus on the link, the first shortcut), so pages carry
 * only this.
 */
const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export class SiteSearch extends HTMLElement {
	#code: Promise<typeof import('./dialog.ts')> | undefined;
	#worker: Worker | undefined;

	connectedCallback() {
		const link = this.querySelector('a.search-link')!;
		link.addEventListener('click', (event) => {
			event.preventDefault();
			this.open();
		});
		for (const intent of ['pointerenter', 'focus']) link.addEventListener(intent, () => this.#load(), { once: true });
		// Closing is here, not in the code fetched on opening, so that it works from the first moment.
		const dialog = this.querySelector('dialog');
		dialog?.querySelector('.dialog-close')?.addEventListener('click', () => dialog.close());
		// A click on the backdrop closes it, as Esc does. The backdrop's clicks target the dialog, as
		// clicks on its own padding do: only those outside its box count.
		dialog?.addEventListener('click', (event) => {
			const box = dialog.getBoundingClientRect();
			const outside = event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
			if (event.target === dialog && outside) dialog.close();
		});
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
			code.connectDialog(this.querySelector('dialog')!, worker);
			return code;
		}));
	}

	open() {
		const pageInput = document.querySelector<HTMLInputElement>('.search-page input[type="search"]');
		if (pageInput) return pageInput.focus();
		const dialog = this.querySelector('dialog');
		if (!dialog) return;
		if (!dialog.open) dialog.showModal();
		dialog.querySelector('input')?.focus();
		void this.#load();
	}
}
